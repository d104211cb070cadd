import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse, OrganisationView } from '../../../shared/api/api-types';
import type {
  ApplicationListItem,
  ApplicationView,
  CallSummary,
  DirectionNode,
  EligibilityReport,
  RevisionDiff,
  RevisionEntry,
  TimelineEntry,
} from './application-types';

/** Query keys of this feature; everything about one application sits under `applicationKeys.one(id)`. */
export const applicationKeys = {
  all: ['applications'] as const,
  list: () => ['applications', 'list'] as const,
  one: (id: string) => ['applications', 'one', id] as const,
  eligibility: (id: string) => ['applications', 'one', id, 'eligibility'] as const,
  timeline: (id: string) => ['applications', 'one', id, 'timeline'] as const,
  revisions: (id: string) => ['applications', 'one', id, 'revisions'] as const,
  diff: (id: string, revision: number) => ['applications', 'one', id, 'diff', revision] as const,
  attachments: (id: string) => ['applications', 'one', id, 'attachments'] as const,
  direction: (callId: string, code: string) => ['applications', 'direction', callId, code] as const,
  call: (callId: string) => ['applications', 'call', callId] as const,
  calls: () => ['applications', 'calls'] as const,
  organisation: (id: string) => ['applications', 'organisation', id] as const,
};

const base = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** My organisation's applications, newest first as the server orders them. */
export function useApplications() {
  return useQuery({
    queryKey: applicationKeys.list(),
    queryFn: async () => (await api.get<ItemsResponse<ApplicationListItem>>('/applications')).items,
  });
}

export function fetchApplication(id: string) {
  return api.get<ApplicationView>(base(id));
}

/** One application with its content, state and the actions this person may fire. */
export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.one(id), queryFn: () => fetchApplication(id) });
}

/** The live eligibility report of the draft as the server stores it; refreshed after every save. */
export function useEligibility(id: string) {
  return useQuery({
    queryKey: applicationKeys.eligibility(id),
    queryFn: () => api.get<EligibilityReport>(`${base(id)}/eligibility`),
    staleTime: 0,
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: applicationKeys.timeline(id),
    queryFn: async () => (await api.get<ItemsResponse<TimelineEntry>>(`${base(id)}/timeline`)).items,
  });
}

export function useRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: applicationKeys.revisions(id),
    queryFn: async () => (await api.get<ItemsResponse<RevisionEntry>>(`${base(id)}/revisions`)).items,
    enabled,
    staleTime: 0,
  });
}

export function useRevisionDiff(id: string, revision: number | null) {
  return useQuery({
    queryKey: applicationKeys.diff(id, revision ?? 0),
    queryFn: () => api.get<RevisionDiff>(`${base(id)}/revisions/${revision}/diff`),
    enabled: revision !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The direction an application targets: its name, required attachments, rules and effective values. */
export function useDirectionNode(callId: string, code: string) {
  return useQuery({
    queryKey: applicationKeys.direction(callId, code),
    queryFn: () =>
      api.get<DirectionNode>(`/calls/${encodeURIComponent(callId)}/nodes/${encodeURIComponent(code)}`),
    staleTime: 10 * 60_000,
  });
}

/** Call titles by id (the application list names only the call's id). */
export function useCallTitles() {
  return useQuery({
    queryKey: applicationKeys.calls(),
    queryFn: async () =>
      new Map(
        (await api.get<ItemsResponse<Pick<CallSummary, 'id' | 'title' | 'titleEn'>>>('/calls')).items.map(
          (c) => [c.id, c],
        ),
      ),
    staleTime: 10 * 60_000,
  });
}

export function useCallSummary(callId: string) {
  return useQuery({
    queryKey: applicationKeys.call(callId),
    queryFn: async () =>
      (await api.get<{ summary: CallSummary }>(`/calls/${encodeURIComponent(callId)}`)).summary,
    staleTime: 10 * 60_000,
  });
}

/** The lead organisation as registered (name, type, credit code, region in words). */
export function useLeadOrganisation(id: string) {
  return useQuery({
    queryKey: applicationKeys.organisation(id),
    queryFn: () => api.get<OrganisationView>(`/organisations/${encodeURIComponent(id)}`),
    staleTime: 10 * 60_000,
  });
}

/** Paths of the application's documents, for links that the browser downloads with the session cookie. */
export const documentUrls = {
  pdf: (id: string) => `/api/v1${base(id)}/pdf`,
  receiptPdf: (id: string) => `/api/v1${base(id)}/receipt.pdf`,
  attachmentFile: (id: string, attachmentId: string) =>
    `/api/v1${base(id)}/attachments/${encodeURIComponent(attachmentId)}/file`,
};
