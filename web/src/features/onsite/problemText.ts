import type { TFunction } from 'i18next';
import { ApiError } from '../../api';
import { isTimeout } from './api';

/**
 * What an on-site request's failure means, in the user's language: no answer in time, no connection, or the
 * server's problem by its code (never its English detail).
 */
export function onsiteErrorText(err: unknown, t: TFunction, lng: string): string {
  if (isTimeout(err)) return t('console.connection.timeout');
  if (err instanceof ApiError) return err.status === 0 ? t('console.connection.failed') : err.text(lng);
  return t('app.genericError');
}
