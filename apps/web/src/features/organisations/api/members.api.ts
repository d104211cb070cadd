import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, Member } from '../../../shared/api/api-types';

const membersKey = (organisationId: string) => ['members', organisationId];

export function useMembers(organisationId: string) {
  return useQuery({
    queryKey: membersKey(organisationId),
    queryFn: async () =>
      (await api.get<ItemsResponse<Member>>(`/organisations/${organisationId}/members`)).items,
  });
}

export type MemberDecision =
  | { userId: string; decision: 'approve' }
  | { userId: string; decision: 'reject'; reason?: string };

/** Approves or rejects a person's request to join; the list refreshes afterwards. */
export function useDecideMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MemberDecision) =>
      api.post<Member>(
        `/organisations/${organisationId}/members/${input.userId}/${input.decision}`,
        input.decision === 'reject' ? { reason: input.reason || undefined } : {},
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey(organisationId) }),
  });
}
