import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type {
  CallResponse,
  CallsResponse,
  CompareResponse,
  DirectionFacets,
  DirectionsResponse,
  ResolvedDirection,
  SourceDocument,
} from './catalogue-types';

/** The query of `GET /directions`, as the server names its parameters. */
export interface DirectionQuery {
  q?: string;
  country?: string;
  field?: string;
  category?: string;
  applicantType?: string;
  organisationMode?: string;
  capMin?: number;
  capMax?: number;
  deadlineFrom?: string;
  deadlineTo?: string;
  callId?: string;
  limit: number;
  offset: number;
}

/** Calls with their phase; `dataUpdatedAt` of the query is when the countdowns were measured. */
export function useCalls() {
  return useQuery({
    queryKey: ['catalogue', 'calls'],
    queryFn: () => api.get<CallsResponse>('/calls'),
  });
}

export function useCall(id: string) {
  return useQuery({
    queryKey: ['catalogue', 'call', id],
    queryFn: () => api.get<CallResponse>(`/calls/${encodeURIComponent(id)}`),
  });
}

/** One node of a call's guide with every value resolved (own or inherited) and its clause. */
export function useResolvedNode(callId: string, code: string) {
  return useQuery({
    queryKey: ['catalogue', 'node', callId, code],
    queryFn: () =>
      api.get<ResolvedDirection>(`/calls/${encodeURIComponent(callId)}/nodes/${encodeURIComponent(code)}`),
  });
}

export function useDirections(query: DirectionQuery) {
  return useQuery({
    queryKey: ['catalogue', 'directions', query],
    queryFn: () => api.get<DirectionsResponse>('/directions', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useDirectionFacets() {
  return useQuery({
    queryKey: ['catalogue', 'facets'],
    queryFn: () => api.get<DirectionFacets>('/directions/facets'),
    staleTime: 5 * 60_000,
  });
}

export function useCompare(country: string) {
  return useQuery({
    queryKey: ['catalogue', 'compare', country],
    queryFn: () => api.get<CompareResponse>('/compare', { country }),
    enabled: country !== '',
  });
}

/** The full text of a source document; documents do not change, so it is fetched once. */
export function useSourceDocument(name: string | null) {
  return useQuery({
    queryKey: ['catalogue', 'source', name],
    queryFn: () => api.get<SourceDocument>(`/catalogue/sources/${encodeURIComponent(name ?? '')}`),
    enabled: !!name,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
