export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export type Verdict = 'eligible' | 'ineligible' | 'incomplete';

/** One direction of an open or upcoming call, judged on what the platform knows of my organisation. */
export interface FinderItem {
  callId: string;
  callTitle: string;
  year: number;
  code: string;
  name: string;
  phase: string;
  verdict: Verdict;
  blockingReasons: { kind: string; message: Bilingual; quote: string; location: string }[];
  /** fact paths still unknown, e.g. "application.requestedFundingWan" */
  missing: string[];
  openRequirements: number;
}

/** The little the finder needs of my organisation's applications: which directions already have one. */
export interface ExistingApplication {
  id: string;
  callId: string;
  directionCode: string;
  state: { code: string };
}
