/**
 * Shapes of the recommendation API (apps/server/src/modules/recommendations/*.routes.ts) and of the parts of the
 * catalogue and application APIs the recommender's pages read. Types from the domain package are type-only.
 */
import type { ApplicationContent, ApplicationState as ApplicationStateCode, Call } from '@yanzhen/domain';

export type { ApplicationContent, ApplicationStateCode };
export type CallQuota = Call['quotas'][number];
export type QuotaScope = CallQuota['scope'];
export type GuideNode = Call['nodes'][number];

export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export interface ApplicationState {
  code: ApplicationStateCode;
  applicant: Bilingual;
  staff: Bilingual;
}

/** One row of `GET /recommendations`: an application in my jurisdiction that has left its organisation. */
export interface WorkspaceItem {
  id: string;
  callId: string;
  directionCode: string;
  title: string;
  state: ApplicationState;
  organisation: { id: string; name: string; regionName: string | null };
  publicFundingWan: number | null;
  recommendedByMe: boolean;
  recommendedIncentive: boolean;
  recommendedAt: string | null;
}

/** A quota I hold in a call, as the workspace counts it. */
export interface QuotaCounter {
  quotaIndex: number;
  scope: QuotaScope;
  holder: string;
  limit: number | null;
  moneyCapWan: number | null;
  used: number;
  usedWan: number;
  left: number | null;
  excludedFromQuota: boolean;
  quote: string;
}

export interface WorkspaceResponse {
  items: WorkspaceItem[];
  counters: QuotaCounter[];
  /** more applications match than the list holds (the newest are shown) */
  truncated: boolean;
}

/** `details.counters[]` of a 409 quota_exhausted: the quotas the recommendation would have passed. */
export interface ExceededQuota {
  quotaIndex: number;
  scope: QuotaScope;
  holder: string;
  limit: number | null;
  moneyCapWan: number | null;
  used: number;
  usedWan: number;
  wouldUse: number;
  wouldUseWan: number;
  quote: string;
}

/** `GET /recommendations/batch`: my batch for a call. */
export interface BatchStatus {
  callId: string;
  recommended: number;
  letterGeneratedAt: string | null;
  summaryGeneratedAt: string | null;
  scan: { fileName: string; sha256: string; uploadedAt: string } | null;
  sentAt: string | null;
}

export interface CallListEntry {
  id: string;
  title: string;
  titleEn: string | null;
  recommendationDeadline: string | null;
}

export interface CallsResponse {
  items: CallListEntry[];
  /** the server's clock when it answered */
  now: string;
}

/** `GET /calls/:id`: the parts the workspace reads (quota table, guide tree for direction names). */
export interface CallDetail {
  summary: CallListEntry;
  call: Pick<Call, 'quotas' | 'nodes'>;
}

/** `GET /applications/:id`: what the review drawer shows. */
export interface ApplicationView {
  id: string;
  callId: string;
  directionCode: string;
  organisationId: string;
  title: string;
  state: ApplicationState;
  content: ApplicationContent;
  submissionCount: number;
  actions: string[];
}

export interface TimelineEntry {
  transition: string;
  from: ApplicationState;
  to: ApplicationState;
  actorName: string | null;
  reason: string | null;
  at: string;
}

export interface EligibilityResult {
  index: number;
  requirementId: string | null;
  kind: string;
  outcome: 'pass' | 'fail' | 'unknown' | 'manual';
  severity: 'blocking' | 'warning' | 'manual';
  message: Bilingual;
}

export interface EligibilityReport {
  results: EligibilityResult[];
  summary: { passed: number; failed: number; unknown: number; manual: number; canSubmit: boolean };
}

export type Decision = 'recommend' | 'recommenderReturn' | 'recommenderReject';
