import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import { ApiError } from '../../../shared/api/api-error';
import type { ItemsResponse, SessionResponse } from '../../../shared/api/api-types';
import { queryClient, sessionQueryKey } from '../../../shared/api/query-client';
import { i18n } from '../../../shared/i18n/i18n';
import type { Attachment, AttachmentScopeKind } from './application-types';
import { applicationKeys } from './applications.api';

const base = (id: string) => `/applications/${encodeURIComponent(id)}/attachments`;

/** The application's uploaded files. A 404 means the server has no attachments yet (see the report). */
export function useAttachments(applicationId: string) {
  return useQuery({
    queryKey: applicationKeys.attachments(applicationId),
    queryFn: async () => (await api.get<ItemsResponse<Attachment>>(base(applicationId))).items,
    retry: false,
  });
}

export interface UploadInput {
  code: string;
  scopeKind?: AttachmentScopeKind;
  scopeKey?: string;
  signedOn?: string;
  file: File;
}

/**
 * multipart/form-data upload. The shared client speaks JSON only, so this sends the same headers itself;
 * the CSRF token is the one the session query holds.
 */
async function uploadAttachment(applicationId: string, input: UploadInput): Promise<Attachment> {
  const form = new FormData();
  form.set('code', input.code);
  if (input.scopeKind && input.scopeKey) {
    form.set('scopeKind', input.scopeKind);
    form.set('scopeKey', input.scopeKey);
  }
  if (input.signedOn) form.set('signedOn', input.signedOn);
  form.set('file', input.file, input.file.name);
  const session = queryClient.getQueryData<SessionResponse>(sessionQueryKey);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  if (session?.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${base(applicationId)}`, {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(
      response.status,
      error.code ?? 'http_error',
      error.message ?? i18n.t('errors.http', { status: response.status }),
      error.details,
    );
  }
  return body as Attachment;
}

/** Uploads one file; the list and the eligibility report refresh afterwards. */
export function useUploadAttachment(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => uploadAttachment(applicationId, input),
    onSuccess: () => refreshAfterFileChange(client, applicationId),
  });
}

export function useDeleteAttachment(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api.delete<void>(`${base(applicationId)}/${encodeURIComponent(attachmentId)}`),
    onSuccess: () => refreshAfterFileChange(client, applicationId),
  });
}

function refreshAfterFileChange(client: ReturnType<typeof useQueryClient>, applicationId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: applicationKeys.attachments(applicationId) }),
    client.invalidateQueries({ queryKey: applicationKeys.eligibility(applicationId) }),
  ]);
}
