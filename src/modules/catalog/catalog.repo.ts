import type { Selectable } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { ProductTable } from '../../db/types.js';

const COLUMNS = ['id', 'name', 'manufacturer', 'doses', 'min_interval_days', 'max_interval_days'] as const;

export type Product = Pick<Selectable<ProductTable>, (typeof COLUMNS)[number]>;

export async function listProducts(trx: Tx): Promise<Product[]> {
  return trx.selectFrom('products').select(COLUMNS).orderBy('id').execute();
}

export async function getProduct(trx: Tx, id: string): Promise<Product | undefined> {
  return trx.selectFrom('products').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}
