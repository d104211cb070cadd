import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse } from '../../../shared/api/api-types';
import type { AuthoringCallSummary, CallVersion, EditableCall, VersionDiff } from './authoring-types';

const root = 'catalogue-authoring';
const callUrl = (id: string) => `/calls/${encodeURIComponent(id)}`;

/** Every call the officer may edit, drafts included (the server shows drafts to catalogue authors). */
export function useAuthoringCalls() {
  return useQuery({
    queryKey: [root, 'calls'],
    queryFn: async () => (await api.get<ItemsResponse<AuthoringCallSummary>>('/calls')).items,
  });
}

export async function fetchCallContent(id: string): Promise<EditableCall> {
  return (await api.get<{ call: EditableCall }>(callUrl(id))).call;
}

/** The stored content of one call. It is not refetched behind the editor's back: only after a save. */
export function useCallContent(id: string) {
  return useQuery({
    queryKey: [root, 'call', id],
    queryFn: () => fetchCallContent(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: [root, 'versions', id],
    queryFn: async () => (await api.get<ItemsResponse<CallVersion>>(`${callUrl(id)}/versions`)).items,
  });
}

export function useVersionDiff(id: string, version: number | null) {
  return useQuery({
    queryKey: [root, 'diff', id, version],
    queryFn: () => api.get<VersionDiff>(`${callUrl(id)}/versions/${version}/diff`),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

type VersionResult = { id: string; version: number };

/** After any write: the editor's content and versions, and the public catalogue's cached views. */
function useRefreshAfterWrite() {
  const queryClient = useQueryClient();
  return async (id: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [root, 'calls'] }),
      queryClient.invalidateQueries({ queryKey: [root, 'call', id] }),
      queryClient.invalidateQueries({ queryKey: [root, 'versions', id] }),
      queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
    ]);
  };
}

export function useCreateCall() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (content: EditableCall) => api.post<VersionResult>('/calls', { content }),
    onSuccess: (result) => refresh(result.id),
  });
}

export function useSaveCall(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ content, note }: { content: EditableCall; note?: string }) =>
      api.put<VersionResult>(callUrl(id), { content, ...(note ? { note } : {}) }),
    onSuccess: () => refresh(id),
  });
}

export function useSetCallStatus(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (action: 'publish' | 'withdraw') => api.post<VersionResult>(`${callUrl(id)}/${action}`),
    onSuccess: () => refresh(id),
  });
}
