import { z } from 'zod';

/** A vaccine product's id as the API takes it. */
export const ProductId = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/, 'Unknown product id format.');

/** A vaccination center as the API shows it. */
export const Center = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  region: z.string(),
  products: z.array(z.string()),
});

/** A vaccine product as the API shows it. */
export const Product = z.object({
  id: z.string(),
  name: z.string(),
  manufacturer: z.string(),
  doses: z.number(),
  minIntervalDays: z.number().nullable(),
  maxIntervalDays: z.number().nullable(),
});
