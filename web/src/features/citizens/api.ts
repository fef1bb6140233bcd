import { call, client, type BodyOf, type ResponseOf } from '../../api';
import { withProofOfWork } from '../botdefence/pow';

export type RegistrationRequest = BodyOf<'/api/v1/public/registrations', 'post'>;
export type RegistrationPerson = RegistrationRequest['person'];
export type RegistrationResult = ResponseOf<'/api/v1/public/registrations', 'post'>;
export type EligibilityDecision = NonNullable<RegistrationResult['decision']>;

/** Registers, with the proof of work the server asks for (if it asks). */
export function register(body: RegistrationRequest): Promise<RegistrationResult> {
  return withProofOfWork((headers) => call(client.POST('/api/v1/public/registrations', { body, headers })));
}

export function confirmEmail(token: string): Promise<ResponseOf<'/api/v1/public/email-confirmations', 'post'>> {
  return call(client.POST('/api/v1/public/email-confirmations', { body: { token } }));
}
