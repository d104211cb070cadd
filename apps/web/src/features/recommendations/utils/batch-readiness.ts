import type { BatchStatus } from '../api/recommendation-types';

/** Why a batch cannot be sent now, in the order the recommender deals with them. */
export type BatchBlocker = 'sent' | 'closed' | 'nothingRecommended' | 'letter' | 'summary' | 'scan';

/**
 * Whether "send batch" may be pressed: the letter and the summary table generated, the stamped scan uploaded,
 * something recommended, not yet sent, and the recommendation deadline not passed (the server checks again).
 */
export function batchReadiness(
  status: BatchStatus,
  deadline: string | null,
  nowMs: number,
): { canSend: boolean; blockers: BatchBlocker[] } {
  const blockers: BatchBlocker[] = [];
  if (status.sentAt) blockers.push('sent');
  if (deadline && nowMs > Date.parse(deadline)) blockers.push('closed');
  if (status.recommended === 0) blockers.push('nothingRecommended');
  if (!status.letterGeneratedAt) blockers.push('letter');
  if (!status.summaryGeneratedAt) blockers.push('summary');
  if (!status.scan) blockers.push('scan');
  return { canSend: blockers.length === 0, blockers };
}
