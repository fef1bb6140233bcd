import { useQuery } from '@tanstack/react-query';
import { ApiError, call, client, type ResponseOf } from '../../api';

/** A day's print batch: all letters waiting in the outbox, rendered into one PDF (see notifications.schema.ts). */
export type PrintBatch = ResponseOf<'/api/v1/staff/print-batches', 'get'>[number];
export type PrintBatchCreated = ResponseOf<'/api/v1/staff/print-batches', 'post'>;

export const PRINT_BATCHES_KEY = ['staff', 'print-batches'] as const;

/** Print batches, newest first. */
export function usePrintBatches() {
  return useQuery({
    queryKey: PRINT_BATCHES_KEY,
    queryFn: ({ signal }) => call(client.GET('/api/v1/staff/print-batches', { signal })),
  });
}

export function createPrintBatch(day: string) {
  return call(client.POST('/api/v1/staff/print-batches', { body: { day } }));
}

/** The PDF of a batch; a plain link, the session cookie goes along. */
export function printBatchPdfUrl(id: string): string {
  return `/api/v1/staff/print-batches/${encodeURIComponent(id)}.pdf`;
}

/** The expected refusal (409): no letter waiting. (A day may have several batches.) */
export type PrintRefusal = 'nothing-to-print';

export function printRefusal(error: unknown): PrintRefusal | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  if (error.code === 'nothing-to-print') return 'nothing-to-print';
  return null;
}
