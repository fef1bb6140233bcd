import { useQuery } from '@tanstack/react-query';
import { call, client, type BodyOf, type ResponseOf } from '../../api';

export type Invitation = ResponseOf<'/api/v1/public/invitations/{token}', 'get'>;
export type InvitationBookingCreated = ResponseOf<'/api/v1/public/invitations/{token}/bookings', 'post'>;

export const invitationKey = (token: string) => ['public', 'invitation', token] as const;

export function useInvitation(token: string) {
  return useQuery({
    queryKey: invitationKey(token),
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/invitations/{token}', { params: { path: { token } }, signal })),
    enabled: token !== '',
    retry: false,
  });
}

export function bookWithInvitation(token: string, body: BodyOf<'/api/v1/public/invitations/{token}/bookings', 'post'>): Promise<InvitationBookingCreated> {
  return call(client.POST('/api/v1/public/invitations/{token}/bookings', { params: { path: { token } }, body }));
}

export function declineInvitation(token: string) {
  return call(client.POST('/api/v1/public/invitations/{token}/decline', { params: { path: { token } } }));
}
