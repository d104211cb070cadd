import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import type { ApplicationContent, ApplicationView, Receipt, SavedDraft } from './application-types';
import { applicationKeys } from './applications.api';

const base = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** Stores the draft if nobody saved since `revision`; rejects with 409 edit_conflict otherwise. */
export function saveDraft(id: string, revision: number, content: ApplicationContent): Promise<SavedDraft> {
  return api.put<SavedDraft>(`${base(id)}/draft`, { revision, content });
}

export function createApplication(input: { callId: string; directionCode: string }) {
  return api.post<ApplicationView>('/applications', input);
}

/** Submits the draft at `revision`; the server answers a repeat with the first receipt. */
export function useSubmitApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => api.post<Receipt>(`${base(id)}/submit`, { revision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export type LifecycleAction = 'withdraw' | 'reopen' | 'orgApprove' | 'orgReturn';

const actionPaths: Record<LifecycleAction, string> = {
  withdraw: 'withdraw',
  reopen: 'reopen',
  orgApprove: 'org-approve',
  orgReturn: 'org-return',
};

/** Fires a lifecycle transition (withdraw, reopen, the organisation's approve or return). */
export function useLifecycleAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; action: LifecycleAction; reason?: string }) =>
      api.post<ApplicationView>(
        `${base(input.id)}/${actionPaths[input.action]}`,
        input.reason ? { reason: input.reason } : {},
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(applicationKeys.one(view.id), view);
      // not awaited: the caller's own callbacks (its message) must run before the refreshed list unmounts the row
      void queryClient.invalidateQueries({ queryKey: applicationKeys.all });
    },
  });
}
