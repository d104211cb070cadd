import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import { ApiError } from '../../../shared/api/api-error';
import type { SessionResponse } from '../../../shared/api/api-types';
import { queryClient, sessionQueryKey } from '../../../shared/api/query-client';
import { i18n } from '../../../shared/i18n/i18n';
import type { BatchStatus } from './recommendation-types';
import { recommendationKeys } from './recommendations.api';

export type BatchDocument = 'summary.xlsx' | 'letter.docx' | 'letter.pdf';

export function useBatch(callId: string | null) {
  return useQuery({
    queryKey: recommendationKeys.batch(callId ?? ''),
    queryFn: () => api.get<BatchStatus>('/recommendations/batch', { callId }),
    enabled: !!callId,
    staleTime: 0,
  });
}

/** The same headers the shared client sends, for requests it cannot make (files in, files out). */
function rawHeaders(withCsrf: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': i18n.language };
  const session = queryClient.getQueryData<SessionResponse>(sessionQueryKey);
  if (withCsrf && session?.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  return headers;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('errors.network'));
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
    details?: unknown;
  } | null;
  throw new ApiError(
    response.status,
    body?.code ?? 'http_error',
    body?.message ?? i18n.t('errors.http', { status: response.status }),
    body?.details,
  );
}

const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Downloads one of the batch's documents. Fetched rather than linked, so that a refusal (nothing recommended
 * yet) shows the server's words, and the status (letter / summary generated) refreshes once the file is here.
 */
async function downloadDocument(callId: string, document: BatchDocument): Promise<void> {
  const query = new URLSearchParams({ callId }).toString();
  const response = await send(`/api/v1/recommendations/${document}?${query}`, { headers: rawHeaders(false) });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, `${document.replace('.', '-')}-${callId}`);
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click returns; keep the URL a moment for slow download managers
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useDownloadDocument(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: BatchDocument) => downloadDocument(callId, document),
    onSettled: () => client.invalidateQueries({ queryKey: recommendationKeys.batch(callId) }),
  });
}

/** multipart/form-data upload of the stamped scan, with the CSRF token the session holds. */
async function uploadScan(callId: string, file: File): Promise<BatchStatus> {
  const form = new FormData();
  form.set('file', file, file.name);
  const query = new URLSearchParams({ callId }).toString();
  const response = await send(`/api/v1/recommendations/batch/scan?${query}`, {
    method: 'POST',
    headers: { Accept: 'application/json', ...rawHeaders(true) },
    body: form,
  });
  return (await response.json()) as BatchStatus;
}

export function useUploadScan(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadScan(callId, file),
    onSuccess: (status) => client.setQueryData(recommendationKeys.batch(callId), status),
  });
}

export function useSendBatch(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<BatchStatus>('/recommendations/batch/send', { callId }),
    onSuccess: (status) => client.setQueryData(recommendationKeys.batch(callId), status),
    onSettled: () => client.invalidateQueries({ queryKey: recommendationKeys.batch(callId) }),
  });
}
