import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../api';

export type Role = 'admin' | 'manager' | 'clerk' | 'vaccinator' | 'agent' | 'logistics';

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
  /** Demo accounts with a published password can sign in on this server (PostgreSQL in demo mode). */
  demoAccounts?: boolean;
}

/** The password policy the server applies (staff.password.ts), for the change-password dialog's hints. */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 256 } as const;

/** The problem type's last segment (e.g. `password-breached`), or undefined for other errors. */
export function problemCode(err: unknown): string | undefined {
  return err instanceof ApiError ? err.problem.type?.split('/').pop() : undefined;
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

export function hasRole(user: User | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user && roles.includes(user.role));
}

/** Changes the signed-in user's password; the server ends the user's other sessions. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/v1/staff/me/password', { method: 'POST', body }),
  });
}

/** Ends every session of the signed-in user, this one included. */
export function useSignOutEverywhere() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/staff/me/sessions', { method: 'DELETE' }),
    onSuccess: () => {
      setCsrfToken(null);
      qc.removeQueries({ queryKey: ['staff'] });
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}
