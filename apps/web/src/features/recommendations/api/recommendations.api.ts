import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ItemsResponse } from '../../../shared/api/api-types';
import type {
  ApplicationView,
  CallDetail,
  CallsResponse,
  Decision,
  EligibilityReport,
  TimelineEntry,
  WorkspaceResponse,
} from './recommendation-types';

/** Query keys of this feature; whatever a decision changes sits under `recommendationKeys.all`. */
export const recommendationKeys = {
  all: ['recommendations'] as const,
  workspace: (callId: string | null) => ['recommendations', 'workspace', callId ?? ''] as const,
  batch: (callId: string) => ['recommendations', 'batch', callId] as const,
  application: (id: string) => ['recommendations', 'application', id] as const,
  timeline: (id: string) => ['recommendations', 'application', id, 'timeline'] as const,
  eligibility: (id: string) => ['recommendations', 'application', id, 'eligibility'] as const,
  calls: () => ['recommendations', 'calls'] as const,
  call: (id: string) => ['recommendations', 'call', id] as const,
};

const applicationBase = (id: string) => `/applications/${encodeURIComponent(id)}`;

/**
 * The workspace list of my jurisdiction: without a call, every call's applications (for the call selector);
 * with one, its applications and my quota counters in it.
 */
export function useWorkspace(callId: string | null) {
  return useQuery({
    queryKey: recommendationKeys.workspace(callId),
    queryFn: () => api.get<WorkspaceResponse>('/recommendations', { callId }),
    staleTime: 0,
  });
}

/** Call titles and recommendation deadlines, with the server's clock for the countdown. */
export function useCalls() {
  return useQuery({
    queryKey: recommendationKeys.calls(),
    queryFn: async () => ({ ...(await api.get<CallsResponse>('/calls')), receivedAt: Date.now() }),
    staleTime: 5 * 60_000,
  });
}

/** One call's quota table and guide tree. */
export function useCallDetail(callId: string | null) {
  return useQuery({
    queryKey: recommendationKeys.call(callId ?? ''),
    queryFn: () => api.get<CallDetail>(`/calls/${encodeURIComponent(callId ?? '')}`),
    enabled: !!callId,
    staleTime: 10 * 60_000,
  });
}

export function useApplicationView(id: string | null) {
  return useQuery({
    queryKey: recommendationKeys.application(id ?? ''),
    queryFn: () => api.get<ApplicationView>(applicationBase(id ?? '')),
    enabled: !!id,
    staleTime: 0,
  });
}

export function useApplicationTimeline(id: string) {
  return useQuery({
    queryKey: recommendationKeys.timeline(id),
    queryFn: async () =>
      (await api.get<ItemsResponse<TimelineEntry>>(`${applicationBase(id)}/timeline`)).items,
    staleTime: 0,
  });
}

export function useApplicationEligibility(id: string) {
  return useQuery({
    queryKey: recommendationKeys.eligibility(id),
    queryFn: () => api.get<EligibilityReport>(`${applicationBase(id)}/eligibility`),
    staleTime: 60_000,
  });
}

const decisionPaths: Record<Decision, string> = {
  recommend: 'recommend',
  recommenderReturn: 'recommender-return',
  recommenderReject: 'recommender-reject',
};

export interface DecisionInput {
  id: string;
  decision: Decision;
  /** the reason of a return or a rejection; with a recommendation, the optional opinion on the timeline */
  reason?: string;
  /** recommend on the incentive allotment (单列激励名额) */
  incentive?: boolean;
}

/** Recommends, returns or rejects; afterwards the list, the counters, the batch and the record refresh. */
export function useDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      api.post<ApplicationView>(
        `${applicationBase(input.id)}/${decisionPaths[input.decision]}`,
        input.decision === 'recommend'
          ? { incentive: !!input.incentive, ...(input.reason ? { comment: input.reason } : {}) }
          : { reason: input.reason },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}

/** The application's own documents, downloaded by the browser with the session cookie. */
export const applicationPdfUrl = (id: string) => `/api/v1${applicationBase(id)}/pdf`;
