import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { Locale, OrganisationType, SessionResponse } from '../../../shared/api/api-types';
import { changeLocale, currentLocale } from '../../../shared/i18n/i18n';
import { clearSession, storeSession } from '../../../shared/session/session.api';

export interface NewOrganisation {
  mode: 'create';
  name: string;
  type: OrganisationType;
  uscc?: string;
  country?: string;
  regionCode?: string;
  address?: string;
  website?: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string;
}

export interface SignupRequest {
  email: string;
  password: string;
  name: string;
  phone?: string;
  locale?: Locale;
  organisation: NewOrganisation | { mode: 'join'; organisationId: string };
}

/** After login or sign-up: remember the session and speak the person's chosen language. */
async function startSession(session: SessionResponse): Promise<SessionResponse> {
  storeSession(session);
  const locale = session.user?.locale;
  if (locale && locale !== currentLocale()) await changeLocale(locale);
  return session;
}

export async function login(body: { email: string; password: string }): Promise<SessionResponse> {
  return startSession(await api.post<SessionResponse>('/auth/login', body));
}

export async function signup(body: SignupRequest): Promise<SessionResponse> {
  return startSession(await api.post<SessionResponse>('/auth/signup', body));
}

export function requestPasswordReset(email: string): Promise<void> {
  return api.post<void>('/auth/password-reset', { email });
}

export function confirmPasswordReset(body: { token: string; password: string }): Promise<void> {
  return api.post<void>('/auth/password-reset/confirm', body);
}

export interface OidcStatus {
  enabled: boolean;
  label: string | null;
}

export const oidcStartUrl = '/api/v1/auth/oidc/start';

export function useOidcStatus() {
  return useQuery({
    queryKey: ['auth', 'oidc'],
    queryFn: () => api.get<OidcStatus>('/auth/oidc'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Ends the session on the server and forgets it here, even if the server already had. */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/auth/logout');
      } finally {
        clearSession();
      }
    },
  });
}
