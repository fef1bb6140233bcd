import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api';

/** The organisation's legal texts and hotline number (imprint, privacy notice, accessibility statement). */
export function useLegal() {
  return useQuery({
    queryKey: ['public', 'legal'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/public/legal', { signal })),
    staleTime: 30 * 60_000,
  });
}

/** A phone number as a tel: address (digits and a leading +). */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;
