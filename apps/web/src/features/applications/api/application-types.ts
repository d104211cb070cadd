/**
 * Shapes of the applications API. The content type comes from the domain package as a type only (erased at
 * build time), so the editor and the server agree on every field without the web bundle carrying zod.
 */
import type {
  ApplicationContent,
  ApplicationState as ApplicationStateCode,
  ApplicationTransition,
} from '@yanzhen/domain';

export type { ApplicationContent, ApplicationStateCode };
export type Participant = ApplicationContent['participants'][number];
export type TeamMember = ApplicationContent['team'][number];
export type PrincipalInvestigator = ApplicationContent['principalInvestigator'];
export type SubTopic = ApplicationContent['subTopics'][number];
export type KpiEntry = ApplicationContent['kpis'][number];
export type ScheduleEntry = ApplicationContent['schedule'][number];
export type Budget = ApplicationContent['budget'];
export type Basics = ApplicationContent['basics'];

export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export interface ApplicationState {
  code: ApplicationStateCode;
  applicant: Bilingual;
  staff: Bilingual;
}

/** A transition of the lifecycle table this person may fire now (the server's `actions`). */
export type ApplicationAction = ApplicationTransition;

export interface ApplicationView {
  id: string;
  callId: string;
  directionCode: string;
  organisationId: string;
  title: string;
  state: ApplicationState;
  revision: number;
  content: ApplicationContent;
  lastSavedAt: string;
  submissionCount: number;
  createdAt: string;
  actions: ApplicationAction[];
}

export interface ApplicationListItem {
  id: string;
  callId: string;
  directionCode: string;
  title: string;
  state: ApplicationState;
  revision: number;
  submissionCount: number;
  lastSavedAt: string;
}

export interface SavedDraft {
  revision: number;
  lastSavedAt: string;
}

/** `details` of a 409 edit_conflict. */
export interface EditConflict {
  currentRevision: number;
  lastSavedAt?: string;
  lastSavedBy?: string | null;
}

export type Outcome = 'pass' | 'fail' | 'unknown' | 'manual';
export type Severity = 'blocking' | 'warning' | 'manual';

export interface RequirementResult {
  requirementId: string | null;
  index: number;
  kind: string;
  outcome: Outcome;
  severity: Severity;
  message: Bilingual;
  rule: Bilingual;
  missing: string[];
  quote: string;
  location: string;
  interpretation: string | null;
  definedAt: string | null;
}

export interface EligibilityReport {
  callId: string | null;
  directionCode: string | null;
  results: RequirementResult[];
  summary: {
    total: number;
    passed: number;
    failed: number;
    unknown: number;
    manual: number;
    blockingFailures: number;
    blockingUnknowns: number;
    warnings: number;
    canSubmit: boolean;
  };
}

export interface Receipt {
  applicationId: string;
  version: number;
  revision: number;
  contentHash: string;
  submittedAt: string;
  attachments: { code: string; fileName: string; size: number; sha256: string }[];
  repeated: boolean;
}

export interface TimelineEntry {
  transition: string;
  from: ApplicationState;
  to: ApplicationState;
  actorName: string | null;
  reason: string | null;
  at: string;
}

export interface RevisionEntry {
  revision: number;
  savedAt: string;
}

export interface RevisionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed' | string;
  before?: unknown;
  after?: unknown;
}

export interface RevisionDiff {
  from: number | null;
  to: number;
  changes: RevisionChange[];
}

export type AttachmentScopeKind = 'organisation' | 'person';

export interface Attachment {
  id: string;
  code: string;
  scopeKind: AttachmentScopeKind | null;
  scopeKey: string | null;
  fileName: string;
  size: number;
  sha256: string;
  contentType: string;
  scanStatus: string;
  signedOn?: string | null;
  createdAt: string;
}

export interface AttachmentSpec {
  code: string;
  name: string;
  nameEn?: string;
  required: boolean;
  note?: string;
}

export interface DirectionRequirement {
  id?: string;
  kind: string;
  params?: Record<string, unknown>;
  severity?: Severity;
}

export interface DirectionKpi {
  text: string;
  min: number | null;
  unit: string | null;
  level1?: string;
  level2?: string;
}

/** `GET /calls/:id/nodes/:code`: the fields the editor uses. */
export interface DirectionNode {
  callId: string;
  node: { code: string; name: string; nameEn?: string; kpis?: DirectionKpi[] };
  ancestors: { code: string; name: string }[];
  effective: Record<string, { value: unknown } | undefined>;
  requirements: DirectionRequirement[];
  requiredAttachments: AttachmentSpec[];
}

export interface CallSummary {
  id: string;
  title: string;
  titleEn?: string | null;
  phase: string;
  submissionWindow: { start: string | null; end: string | null };
}
