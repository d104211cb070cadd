import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';

/** One inbox entry, already written in the reader's language by the server. */
export interface InboxItem {
  id: number;
  kind: string;
  subject: string;
  body: string;
  applicationId: string | null;
  callId: string | null;
  read: boolean;
  createdAt: string;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  unread: number;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  page: (limit: number, offset: number) => ['notifications', 'page', limit, offset] as const,
  unread: ['notifications', 'unread'] as const,
};

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

export function useInbox(limit: number, offset: number) {
  return useQuery({
    queryKey: notificationKeys.page(limit, offset),
    queryFn: () => api.get<InboxPage>('/notifications', { limit, offset }),
    staleTime: 0,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => (await api.get<{ unread: number }>('/notifications/unread-count')).unread,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<InboxItem>(`/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
