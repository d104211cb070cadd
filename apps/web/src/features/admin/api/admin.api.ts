import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, Role, UserStatus } from '../../../shared/api/api-types';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  roles: Role[];
  organisationName: string | null;
}

export interface AuditEvent {
  id: string | number;
  type: string;
  actorEmail: string | null;
  subject: string | null;
  ip: string | null;
  createdAt: string;
  details: unknown;
}

export function useAdminUsers(q: string) {
  return useQuery({
    queryKey: ['admin', 'users', q],
    queryFn: async () => (await api.get<ItemsResponse<AdminUser>>('/admin/users', { q })).items,
    placeholderData: keepPreviousData,
  });
}

/** Replaces a person's roles; the users list refreshes afterwards. */
export function useUpdateRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: Role[] }) =>
      api.put<AdminUser>(`/admin/users/${userId}/roles`, { roles }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useAuditEvents() {
  return useQuery({
    queryKey: ['admin', 'audit-events'],
    queryFn: async () => (await api.get<ItemsResponse<AuditEvent>>('/admin/audit-events')).items,
  });
}
