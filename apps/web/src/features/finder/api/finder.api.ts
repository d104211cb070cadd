import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse } from '../../../shared/api/api-types';
import type { ExistingApplication, FinderItem } from './finder-types';

/** What my organisation can apply to now or soon, direction by direction. */
export function useFinder() {
  return useQuery({
    queryKey: ['finder', 'directions'],
    queryFn: async () => (await api.get<ItemsResponse<FinderItem>>('/finder')).items,
  });
}

/** My organisation's applications, so that a direction already started offers "continue" instead of a second draft. */
export function useExistingApplications(enabled: boolean) {
  return useQuery({
    queryKey: ['finder', 'existing-applications'],
    queryFn: async () => (await api.get<ItemsResponse<ExistingApplication>>('/applications')).items,
    enabled,
  });
}

/** Creates the draft for a direction; the caller opens the editor. */
export function useStartApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { callId: string; directionCode: string }) =>
      api.post<{ id: string }>('/applications', input),
    onSuccess: () => {
      // not awaited, so that the editor opens at once
      void queryClient.invalidateQueries({ queryKey: ['finder'] });
      // the applications feature lists them under this prefix
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
