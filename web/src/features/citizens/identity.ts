/** Calls of the verified citizen: a code to a contact, the code, the session's people, signing out, the demo mailbox. */
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api';
import { withProofOfWork } from '../botdefence/pow';
import type { BookingDetails } from '../booking/api';
import type { CitizenSession } from './session';

export interface VerificationStarted {
  verificationId: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

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

export interface MyCertificate {
  id: string;
  uvci: string;
  doseNumber: number;
  seriesDoses: number;
  vaccinatedOn: string;
  product: string;
  productName: string;
}

export interface MyPerson {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  bookings: BookingDetails[];
  certificates: MyCertificate[];
}

export interface Me {
  contact: CitizenSession['contact'];
  people: MyPerson[];
}

export const ME_KEY = ['public', 'me'] as const;

/** The people of the verified contact with their bookings and certificates. */
export function useMe(token: string | null) {
  return useQuery({
    queryKey: [...ME_KEY, token],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/me', { signal })) as Promise<Me>,
    enabled: Boolean(token),
  });
}

export interface MailboxMessage {
  id: string;
  channel: 'email' | 'sms' | 'letter';
  to: string;
  subject: string;
  text: string;
  status: string;
  createdAt: string;
}

/** The demo mailbox (embedded or demo mode only; a 404 elsewhere). */
export function useDemoMailbox(enabled = true) {
  return useQuery({
    queryKey: ['public', 'demo-mailbox'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/demo/mailbox', { signal })) as Promise<MailboxMessage[]>,
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
