/** Shapes of a guide node and its rules, as the catalogue API returns them (docs/catalogue-format.md). */

export type NodeKind = 'category' | 'subcategory' | 'direction' | 'group' | 'theme';
export type Severity = 'blocking' | 'warning' | 'manual';
export type OrganisationMode = 'competitive' | 'commissioned';

/** Where a value was read: the exact words (white space aside), where they stand, and how they are read. */
export interface SourceRef {
  quote: string;
  location: string;
  interpretation?: string;
}

export interface Requirement {
  id?: string;
  kind: string;
  params: Record<string, unknown>;
  severity: Severity;
  message?: Partial<Record<'zh-CN' | 'en-US', string>>;
  quote: string;
  location: string;
  interpretation?: string;
  /** 'call' or the code of the node that states it (resolved directions only) */
  definedAt?: string;
}

export interface AttachmentSpec {
  code: string;
  name: string;
  nameEn?: string;
  required: boolean;
  note?: string;
  definedAt?: string;
}

export interface Kpi {
  text: string;
  min: number | null;
  unit: string | null;
  level1?: string;
  level2?: string;
}

export interface CountryOrRegion {
  code?: string;
  name: string;
  nameEn?: string;
  subRegions: string[];
}

export interface ForeignDeadline {
  status: 'date' | 'toBeDecided' | 'toBeAgreed' | 'notApplicable';
  date?: string;
  text: string;
}

export interface GuideNode {
  code: string;
  name: string;
  nameEn?: string;
  kind: NodeKind;
  countryOrRegion?: CountryOrRegion;
  priorityFields: string[];
  researchContent?: string;
  performanceGoal?: string;
  kpis: Kpi[];
  applicantTypes: string[];
  leadRequirement?: string;
  organisationMode?: OrganisationMode;
  fundingCapWan?: number;
  fundingRangeWan?: { min?: number; max?: number };
  durationYears?: { min?: number; max?: number };
  bilateral?: boolean;
  foreignAgency?: string;
  foreignAgencyEn?: string;
  foreignUrl?: string;
  foreignDeadline?: ForeignDeadline;
  plannedProjects?: number;
  plannedBudgetWan?: number;
  requiredAttachments: AttachmentSpec[];
  requirements: Requirement[];
  specialRules: string[];
  sources: Record<string, SourceRef>;
  children: GuideNode[];
}
