import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse } from '../../../shared/api/api-types';

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** Mail the server "sent" outside production (GET /dev/outbox). */
export function useOutbox() {
  return useQuery({
    queryKey: ['dev', 'outbox'],
    queryFn: async () => (await api.get<ItemsResponse<OutboxMail>>('/dev/outbox')).items,
    staleTime: 0,
  });
}
