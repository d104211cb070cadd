import { api, setCsrfToken } from '../api/api-client';
import type { SessionResponse } from '../api/api-types';
import { queryClient, sessionQueryKey } from '../api/query-client';

/** Reads the current session and remembers its CSRF token. */
export async function fetchSession(): Promise<SessionResponse> {
  const session = await api.get<SessionResponse>('/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

/** Stores a session returned by login or sign-up, so every page sees the new user at once. */
export function storeSession(session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Forgets the user locally (after logout) and drops every cached query of theirs. */
export function clearSession(): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, { user: null, csrfToken: null });
}
