import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse } from '../../../shared/api/api-types';

export interface Region {
  code: string;
  name: string;
  nameEn: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  isMountainCounty: boolean;
  isIslandCounty: boolean;
}

/** Zhejiang, its cities and counties; they change rarely, so one fetch per visit is enough. */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => (await api.get<ItemsResponse<Region>>('/regions')).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
