import { z } from 'zod';
import { FIELD_ERROR_CODES } from '../errors.js';

/** RFC 9457 problem document, as rendered by the error plugin (for the OpenAPI document). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.enum(FIELD_ERROR_CODES) })).optional(),
    explanation: z.object({ de: z.string(), en: z.string() }).optional(),
  })
  .describe('application/problem+json');

/** For routes that take no query parameters: unknown ones are rejected, not ignored. */
export const NoQuery = z.strictObject({});
