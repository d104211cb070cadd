import { api } from '../../../shared/api/api-client';
import type { Locale, Me, SessionResponse } from '../../../shared/api/api-types';
import { queryClient, sessionQueryKey } from '../../../shared/api/query-client';

export interface ProfilePatch {
  name?: string;
  phone?: string | null;
  locale?: Locale;
}

/** Saves the person's own details and refreshes the session copy of them. */
export async function updateMe(patch: ProfilePatch): Promise<Me> {
  const me = await api.patch<Me>('/me', patch);
  queryClient.setQueryData<SessionResponse>(sessionQueryKey, (old) => (old ? { ...old, user: me } : old));
  return me;
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<void> {
  return api.post<void>('/me/password', body);
}
