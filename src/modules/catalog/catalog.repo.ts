import type { Tx } from '../../db/database.js';

export type Product = {
  id: string;
  name: string;
  manufacturer: string;
  doses: number;
  min_interval_days: number | null;
  max_interval_days: number | null;
};

const COLUMNS = ['id', 'name', 'manufacturer', 'doses', 'min_interval_days', 'max_interval_days'] as const;

export async function listProducts(trx: Tx): Promise<Product[]> {
  return trx.selectFrom('products').select(COLUMNS).orderBy('id').execute();
}

export async function getProduct(trx: Tx, id: string): Promise<Product | undefined> {
  return trx.selectFrom('products').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}
