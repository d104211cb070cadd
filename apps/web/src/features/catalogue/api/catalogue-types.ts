/** Shapes of the public catalogue API (apps/server/src/modules/catalogue/catalogue.routes.ts). */

import type { AttachmentSpec, GuideNode, NodeKind, Requirement, SourceRef } from './guide-node-types';

export type * from './guide-node-types';

export type CallPhase = 'upcoming' | 'open' | 'closed' | 'unscheduled' | 'withdrawn';
export type CallStatus = 'draft' | 'published' | 'withdrawn';
export type CallKind = 'call' | 'guide' | 'preparatoryNotice' | 'needsCollection';

export interface SubmissionWindow {
  start: string | null;
  end: string | null;
}

export interface CallSummary {
  id: string;
  title: string;
  titleEn: string | null;
  year: number;
  kind: CallKind;
  issuer: string;
  issueDate: string | null;
  programme: { id: string; name: string; nameEn: string | null };
  status: CallStatus;
  phase: CallPhase;
  submissionWindow: SubmissionWindow;
  recommendationDeadline: string | null;
  msUntilNextBoundary: number | null;
  embeddedIn: string | null;
  sourceDocument: string;
  version: number;
  directionCount: number;
}

export interface CallsResponse {
  items: CallSummary[];
  /** the server's clock when it answered */
  now: string;
}

export interface Quota {
  scope: string;
  holder: string;
  limit: number | null;
  moneyCapWan?: number;
  appliesTo: string[];
  combined: boolean;
  excludedFromQuota: boolean;
  quote: string;
  location: string;
  interpretation?: string;
}

export interface FormField {
  key: string;
  label: string;
  labelEn?: string;
  type: string;
  options: string[];
  required: boolean;
  maxLength?: number;
  unit?: string;
  columns: FormField[];
}

export interface CallForm {
  code: string;
  name: string;
  nameEn?: string;
  bilingual: boolean;
  fields: FormField[];
  source?: SourceRef;
}

export interface Contact {
  name?: string;
  role?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface SupportChannel {
  code: string;
  name: string;
  children: SupportChannel[];
}

export interface Interpretation {
  field: string;
  quote: string;
  interpretation: string;
  reason: string;
}

/** A call as stored (docs/catalogue-format.md). */
export interface CallContent {
  id: string;
  programme: { id: string; name: string; nameEn?: string; authority: string };
  title: string;
  titleEn?: string;
  year: number;
  issuer: string;
  issueDate: string | null;
  documentNumber: string | null;
  kind: CallKind;
  embeddedIn?: string;
  submissionWindow: SubmissionWindow;
  recommendationDeadline: string | null;
  contacts: Contact[];
  processSteps: string[];
  supportChannels: SupportChannel[];
  specialRules: string[];
  sourceDocument: string;
  status: CallStatus;
  summary?: string;
  quotas: Quota[];
  forms: CallForm[];
  requirements: Requirement[];
  requiredAttachments: AttachmentSpec[];
  nodes: GuideNode[];
  sources: Record<string, SourceRef>;
  interpretations: Interpretation[];
}

export interface CallResponse {
  summary: CallSummary;
  call: CallContent;
}

export interface EffectiveValue {
  value: unknown;
  /** null when the node states it itself, otherwise the code of the ancestor that does */
  inheritedFrom: string | null;
  source: SourceRef | null;
}

export interface ResolvedDirection {
  callId: string;
  node: GuideNode;
  ancestors: { code: string; name: string; kind: NodeKind }[];
  effective: Record<string, EffectiveValue>;
  requirements: Requirement[];
  requiredAttachments: AttachmentSpec[];
}

export interface DirectionSummary {
  callId: string;
  callTitle: string;
  year: number;
  code: string;
  name: string;
  categoryName: string;
  countryCode: string | null;
  countryName: string | null;
  priorityFields: string[];
  applicantTypes: string[];
  organisationMode: string | null;
  fundingCapWan: number | null;
  bilateral: boolean | null;
  foreignDeadline: string | null;
  submissionEnd: string | null;
  phase: CallPhase;
}

export interface DirectionsResponse {
  items: DirectionSummary[];
  total: number;
}

export interface DirectionFacets {
  countries: { code: string | null; name: string; count: number }[];
  fields: { name: string; count: number }[];
  categories: { name: string; count: number }[];
}

export interface Change {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface CompareResponse {
  items: { direction: DirectionSummary; resolved: ResolvedDirection }[];
  changes: {
    from: { callId: string; code: string; year: number };
    to: { callId: string; code: string; year: number };
    changes: Change[];
  }[];
}

export interface SourceDocument {
  name: string;
  text: string;
}
