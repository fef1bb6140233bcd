import { useQuery } from '@tanstack/react-query';
import type { BookingCreated } from '../booking/api';
import type { EligibilityDecision } from '../citizens/api';
import { publicApi } from '../citizens/http';

export interface Invitation {
  status: 'open' | 'accepted' | 'declined' | 'expired';
  expiresAt: string;
  givenName: string;
  decision: EligibilityDecision | null;
}

const path = (token: string) => `/api/v1/public/invitations/${encodeURIComponent(token)}`;

export const invitationKey = (token: string) => ['public', 'invitation', token] as const;

export function useInvitation(token: string) {
  return useQuery({
    queryKey: invitationKey(token),
    queryFn: ({ signal }) => publicApi<Invitation>(path(token), { signal }),
    enabled: token !== '',
    retry: false,
  });
}

export function bookWithInvitation(token: string, body: { slotId: string; product: string }): Promise<BookingCreated> {
  return publicApi<BookingCreated>(`${path(token)}/bookings`, { method: 'POST', body });
}

export function declineInvitation(token: string): Promise<{ status: 'declined' }> {
  return publicApi<{ status: 'declined' }>(`${path(token)}/decline`, { method: 'POST', body: {} });
}
