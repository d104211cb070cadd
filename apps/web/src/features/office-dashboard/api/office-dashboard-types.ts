/** Shapes of the office overview API (GET /api/v1/office/dashboard and /office/applications). */
export type Label = { 'zh-CN': string; 'en-US': string };
export type Bucket = { count: number; requestedWan: number };

export interface OfficeDashboard {
  callId: string | null;
  generatedAt: string;
  totals: {
    applications: number;
    drafts: number;
    submitted: number;
    inRunning: number;
    requestedWan: number;
    plannedWan: number;
    directionsWithPlan: number;
    directions: number;
  };
  byState: { code: string; label: Label; count: number; requestedWan: number }[];
  byCity: ({ code: string | null; name: Label | null } & Bucket)[];
  byRecommender: ({ id: string | null; name: string | null } & Bucket)[];
  byCountry: ({ code: string | null; name: string | null } & Bucket)[];
  byField: ({ field: string | null } & Bucket)[];
  byCall: ({ id: string; title: string } & Bucket)[];
  byCategory: ({ callId: string; code: string | null; name: string | null } & Bucket)[];
  directions: DirectionFunding[];
  calls: { id: string; title: string; year: number }[];
}

export interface DirectionFunding {
  callId: string;
  callTitle: string;
  code: string;
  name: string;
  countryName: string | null;
  applications: number;
  requestedWan: number;
  plannedWan: number | null;
  plannedBasis: 'plannedBudget' | 'capTimesProjects' | null;
  ratio: number | null;
}

export const officeListStates = [
  'recommended',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
] as const;
export type OfficeListState = (typeof officeListStates)[number];

/** The list's filters, as the API and its xlsx export take them. */
export interface OfficeListFilters {
  callId?: string;
  state?: OfficeListState;
  city?: string;
  recommender?: string;
  country?: string;
  field?: string;
  q?: string;
}

export interface OfficeListItem {
  id: string;
  callId: string;
  callTitle: string;
  directionCode: string;
  directionName: string | null;
  countryCode: string | null;
  countryName: string | null;
  fields: string[];
  title: string;
  state: { code: string; label: Label };
  publicFundingWan: number | null;
  organisation: { id: string; name: string; cityName: Label | null };
  recommender: { id: string; name: string } | null;
  recommendedAt: string | null;
  lastSavedAt: string;
}

export interface OfficeListPage {
  items: OfficeListItem[];
  total: number;
  page: number;
  pageSize: number;
}
