import {
  type Actor,
  type ApplicationContent,
  type ApplicationState,
  type ApplicationTransition,
  applicationContentSchema,
  type Call,
  callPhase,
  findNode,
  formatShanghai,
  isDirection,
  isEditable,
  relationsFromRoles,
  toShanghaiIso,
} from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import { sha256 } from '../../shared/tokens';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { ApplicationRow, AttachmentRow } from './application.repository';
import { applyTransition } from './application-transition';

/** The eligibility report the submit step needs: whether blocking rules pass, and the report to freeze. */
export type EligibilityCheck = (input: {
  call: Call;
  directionCode: string;
  content: ApplicationContent;
  organisation: OrganisationRow;
  attachments: AttachmentRow[];
  otherUsesOfAgreements: { sha256: string; applicationId: string }[];
  now: Date;
}) => { canSubmit: boolean; blockingFailures: number; report: unknown };

function parseContent(content: unknown): ApplicationContent {
  const parsed = applicationContentSchema.safeParse(content);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      400,
      {},
      parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/** The canonical hash of what was submitted: the content and each attachment's SHA-256, in a stable order. */
export function submissionHash(
  content: ApplicationContent,
  attachments: { code: string; sha256: string }[],
): string {
  const files = attachments.map((a) => `${a.code}:${a.sha256}`).sort();
  return sha256(JSON.stringify({ content, files }));
}

/**
 * Applications: drafts with autosave and optimistic concurrency, submission inside the call's window (idempotent),
 * and the organisation's own decisions. Every state change goes through the lifecycle table.
 */
export function createApplicationService(deps: {
  transaction: TransactionRunner;
  clock: Clock;
  checkEligibility: EligibilityCheck;
  /** the office's formal review, told (inside the submit transaction) when a correction comes back */
  formalReview?: {
    restartAfterCorrection(repos: Repositories, app: ApplicationRow, now: Date): Promise<void>;
  };
}) {
  const { transaction, clock } = deps;

  const transition = (
    repos: Repositories,
    app: ApplicationRow,
    name: ApplicationTransition,
    actor: Actor,
    reason: string | null,
    extra: Parameters<Repositories['applications']['setState']>[2] = {},
  ) =>
    applyTransition(repos, {
      app,
      name,
      relations: relationsFromRoles(actor.roles),
      actorUserId: actor.userId,
      reason,
      at: clock.now(),
      extra,
    });

  async function lock(repos: Repositories, id: string) {
    const app = await repos.applications.findForUpdate(id);
    if (!app) throw notFound();
    return app;
  }

  return {
    /** Starts a draft for a direction of a published call that is open or about to open. */
    async create(input: { callId: string; directionCode: string }, actor: Actor) {
      return transaction(async (repos) => {
        const callRow = await repos.catalogue.findCall(input.callId);
        if (callRow?.status !== 'published') throw notFound();
        const call = callRow.content as Call;
        const found = findNode(call, input.directionCode);
        if (!found || !isDirection(found.node)) {
          throw new AppError('validation_failed', 400, {}, [
            { path: 'directionCode', message: 'not a direction of this call' },
          ]);
        }
        const phase = callPhase(call.submissionWindow, clock.now());
        if (phase === 'closed' || phase === 'unscheduled')
          throw new AppError('call_not_open', 409, { phase });
        const content = applicationContentSchema.parse({});
        const now = clock.now();
        const app = await repos.applications.insert({
          callId: call.id,
          directionCode: input.directionCode,
          organisationId: actor.organisationId!,
          createdBy: actor.userId,
          content,
          title: '',
          lastSavedBy: actor.userId,
          lastSavedAt: now,
          createdAt: now,
        });
        await repos.applications.insertRevision({
          applicationId: app.id,
          revision: 1,
          content,
          savedBy: actor.userId,
          savedAt: now,
        });
        return app;
      });
    },

    /** Saves a draft if nobody saved since `revision`; otherwise 409 with what is stored now, and nothing is lost. */
    async saveDraft(id: string, revision: number, contentInput: unknown, actor: Actor) {
      const content = parseContent(contentInput);
      return transaction(async (repos) => {
        const app = await lock(repos, id);
        if (!isEditable(app.state as ApplicationState))
          throw new AppError('application_frozen', 409, {}, { state: app.state });
        if (app.revision !== revision) {
          const by = app.lastSavedBy ? await repos.users.findById(app.lastSavedBy) : undefined;
          throw new AppError(
            'edit_conflict',
            409,
            {},
            {
              currentRevision: app.revision,
              lastSavedAt: app.lastSavedAt.toISOString(),
              lastSavedBy: by?.name ?? null,
            },
          );
        }
        const saved = await repos.applications.saveContent(
          id,
          revision,
          content,
          { title: content.basics.title ?? '', publicFundingWan: content.budget.publicFundingWan ?? null },
          actor.userId,
          clock.now(),
        );
        if (!saved) throw new AppError('edit_conflict', 409, {}, { currentRevision: app.revision + 1 });
        return saved;
      });
    },

    /**
     * Submits the draft as it stands at `revision`: inside the window (to the second), every blocking requirement
     * passing. A repeated submit of the same revision returns the first submission: never two. An application
     * returned for correction by the programme office goes back to formal review instead (resubmitCorrection): before
     * the correction deadline rather than inside the window, with its automatic checks run again on the new version.
     */
    async submit(id: string, revision: number, actor: Actor) {
      return transaction(async (repos) => {
        const app = await lock(repos, id);
        const latest = await repos.applications.latestSubmission(id);
        if ((app.state === 'submitted' || app.state === 'inFormalReview') && latest?.revision === revision)
          return { application: app, submission: latest, repeated: true };
        if (!isEditable(app.state as ApplicationState))
          throw new AppError('transition_not_allowed', 409, { state: app.state });
        if (app.revision !== revision)
          throw new AppError('edit_conflict', 409, {}, { currentRevision: app.revision });

        const now = clock.now();
        const callRow = await repos.catalogue.findCall(app.callId);
        if (!callRow) throw notFound();
        const call = callRow.content as Call;
        const isCorrection = app.state === 'returnedForCorrection';
        if (isCorrection) {
          const review = await repos.formalReviews.find(id);
          const due = review?.correctionDueAt;
          if (!due || now.getTime() > due.getTime())
            throw new AppError(
              'correction_deadline_passed',
              409,
              { deadline: due ? formatShanghai(due) : '—' },
              { correctionDueAt: due ? toShanghaiIso(due) : null },
            );
        } else if (callRow.status !== 'published' || callPhase(call.submissionWindow, now) !== 'open') {
          const { start, end } = call.submissionWindow;
          throw new AppError(
            'outside_window',
            409,
            { start: start ? formatShanghai(start) : '—', end: end ? formatShanghai(end) : '—' },
            call.submissionWindow,
          );
        }
        const organisation = await repos.organisations.findById(app.organisationId);
        if (organisation?.status !== 'verified') throw new AppError('organisation_not_verified', 409);
        const content = parseContent(app.content);
        const attachments = await repos.applications.listAttachments(id);
        const otherUses = await repos.applications.otherApplicationsWithFiles(
          id,
          attachments.map((a) => a.sha256),
        );
        const eligibility = deps.checkEligibility({
          call,
          directionCode: app.directionCode,
          content,
          organisation,
          attachments,
          otherUsesOfAgreements: otherUses.filter((u) => u.state !== 'withdrawn' && u.state !== 'draft'),
          now,
        });
        if (!eligibility.canSubmit) {
          throw new AppError(
            'not_eligible',
            422,
            { count: eligibility.blockingFailures },
            eligibility.report,
          );
        }
        const files = attachments.map((a) => ({
          id: a.id,
          code: a.code,
          scopeKind: a.scopeKind,
          scopeKey: a.scopeKey,
          signedOn: a.signedOn,
          fileName: a.fileName,
          size: a.size,
          sha256: a.sha256,
        }));
        const submission = {
          applicationId: id,
          version: app.submissionCount + 1,
          revision: app.revision,
          content,
          attachments: files,
          eligibility: eligibility.report,
          contentHash: submissionHash(content, files),
          submittedBy: actor.userId,
          submittedAt: now,
        };
        await repos.applications.insertSubmission(submission);
        const state = await transition(
          repos,
          app,
          isCorrection ? 'resubmitCorrection' : 'submit',
          actor,
          null,
          {
            submissionCount: submission.version,
          },
        );
        const application = { ...app, state, submissionCount: submission.version };
        if (isCorrection) await deps.formalReview?.restartAfterCorrection(repos, application, now);
        return { application, submission, repeated: false };
      });
    },

    /** Withdraw (applicant, until the recommender acts), reopen a withdrawn draft, or the organisation's decision. */
    async act(
      id: string,
      name: 'withdraw' | 'reopen' | 'orgApprove' | 'orgReturn',
      actor: Actor,
      reason: string | null,
    ) {
      return transaction(async (repos) => {
        const app = await lock(repos, id);
        const to = await transition(repos, app, name, actor, reason);
        return { ...app, state: to };
      });
    },

    parseContent,
  };
}
export type ApplicationService = ReturnType<typeof createApplicationService>;
