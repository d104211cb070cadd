import type { Role } from '../identity/role';

/**
 * The lifecycle of an application, as data: its states with an applicant-facing and a staff-facing label,
 * and its transitions with who may fire each. Every service changes state through `planTransition`;
 * nothing writes a state directly.
 */
export const applicationStates = [
  'draft',
  'submitted',
  'orgApproved',
  'returned',
  'withdrawn',
  'recommended',
  'recommenderRejected',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

type Label = { 'zh-CN': string; 'en-US': string };
export const applicationStateLabels: Record<ApplicationState, { applicant: Label; staff: Label }> = {
  draft: { applicant: { 'zh-CN': '填写中', 'en-US': 'Draft' }, staff: { 'zh-CN': '草稿', 'en-US': 'Draft' } },
  submitted: {
    applicant: { 'zh-CN': '已提交，待单位审核', 'en-US': 'Submitted, awaiting your organisation' },
    staff: { 'zh-CN': '待单位审核', 'en-US': 'Awaiting organisation approval' },
  },
  orgApproved: {
    applicant: {
      'zh-CN': '单位已审核，待推荐',
      'en-US': 'Approved by your organisation, awaiting recommendation',
    },
    staff: { 'zh-CN': '待推荐', 'en-US': 'Awaiting recommendation' },
  },
  returned: {
    applicant: { 'zh-CN': '已退回修改', 'en-US': 'Returned for revision' },
    staff: { 'zh-CN': '已退回', 'en-US': 'Returned' },
  },
  withdrawn: {
    applicant: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
    staff: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
  },
  recommended: {
    applicant: { 'zh-CN': '已推荐', 'en-US': 'Recommended' },
    staff: { 'zh-CN': '已推荐，待形式审查', 'en-US': 'Recommended, awaiting formal review' },
  },
  recommenderRejected: {
    applicant: { 'zh-CN': '未获推荐', 'en-US': 'Not recommended' },
    staff: { 'zh-CN': '不予推荐', 'en-US': 'Not recommended' },
  },
  inFormalReview: {
    applicant: { 'zh-CN': '形式审查中', 'en-US': 'In formal review' },
    staff: { 'zh-CN': '形式审查中', 'en-US': 'In formal review' },
  },
  acceptedForExpertReview: {
    applicant: { 'zh-CN': '形式审查通过', 'en-US': 'Passed formal review' },
    staff: { 'zh-CN': '待专家评审', 'en-US': 'Awaiting expert review' },
  },
  returnedForCorrection: {
    applicant: { 'zh-CN': '形式审查退回补正', 'en-US': 'Returned for correction' },
    staff: { 'zh-CN': '退回补正', 'en-US': 'Returned for correction' },
  },
  rejected: {
    applicant: { 'zh-CN': '形式审查未通过', 'en-US': 'Rejected in formal review' },
    staff: { 'zh-CN': '形式审查不通过', 'en-US': 'Rejected' },
  },
};

/** Who fires a transition: a role, in relation to the application. */
export type TransitionActor = 'applicant' | 'orgAdmin' | 'recommender' | 'programmeOfficer';

export type TransitionDefinition = {
  name: string;
  from: readonly ApplicationState[];
  to: ApplicationState;
  by: readonly TransitionActor[];
  /** a reason the actor must give */
  requiresReason: boolean;
};

export const applicationTransitions = {
  submit: {
    name: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    by: ['applicant'],
    requiresReason: false,
  },
  withdraw: {
    name: 'withdraw',
    from: ['submitted', 'orgApproved'],
    to: 'withdrawn',
    by: ['applicant'],
    requiresReason: false,
  },
  reopen: { name: 'reopen', from: ['withdrawn'], to: 'draft', by: ['applicant'], requiresReason: false },
  orgApprove: {
    name: 'orgApprove',
    from: ['submitted'],
    to: 'orgApproved',
    by: ['orgAdmin'],
    requiresReason: false,
  },
  orgReturn: {
    name: 'orgReturn',
    from: ['submitted'],
    to: 'returned',
    by: ['orgAdmin'],
    requiresReason: true,
  },
  recommend: {
    name: 'recommend',
    from: ['orgApproved'],
    to: 'recommended',
    by: ['recommender'],
    requiresReason: false,
  },
  recommenderReturn: {
    name: 'recommenderReturn',
    from: ['orgApproved'],
    to: 'returned',
    by: ['recommender'],
    requiresReason: true,
  },
  recommenderReject: {
    name: 'recommenderReject',
    from: ['orgApproved'],
    to: 'recommenderRejected',
    by: ['recommender'],
    requiresReason: true,
  },
  startFormalReview: {
    name: 'startFormalReview',
    from: ['recommended'],
    to: 'inFormalReview',
    by: ['programmeOfficer'],
    requiresReason: false,
  },
  acceptFormalReview: {
    name: 'acceptFormalReview',
    from: ['inFormalReview'],
    to: 'acceptedForExpertReview',
    by: ['programmeOfficer'],
    requiresReason: false,
  },
  returnForCorrection: {
    name: 'returnForCorrection',
    from: ['inFormalReview'],
    to: 'returnedForCorrection',
    by: ['programmeOfficer'],
    requiresReason: true,
  },
  rejectFormalReview: {
    name: 'rejectFormalReview',
    from: ['inFormalReview'],
    to: 'rejected',
    by: ['programmeOfficer'],
    requiresReason: true,
  },
  /** the corrected version goes straight back to the office (before the correction deadline, which the service checks) */
  resubmitCorrection: {
    name: 'resubmitCorrection',
    from: ['returnedForCorrection'],
    to: 'inFormalReview',
    by: ['applicant'],
    requiresReason: false,
  },
} as const satisfies Record<string, TransitionDefinition>;
export type ApplicationTransition = keyof typeof applicationTransitions;

/**
 * Who sees and who edits an application in each state, by relation: the organisation's people (applicant, orgAdmin)
 * always see it; the recommender once the organisation has approved it; the programme office once it is
 * recommended. Only the applicant edits, and only while it is a draft or back with them. The formal review's
 * outcome (decision, reasons, correction deadline) is shown to the organisation once decided; the checklist and
 * the officers' notes stay with the office.
 */
export type StateAccess = {
  read: readonly TransitionActor[];
  edit: readonly TransitionActor[];
  formalReviewOutcome: readonly TransitionActor[];
};
const organisation = ['applicant', 'orgAdmin'] as const;
const toRecommender = [...organisation, 'recommender'] as const;
const toOffice = [...toRecommender, 'programmeOfficer'] as const;
export const applicationStateAccess: Record<ApplicationState, StateAccess> = {
  draft: { read: organisation, edit: ['applicant'], formalReviewOutcome: [] },
  submitted: { read: organisation, edit: [], formalReviewOutcome: [] },
  returned: { read: organisation, edit: ['applicant'], formalReviewOutcome: [] },
  withdrawn: { read: organisation, edit: [], formalReviewOutcome: [] },
  orgApproved: { read: toRecommender, edit: [], formalReviewOutcome: [] },
  recommenderRejected: { read: toRecommender, edit: [], formalReviewOutcome: [] },
  recommended: { read: toOffice, edit: [], formalReviewOutcome: [] },
  inFormalReview: { read: toOffice, edit: [], formalReviewOutcome: ['programmeOfficer'] },
  acceptedForExpertReview: { read: toOffice, edit: [], formalReviewOutcome: toOffice },
  returnedForCorrection: { read: toOffice, edit: ['applicant'], formalReviewOutcome: toOffice },
  rejected: { read: toOffice, edit: [], formalReviewOutcome: toOffice },
};
/** Only the programme office sees the checklist and its notes, in any state. */
export const formalReviewInternalsVisibleTo: readonly TransitionActor[] = ['programmeOfficer'];

/** States in which the applicant may change the content. */
export const editableStates: readonly ApplicationState[] = applicationStates.filter((s) =>
  applicationStateAccess[s].edit.includes('applicant'),
);
export const isEditable = (state: ApplicationState) => editableStates.includes(state);
/** States the recommender / the programme office may see. */
export const statesVisibleTo = (
  relation: TransitionActor,
): readonly [ApplicationState, ...ApplicationState[]] =>
  // every relation reads at least one state (the table above); the tuple type suits an enum schema of a filter
  applicationStates.filter((s) => applicationStateAccess[s].read.includes(relation)) as [
    ApplicationState,
    ...ApplicationState[],
  ];

export type TransitionPlan =
  | { ok: true; from: ApplicationState; to: ApplicationState; transition: ApplicationTransition }
  | { ok: false; reason: 'notAllowedFromState' | 'notAllowedForActor' | 'reasonRequired' };

/** Checks a transition against the table: from which states, by whom, with a reason where one is needed. */
export function planTransition(
  state: ApplicationState,
  transition: ApplicationTransition,
  actorRelations: readonly TransitionActor[],
  reason?: string | null,
): TransitionPlan {
  const def: TransitionDefinition = applicationTransitions[transition];
  if (!def.from.includes(state)) return { ok: false, reason: 'notAllowedFromState' };
  if (!def.by.some((b) => actorRelations.includes(b))) return { ok: false, reason: 'notAllowedForActor' };
  if (def.requiresReason && !reason?.trim()) return { ok: false, reason: 'reasonRequired' };
  return { ok: true, from: state, to: def.to, transition };
}

/** The transitions an actor could fire from a state (for buttons in the UI). */
export function availableTransitions(
  state: ApplicationState,
  actorRelations: readonly TransitionActor[],
): ApplicationTransition[] {
  return (Object.keys(applicationTransitions) as ApplicationTransition[]).filter((t) => {
    const def: TransitionDefinition = applicationTransitions[t];
    return def.from.includes(state) && def.by.some((b) => actorRelations.includes(b));
  });
}

/** Maps a person's roles to the relations that fire transitions (the service adds organisation and jurisdiction checks). */
export function relationsFromRoles(roles: readonly Role[]): TransitionActor[] {
  const out: TransitionActor[] = [];
  if (roles.includes('applicant')) out.push('applicant');
  if (roles.includes('orgAdmin')) out.push('orgAdmin');
  if (roles.includes('recommender')) out.push('recommender');
  if (roles.includes('programmeOfficer')) out.push('programmeOfficer');
  return out;
}
