import {
  type Actor,
  type ApplicationState,
  type ApplicationTransition,
  applicationStateAccess,
  type Checklist,
  checklistSchema,
  relationsFromRoles,
  unknownChecklistCodes,
} from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import type { ApplicationRow } from '../applications/application.repository';
import type { EligibilityCheck } from '../applications/application.service';
import { applyTransition } from '../applications/application-transition';
import { checklistOf, computeAutomaticChecks, directionOf } from './formal-review-checks';

export type FormalReviewDecision =
  | { action: 'accept' }
  | { action: 'return'; reason: string | null; correctionDueAt: Date | null }
  | { action: 'reject'; reason: string | null };
export type BulkAction = 'start' | FormalReviewDecision['action'];

const decisionTransition: Record<FormalReviewDecision['action'], ApplicationTransition> = {
  accept: 'acceptFormalReview',
  return: 'returnForCorrection',
  reject: 'rejectFormalReview',
};
const outcomeOf: Record<FormalReviewDecision['action'], string> = {
  accept: 'accepted',
  return: 'returnedForCorrection',
  reject: 'rejected',
};

export type BulkResult =
  | { id: string; ok: true; state: string }
  | {
      id: string;
      ok: false;
      status: number;
      code: AppError['code'];
      params: Record<string, string | number>;
    };

/**
 * Formal review (形式审查) by the programme office: start (fires startFormalReview and runs the automatic checks on
 * the frozen submission), re-run the checks, keep the manual checklist, and decide — accept, return for correction
 * with a deadline, reject with reasons — one by one or in bulk, each application in its own transaction.
 */
export function createFormalReviewService(deps: {
  transaction: TransactionRunner;
  clock: Clock;
  checkEligibility: EligibilityCheck;
}) {
  const { transaction, clock } = deps;

  /** Locks an application the office may work on; anything else is "not found". */
  async function lockForOffice(repos: Repositories, id: string): Promise<ApplicationRow> {
    const app = await repos.applications.findForUpdate(id);
    if (!app || !applicationStateAccess[app.state as ApplicationState]?.read.includes('programmeOfficer'))
      throw notFound();
    return app;
  }

  const fire = (
    repos: Repositories,
    app: ApplicationRow,
    name: ApplicationTransition,
    actor: Actor,
    reason: string | null,
    correctionDueAt: Date | null = null,
  ) =>
    applyTransition(repos, {
      app,
      name,
      relations: relationsFromRoles(actor.roles),
      actorUserId: actor.userId,
      reason,
      at: clock.now(),
      correctionDueAt,
    });

  async function requireInReview(repos: Repositories, app: ApplicationRow) {
    const review = await repos.formalReviews.find(app.id);
    if (app.state !== 'inFormalReview' || !review) throw new AppError('formal_review_not_started', 409);
    return review;
  }

  async function startIn(repos: Repositories, id: string, actor: Actor) {
    const app = await lockForOffice(repos, id);
    const to = await fire(repos, app, 'startFormalReview', actor, null);
    const now = clock.now();
    const checks = await computeAutomaticChecks(repos, app, deps.checkEligibility, now);
    await repos.formalReviews.upsert({
      applicationId: id,
      submissionVersion: checks.submissionVersion,
      automaticChecks: checks,
      checklist: {},
      reviewerUserId: actor.userId,
      outcome: null,
      correctionDueAt: null,
      startedAt: now,
      decidedAt: null,
      updatedAt: now,
    });
    return to;
  }

  async function decideIn(repos: Repositories, id: string, decision: FormalReviewDecision, actor: Actor) {
    const app = await lockForOffice(repos, id);
    const now = clock.now();
    if (decision.action === 'return' && (!decision.correctionDueAt || decision.correctionDueAt <= now))
      throw new AppError('correction_deadline_invalid', 400, {}, [
        { path: 'correctionDueAt', message: 'future' },
      ]);
    const reason = decision.action === 'accept' ? null : decision.reason;
    const dueAt = decision.action === 'return' ? decision.correctionDueAt : null;
    const to = await fire(repos, app, decisionTransition[decision.action], actor, reason, dueAt);
    await requireInReview(repos, app);
    await repos.formalReviews.update(id, {
      outcome: outcomeOf[decision.action],
      correctionDueAt: dueAt,
      reviewerUserId: actor.userId,
      decidedAt: now,
      updatedAt: now,
    });
    return to;
  }

  return {
    /** Starts the formal review of a recommended application and runs its automatic checks. */
    start(id: string, actor: Actor) {
      return transaction((repos) => startIn(repos, id, actor));
    },

    /** Runs the automatic checks again (after a catalogue correction, a batch sent late …). */
    rerunChecks(id: string, actor: Actor) {
      return transaction(async (repos) => {
        const app = await lockForOffice(repos, id);
        await requireInReview(repos, app);
        const now = clock.now();
        const checks = await computeAutomaticChecks(repos, app, deps.checkEligibility, now);
        await repos.formalReviews.update(id, {
          submissionVersion: checks.submissionVersion,
          automaticChecks: checks,
          reviewerUserId: actor.userId,
          updatedAt: now,
        });
        return checks;
      });
    },

    /** Saves answers of the manual checklist (merged into what is there); codes must be the application's items. */
    saveChecklist(id: string, entries: Checklist, actor: Actor) {
      return transaction(async (repos) => {
        const app = await lockForOffice(repos, id);
        const review = await requireInReview(repos, app);
        const { call, resolved } = await directionOf(repos, app);
        const unknown = unknownChecklistCodes(checklistOf(call, resolved), entries);
        if (unknown.length)
          throw new AppError(
            'validation_failed',
            400,
            {},
            unknown.map((c) => ({ path: `items.${c}`, message: 'not an item of this checklist' })),
          );
        const current = checklistSchema.safeParse(review.checklist);
        const merged = { ...(current.success ? current.data : {}), ...entries };
        await repos.formalReviews.update(id, {
          checklist: merged,
          reviewerUserId: actor.userId,
          updatedAt: clock.now(),
        });
        return merged;
      });
    },

    /** Accept, return for correction (deadline required, in the future) or reject (reason required). */
    decide(id: string, decision: FormalReviewDecision, actor: Actor) {
      return transaction((repos) => decideIn(repos, id, decision, actor));
    },

    /**
     * The same action on many applications, each in its own transaction: one failure does not undo the others;
     * every id gets its result.
     */
    async bulk(
      ids: string[],
      action: BulkAction,
      payload: { reason?: string | null; correctionDueAt?: Date | null },
      actor: Actor,
    ): Promise<BulkResult[]> {
      const results: BulkResult[] = [];
      for (const id of [...new Set(ids)]) {
        try {
          const state = await transaction((repos) => {
            if (action === 'start') return startIn(repos, id, actor);
            const decision: FormalReviewDecision =
              action === 'accept'
                ? { action }
                : action === 'return'
                  ? {
                      action,
                      reason: payload.reason ?? null,
                      correctionDueAt: payload.correctionDueAt ?? null,
                    }
                  : { action, reason: payload.reason ?? null };
            return decideIn(repos, id, decision, actor);
          });
          results.push({ id, ok: true, state });
        } catch (err) {
          // an unexpected failure of one id is reported with it; the ids already done stay done
          if (err instanceof AppError)
            results.push({ id, ok: false, status: err.statusCode, code: err.code, params: err.params });
          else
            results.push({ id, ok: false, status: 500, code: 'internal_error', params: { requestId: id } });
        }
      }
      return results;
    },

    /**
     * After the applicant resubmits a correction (inside the submit transaction): the review looks at the new
     * version, its checks run again, and the outcome is open again.
     */
    async restartAfterCorrection(repos: Repositories, app: ApplicationRow, now: Date) {
      const checks = await computeAutomaticChecks(repos, app, deps.checkEligibility, now);
      await repos.formalReviews.update(app.id, {
        submissionVersion: checks.submissionVersion,
        automaticChecks: checks,
        outcome: null,
        correctionDueAt: null,
        decidedAt: null,
        updatedAt: now,
      });
    },
  };
}
export type FormalReviewService = ReturnType<typeof createFormalReviewService>;
