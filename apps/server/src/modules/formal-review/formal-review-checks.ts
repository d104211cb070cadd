import {
  type AutomaticChecks,
  applicationContentSchema,
  attachmentHolders,
  type Call,
  type ChecklistItem,
  checkDuplicatePrincipalInvestigator,
  checkEligibilityReport,
  checklistContextOf,
  checklistFor,
  checkRecommendationBatch,
  checkRequiredAttachments,
  type EligibilityReport,
  findNode,
  formalReviewCategoryOf,
  maxApplicationsPerPiOf,
  principalInvestigatorKey,
  type ResolvedDirection,
  resolveNode,
  summariseFormalChecks,
} from '@yanzhen/domain';
import type { Repositories } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { ApplicationRow, AttachmentRow } from '../applications/application.repository';
import type { EligibilityCheck } from '../applications/application.service';

/** An attachment as frozen in application_submissions.attachments (scope kind and signing date since this release). */
export type FrozenAttachment = {
  id: string;
  code: string;
  scopeKind?: string | null;
  scopeKey: string | null;
  signedOn?: string | null;
  fileName: string;
  size: number;
  sha256: string;
};

/** The call and the resolved direction of an application. */
export async function directionOf(
  repos: Repositories,
  app: Pick<ApplicationRow, 'callId' | 'directionCode'>,
) {
  const callRow = await repos.catalogue.findCall(app.callId);
  if (!callRow) throw notFound();
  const call = callRow.content as Call;
  const found = findNode(call, app.directionCode);
  if (!found) throw notFound();
  return { call, resolved: resolveNode(call, found.ancestors, found.node) };
}

/** The manual checklist that applies to an application: its programme's list, for its direction. */
export function checklistOf(call: Call, resolved: ResolvedDirection): ChecklistItem[] {
  return checklistFor(formalReviewCategoryOf(call.programme.id), checklistContextOf(resolved));
}

/**
 * Runs the automatic checks on the latest frozen submission: the eligibility report re-run (at the moment it was
 * submitted, against the current catalogue), required attachments, the recommendation batch, and the same
 * principal investigator on other applications of the call. Reads only through the given (tx-bound) repositories.
 */
export async function computeAutomaticChecks(
  repos: Repositories,
  app: ApplicationRow,
  checkEligibility: EligibilityCheck,
  now: Date,
): Promise<AutomaticChecks> {
  const submission = await repos.applications.latestSubmission(app.id);
  if (!submission) throw new AppError('transition_not_allowed', 409, { state: app.state });
  const organisation = await repos.organisations.findById(app.organisationId);
  if (!organisation) throw notFound();
  const { call, resolved } = await directionOf(repos, app);
  const content = applicationContentSchema.parse(submission.content);

  // the frozen list names the files; the stored rows (when still there) add scope kind and signing date
  const frozen = submission.attachments as FrozenAttachment[];
  const rows = new Map((await repos.applications.listAttachments(app.id)).map((r) => [r.id, r]));
  const attachments = frozen.map((f) => {
    const row = rows.get(f.id);
    // the eligibility engine reads code, scope, signing date and hash only
    return {
      ...row,
      id: f.id,
      code: f.code,
      scopeKey: f.scopeKey,
      scopeKind: f.scopeKind ?? row?.scopeKind ?? null,
      signedOn: f.signedOn ?? row?.signedOn ?? null,
      sha256: f.sha256,
      fileName: f.fileName,
      size: f.size,
    } as AttachmentRow;
  });
  const otherUses = await repos.applications.otherApplicationsWithFiles(
    app.id,
    attachments.map((a) => a.sha256),
  );
  const eligibility = checkEligibility({
    call,
    directionCode: app.directionCode,
    content,
    organisation,
    attachments,
    otherUsesOfAgreements: otherUses.filter((u) => u.state !== 'withdrawn' && u.state !== 'draft'),
    now: submission.submittedAt,
  });

  const requiredAttachments = checkRequiredAttachments({
    specs: resolved.requiredAttachments,
    rules: resolved.requirements.flatMap((r) => (r.kind === 'requiredAttachment' ? [r.params] : [])),
    holders: attachmentHolders(content, { id: organisation.id, name: organisation.name }),
    attachments: frozen,
  });

  const versions = await repos.formalReviews.listSubmissions(app.id);
  const recommendedAt = app.recommendedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const recommendedVersion =
    versions.filter((v) => v.submittedAt.getTime() <= recommendedAt).at(-1) ?? versions.at(-1);
  const recommenderId = app.recommenderOrganisationId;
  const batch = recommenderId ? await repos.recommendations.findBatch(app.callId, recommenderId) : undefined;
  const recommenderBody = recommenderId ? await repos.organisations.findById(recommenderId) : undefined;
  const recommendationBatch = checkRecommendationBatch({
    applicationId: app.id,
    recommenderName: recommenderBody?.name ?? null,
    recommendedHash: recommendedVersion?.contentHash ?? submission.contentHash,
    latestHash: submission.contentHash,
    batch: batch
      ? {
          sentAt: batch.sentAt?.toISOString() ?? null,
          applications: (batch.applications as { id: string; contentHash: string | null }[] | null) ?? null,
        }
      : null,
  });

  const lead = { id: organisation.id, uscc: organisation.uscc };
  const others = (await repos.formalReviews.listFrozenInCall(app.callId)).map((o) => {
    const parsed = applicationContentSchema.safeParse(o.content);
    return {
      applicationId: o.applicationId,
      title: o.title,
      piKey: parsed.success
        ? principalInvestigatorKey(parsed.data, { id: o.organisationId, uscc: o.organisationUscc })
        : null,
    };
  });
  const duplicatePi = checkDuplicatePrincipalInvestigator({
    applicationId: app.id,
    piKey: principalInvestigatorKey(content, lead),
    piName: content.principalInvestigator.name ?? null,
    others,
    maxApplicationsPerPi: maxApplicationsPerPiOf(resolved),
  });

  return summariseFormalChecks(
    [
      checkEligibilityReport(eligibility.report as EligibilityReport),
      requiredAttachments,
      recommendationBatch,
      duplicatePi,
    ],
    submission.version,
    now.toISOString(),
  );
}
