/**
 * The catalogue as the authoring API reads and writes it (docs/catalogue-format.md). Only what the editor
 * touches is typed; everything else (sources, forms, quotas …) rides along untouched in the index signature.
 */

export type CallStatus = 'draft' | 'published' | 'withdrawn';
export type NodeKind = 'category' | 'subcategory' | 'direction' | 'group' | 'theme';
export type Severity = 'blocking' | 'warning' | 'manual';

export interface EditableRequirement {
  id?: string;
  kind: string;
  params: Record<string, unknown>;
  severity: Severity;
  message?: Partial<Record<'zh-CN' | 'en-US', string>>;
  quote: string;
  location: string;
  interpretation?: string;
  [key: string]: unknown;
}

export interface ForeignDeadline {
  status: 'date' | 'toBeDecided' | 'toBeAgreed' | 'notApplicable';
  date?: string;
  text: string;
}

export interface EditableNode {
  code: string;
  name: string;
  nameEn?: string;
  kind: NodeKind;
  countryOrRegion?: { code?: string; name: string; nameEn?: string; subRegions?: string[] };
  priorityFields?: string[];
  applicantTypes?: string[];
  organisationMode?: 'competitive' | 'commissioned';
  fundingCapWan?: number;
  durationYears?: { min?: number; max?: number };
  bilateral?: boolean;
  foreignAgency?: string;
  foreignUrl?: string;
  foreignDeadline?: ForeignDeadline;
  plannedProjects?: number;
  plannedBudgetWan?: number;
  requirements: EditableRequirement[];
  children: EditableNode[];
  [key: string]: unknown;
}

export interface Contact {
  name?: string;
  role?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface EditableCall {
  id: string;
  programme: { id: string; name: string; nameEn?: string; authority: string };
  title: string;
  titleEn?: string;
  year: number;
  issuer: string;
  issueDate: string | null;
  documentNumber?: string | null;
  kind?: string;
  submissionWindow: { start: string | null; end: string | null };
  recommendationDeadline: string | null;
  contacts?: Contact[];
  sourceDocument: string;
  status?: CallStatus;
  requirements?: EditableRequirement[];
  nodes: EditableNode[];
  [key: string]: unknown;
}

export interface AuthoringCallSummary {
  id: string;
  title: string;
  year: number;
  kind: string;
  issuer: string;
  status: CallStatus;
  phase: string;
  version: number;
  directionCount: number;
  embeddedIn: string | null;
}

export interface CallVersion {
  version: number;
  status: CallStatus;
  note: string | null;
  createdAt: string;
}

export interface VersionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface VersionDiff {
  from: number | null;
  to: number;
  changes: VersionChange[];
}
