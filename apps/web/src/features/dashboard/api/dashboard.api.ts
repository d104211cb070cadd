import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, Member, OrganisationView } from '../../../shared/api/api-types';

// Keys start with 'dashboard': the features own their cache entries, and shapes differ between them.
const fresh = { staleTime: 0 } as const;

/** Full details of the person's organisation (for the decision note when it was rejected). */
export function useOrganisation(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'organisation', id],
    queryFn: () => api.get<OrganisationView>(`/organisations/${id}`),
    enabled: enabled && !!id,
  });
}

/** How many people wait for the organisation admin's approval. */
export function usePendingMemberCount(organisationId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'pending-members', organisationId],
    queryFn: () => api.get<ItemsResponse<Member>>(`/organisations/${organisationId}/members`),
    enabled: enabled && !!organisationId,
    ...fresh,
    select: (data) => data.items.filter((member) => member.status === 'pending').length,
  });
}

/** How many organisations in the recommender's jurisdiction await verification. */
export function usePendingOrganisationCount(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'pending-organisations'],
    queryFn: () =>
      api.get<ItemsResponse<OrganisationView>>('/verification/organisations', { status: 'pending' }),
    enabled,
    ...fresh,
    select: (data) => data.items.length,
  });
}
