import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, client, setCsrfToken, type BodyOf, type ResponseOf } from '../../api';

export type Session = ResponseOf<'/api/v1/auth/me', 'get'>;
export type User = Session['user'];
export type Role = User['role'];

// The server's access policy, imported as is: the console offers what the server allows.
export { can, type Capability } from '../../../../src/kernel/policy';


/** The password policy the server applies (staff.password.ts), for the change-password dialog's hints. */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 256 } as const;


export const SESSION_KEY = ['auth', 'me'] as const;

/** Current staff session, or null when not signed in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      try {
        const s = await call(client.GET('/api/v1/auth/me', { signal }));
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
    mutationFn: (body: BodyOf<'/api/v1/auth/login', 'post'>) => call(client.POST('/api/v1/auth/login', { body })),
    // Without network the sign-in fails at once with a message, instead of waiting (spinning) for the network.
    networkMode: 'always',
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(SESSION_KEY, s);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      qc.removeQueries({ queryKey: ['staff'] });
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}

/** Changes the signed-in user's password; the server ends the user's other sessions. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/staff/me/password', 'post'>) => call(client.POST('/api/v1/staff/me/password', { body })),
  });
}

/** Ends every session of the signed-in user, this one included. */
export function useSignOutEverywhere() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.DELETE('/api/v1/staff/me/sessions')),
    onSuccess: () => {
      setCsrfToken(null);
      qc.removeQueries({ queryKey: ['staff'] });
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}
