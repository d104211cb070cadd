import type { ApplicationState as ApplicationStateCode } from '@yanzhen/domain';

export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export interface StateView {
  code: ApplicationStateCode;
  applicant: Bilingual;
  staff: Bilingual;
}

export type CheckStatus = 'pass' | 'fail';
export type CheckFilter = 'passed' | 'failed' | 'notRun';
export type OfficeState =
  | 'recommended'
  | 'inFormalReview'
  | 'acceptedForExpertReview'
  | 'returnedForCorrection'
  | 'rejected';
export type Outcome = 'accepted' | 'returnedForCorrection' | 'rejected';

export interface OfficeListItem {
  id: string;
  callId: string;
  directionCode: string;
  title: string;
  state: StateView;
  organisation: { id: string; name: string; regionName: string | null };
  recommender: { id: string; name: string } | null;
  publicFundingWan: number | null;
  recommendedAt: string | null;
  checks: { passed: boolean; ranAt: string; results: { code: string; status: CheckStatus }[] } | null;
  outcome: Outcome | null;
  correctionDueAt: string | null;
  startedAt: string | null;
  decidedAt: string | null;
}

export interface OfficeListResponse {
  items: OfficeListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OfficeListFilters {
  callId?: string;
  state?: OfficeState;
  recommenderId?: string;
  checks?: CheckFilter;
  page: number;
  pageSize: number;
}

export interface CheckResult {
  code: string;
  label: Bilingual;
  status: CheckStatus;
  reasons: Bilingual[];
}

export interface ChecksView {
  ranAt: string;
  submissionVersion: number;
  passed: boolean;
  results: CheckResult[];
}

export interface ChecklistItemView {
  code: string;
  label: Bilingual;
  source: { document: string; location: string; quote: string } | null;
  ok: boolean | null;
  note: string;
}

export interface ChecklistView {
  items: ChecklistItemView[];
  progress: { total: number; ok: number; notOk: number; open: number };
}

export interface ReviewDetail {
  application: {
    id: string;
    callId: string;
    directionCode: string;
    title: string;
    state: StateView;
    organisationName: string;
    actions: string[];
  };
  category: { code: string; label: Bilingual };
  submission: {
    version: number;
    submittedAt: string;
    contentHash: string;
    attachments: { id: string; code: string; fileName: string; size: number }[];
  } | null;
  checks: ChecksView | null;
  checklist: ChecklistView;
  outcome: Outcome | null;
  reason: string | null;
  correctionDueAt: string | null;
  startedAt: string | null;
  decidedAt: string | null;
}

export type DecisionAction = 'accept' | 'return' | 'reject';
export type BulkAction = 'start' | DecisionAction;

export interface DecisionInput {
  action: DecisionAction;
  reason?: string;
  /** Asia/Shanghai, with its offset: 2026-03-05T17:30:00+08:00 */
  correctionDueAt?: string;
}

export interface BulkResponse {
  succeeded: number;
  failed: number;
  results: {
    id: string;
    ok: boolean;
    state: StateView | null;
    error: { code: string; status: number; message: string } | null;
  }[];
}

/** The outcome as the applicant sees it. */
export interface OutcomeView {
  state: StateView;
  outcome: Outcome | null;
  reason: string | null;
  correctionDueAt: string | null;
  canResubmit: boolean;
  decidedAt: string | null;
}
