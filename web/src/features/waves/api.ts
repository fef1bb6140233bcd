import { useQuery } from '@tanstack/react-query';
import { call, client, type ResponseOf } from '../../api';

export type WaveResult = ResponseOf<'/api/v1/admin/invitation-waves', 'post'>;
export type WavePreview = ResponseOf<'/api/v1/admin/invitation-waves/preview', 'get'>;
export type Wave = ResponseOf<'/api/v1/admin/invitation-waves', 'get'>[number];

export const WAVES_KEY = ['staff', 'invitation-waves'] as const;

/** What a wave would do now (nothing is sent): reachable and unreachable people, free places, per group. */
export function useWavePreview() {
  return useQuery({
    queryKey: [...WAVES_KEY, 'preview'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/admin/invitation-waves/preview', { signal })),
  });
}

/** Past waves, newest first. */
export function useWaves() {
  return useQuery({
    queryKey: [...WAVES_KEY, 'history'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/admin/invitation-waves', { signal })),
  });
}

export function sendWave(size: number) {
  return call(client.POST('/api/v1/admin/invitation-waves', { body: { size } }));
}

/**
 * The wave size as typed: a whole number from 1 to `max`, digits only (no sign, no decimals, no
 * letters: "abc", "0", "-5" and "2.5" are errors, never rounded or turned into "everyone").
 */
export function parseWaveSize(text: string, max: number): { ok: true; size: number } | { ok: false; error: 'required' | 'notWhole' | 'tooSmall' | 'tooBig' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: /^-\d+$/.test(trimmed) ? 'tooSmall' : 'notWhole' };
  const n = Number(trimmed);
  if (n < 1) return { ok: false, error: 'tooSmall' };
  if (n > max) return { ok: false, error: 'tooBig' };
  return { ok: true, size: n };
}
