import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useWorkspace } from '../api/recommendations.api';
import { callsOfItems } from '../utils/workspace-filters';

/**
 * The call the recommender works on, kept in `?callId=` so that the workspace and the batch page share it and a
 * reload keeps it. With none chosen, the first call that has applications in the jurisdiction is taken.
 */
export function useSelectedCall() {
  const [params, setParams] = useSearchParams();
  const all = useWorkspace(null);
  const calls = callsOfItems(all.data?.items ?? []);
  const chosen = params.get('callId');
  const fallback = calls[0]?.callId ?? null;
  useEffect(() => {
    if (!chosen && fallback) setParams({ callId: fallback }, { replace: true });
  }, [chosen, fallback, setParams]);
  return {
    callId: chosen ?? fallback,
    calls,
    isPending: all.isPending,
    error: all.error,
    select: (callId: string) => setParams({ callId }),
  };
}
