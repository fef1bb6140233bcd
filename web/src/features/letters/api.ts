import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api';

/** A day's print batch: all letters waiting in the outbox, rendered into one PDF (see notifications.schema.ts). */
export interface PrintBatch {
  id: string;
  day: string;
  letterCount: number;
  createdAt: string;
}

export type PrintBatchCreated = Omit<PrintBatch, 'createdAt'>;

export const PRINT_BATCHES_KEY = ['staff', 'print-batches'] as const;

/** Print batches, newest first. */
export function usePrintBatches() {
  return useQuery({
    queryKey: PRINT_BATCHES_KEY,
    queryFn: ({ signal }) => api<PrintBatch[]>('/api/v1/staff/print-batches', { signal }),
  });
}

export function createPrintBatch(day: string) {
  return api<PrintBatchCreated>('/api/v1/staff/print-batches', { method: 'POST', body: { day } });
}

/** The PDF of a batch; a plain link, the session cookie goes along. */
export function printBatchPdfUrl(id: string): string {
  return `/api/v1/staff/print-batches/${encodeURIComponent(id)}.pdf`;
}

/** The two expected refusals (409): no letter waiting, or the day already has its batch. */
export type PrintRefusal = 'nothing-to-print' | 'print-batch-exists';

export function printRefusal(error: unknown): PrintRefusal | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const type = error.problem.type ?? '';
  if (type.endsWith('/nothing-to-print')) return 'nothing-to-print';
  if (type.endsWith('/print-batch-exists')) return 'print-batch-exists';
  return null;
}
