import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../api';

import type { StaffRole } from '../../../../src/kernel/policy';

// The server's access policy, imported as is: the console offers what the server allows.
export { can, type Capability } from '../../../../src/kernel/policy';

export type Role = StaffRole;

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  centerId: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export const SESSION_KEY = ['auth', 'me'] as const;

/** Current staff session, or null when not signed in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      try {
        const s = await api<Session>('/api/v1/auth/me', { signal });
        setCsrfToken(s.csrfToken);
        return s;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<Session>('/api/v1/auth/login', { method: 'POST', body }),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(SESSION_KEY, s);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.removeQueries({ queryKey: ['staff'] });
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}

