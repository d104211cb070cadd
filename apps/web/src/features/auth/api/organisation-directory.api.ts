import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, OrganisationType } from '../../../shared/api/api-types';

export interface DirectoryEntry {
  id: string;
  name: string;
  type: OrganisationType;
  regionName: string | null;
}

/** Verified organisations whose name matches `q` (at most 20), for joining one at sign-up. */
export function useOrganisationDirectory(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['auth', 'directory', query],
    queryFn: async () =>
      (await api.get<ItemsResponse<DirectoryEntry>>('/organisations/directory', { q: query })).items,
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}
