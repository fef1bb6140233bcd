import { z } from 'zod';

const Day = z.iso.date({ message: 'Use the format YYYY-MM-DD.' });

export const CreatePrintBatchBody = z.strictObject({ day: Day });
export const PrintBatchQuery = z.strictObject({ day: Day.optional() });
export const PrintBatchParams = z.strictObject({ id: z.uuid() });

export const PrintBatchCreated = z.object({ id: z.string(), day: z.string(), letterCount: z.number() });
export const PrintBatch = PrintBatchCreated.extend({ createdAt: z.string() });
