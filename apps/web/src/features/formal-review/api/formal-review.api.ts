import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type {
  BulkAction,
  BulkResponse,
  ChecklistView,
  ChecksView,
  DecisionInput,
  OfficeListFilters,
  OfficeListResponse,
  OutcomeView,
  ReviewDetail,
  StateView,
} from './formal-review-types';

/** Query keys of this feature; whatever a review action changes sits under `formalReviewKeys.all`. */
export const formalReviewKeys = {
  all: ['formal-review'] as const,
  list: (f: OfficeListFilters) => ['formal-review', 'list', f] as const,
  detail: (id: string) => ['formal-review', 'detail', id] as const,
  outcome: (id: string) => ['formal-review', 'outcome', id] as const,
};

const base = (id: string) => `/formal-reviews/${encodeURIComponent(id)}`;

/** The office's list: recommended applications and beyond, filtered and paged on the server. */
export function useOfficeList(filters: OfficeListFilters) {
  return useQuery({
    queryKey: formalReviewKeys.list(filters),
    queryFn: () =>
      api.get<OfficeListResponse>('/formal-reviews', {
        callId: filters.callId,
        state: filters.state,
        recommenderId: filters.recommenderId,
        checks: filters.checks,
        page: String(filters.page),
        pageSize: String(filters.pageSize),
      }),
    staleTime: 0,
  });
}

export function useReviewDetail(id: string) {
  return useQuery({
    queryKey: formalReviewKeys.detail(id),
    queryFn: () => api.get<ReviewDetail>(base(id)),
    staleTime: 0,
  });
}

/** Everything a review action changes: the list, the review, the applicant's view. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: formalReviewKeys.all });
}

export function useStartReview() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ state: StateView; checks: ChecksView | null }>(`${base(id)}/start`),
    onSettled: invalidate,
  });
}

export function useRerunChecks() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post<ChecksView>(`${base(id)}/checks`),
    onSettled: invalidate,
  });
}

export function useSaveChecklist() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { id: string; items: Record<string, { ok: boolean | null; note: string }> }) =>
      api.put<ChecklistView>(`${base(input.id)}/checklist`, { items: input.items }),
    onSettled: invalidate,
  });
}

export function useDecide() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: DecisionInput & { id: string }) => {
      const { id, ...body } = input;
      return api.post<{ state: StateView }>(`${base(id)}/decision`, body);
    },
    onSettled: invalidate,
  });
}

/** One action on the selected rows; the answer has a result per id. */
export function useBulkAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { ids: string[]; action: BulkAction; reason?: string; correctionDueAt?: string }) =>
      api.post<BulkResponse>('/formal-reviews/bulk', input),
    onSettled: invalidate,
  });
}

/** The outcome as the applicant sees it (decision, reasons, correction deadline). */
export function useFormalReviewOutcome(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: formalReviewKeys.outcome(applicationId),
    queryFn: () => api.get<OutcomeView>(`/applications/${encodeURIComponent(applicationId)}/formal-review`),
    enabled,
    staleTime: 0,
  });
}
