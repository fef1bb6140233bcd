/** Calls of the verified citizen: a code to a contact, the code, the session's people, signing out, the demo mailbox. */
import { useQuery } from '@tanstack/react-query';
import { call, client, type ResponseOf } from '../../api';
import { withProofOfWork } from '../botdefence/pow';
import type { CitizenSession } from './session';

export type VerificationStarted = ResponseOf<'/api/v1/public/verifications', 'post'>;

/** Asks for a code (with the proof of work the server asks for, if it asks). Always 202, whatever the contact. */
export function requestCode(contact: { email: string } | { phone: string }, language: 'de' | 'en'): Promise<VerificationStarted> {
  return withProofOfWork((headers) => call(client.POST('/api/v1/public/verifications', { body: { ...contact, language }, headers })));
}

/** Checks the code; right: the session token and the masked contact. */
export function checkCode(verificationId: string, code: string): Promise<Omit<CitizenSession, 'value'> & { expiresInSeconds: number }> {
  return call(client.POST('/api/v1/public/verifications/{verificationId}/code', { params: { path: { verificationId } }, body: { code } }));
}

export function signOutCitizen(token: string): Promise<void> {
  return call(client.DELETE('/api/v1/public/session', { headers: { authorization: `Bearer ${token}` } })).then(() => undefined);
}

/** The verified contact with its people, their bookings and certificates. */
export type Me = ResponseOf<'/api/v1/public/me', 'get'>;
export type MyPerson = Me['people'][number];
export type MyCertificate = MyPerson['certificates'][number];

export const ME_KEY = ['public', 'me'] as const;

/** The people of the verified contact with their bookings and certificates. */
export function useMe(token: string | null) {
  return useQuery({
    queryKey: [...ME_KEY, token],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/me', { signal })),
    enabled: Boolean(token),
  });
}

export type MailboxMessage = ResponseOf<'/api/v1/demo/mailbox', 'get'>[number];

/** The demo mailbox (embedded or demo mode only; a 404 elsewhere). */
export function useDemoMailbox(enabled = true) {
  return useQuery({
    queryKey: ['public', 'demo-mailbox'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/demo/mailbox', { signal })),
    enabled,
    retry: false,
    refetchInterval: 5_000,
  });
}

/** Whether this server asks citizens to verify a contact before registering and booking. */
export function useVerificationPolicy() {
  return useQuery({
    queryKey: ['public', 'verification-policy'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/verifications/policy', { signal })),
    staleTime: 5 * 60_000,
  });
}
