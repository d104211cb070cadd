import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, OrganisationStatus, OrganisationView } from '../../../shared/api/api-types';

/** Organisations in the recommender's jurisdiction (all of them for a sysAdmin), by status. */
export function useOrganisationsToVerify(status: OrganisationStatus | 'all') {
  return useQuery({
    queryKey: ['verification', 'organisations', status],
    queryFn: async () =>
      (
        await api.get<ItemsResponse<OrganisationView>>('/verification/organisations', {
          status: status === 'all' ? undefined : status,
        })
      ).items,
  });
}

export type VerificationDecision =
  | { organisationId: string; decision: 'verified' }
  | { organisationId: string; decision: 'rejected'; reason: string };

export function useDecideVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, ...body }: VerificationDecision) =>
      api.post<OrganisationView>(`/organisations/${organisationId}/verification`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verification'] }),
  });
}
