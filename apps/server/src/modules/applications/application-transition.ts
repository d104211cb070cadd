import {
  type ApplicationState,
  type ApplicationTransition,
  planTransition,
  type TransitionActor,
} from '@yanzhen/domain';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../http/app-error';
import { notifyTransition } from '../notifications/notify-events';

/**
 * The one way an application changes state: the lifecycle table decides (from which states, by whom, with a
 * reason where one is needed); the new state, the history entry and the inbox rows of the people to be told are
 * written together, with the caller's transaction.
 */
export async function applyTransition(
  repos: Repositories,
  input: {
    app: { id: string; state: string };
    name: ApplicationTransition;
    relations: readonly TransitionActor[];
    actorUserId: string;
    reason: string | null;
    at: Date;
    extra?: Parameters<Repositories['applications']['setState']>[2];
    /** for a return for correction: the deadline the messages to the applicant and organisation name */
    correctionDueAt?: Date | null;
  },
): Promise<ApplicationState> {
  const { app, name, reason } = input;
  const plan = planTransition(app.state as ApplicationState, name, input.relations, reason);
  if (!plan.ok) {
    if (plan.reason === 'reasonRequired') {
      throw new AppError('reason_required', 400, {}, [{ path: 'reason', message: 'required' }]);
    }
    throw new AppError('transition_not_allowed', 409, { state: app.state });
  }
  await repos.applications.setState(app.id, plan.to, input.extra ?? {});
  await repos.applications.recordTransition({
    applicationId: app.id,
    transition: name,
    fromState: plan.from,
    toState: plan.to,
    actorUserId: input.actorUserId,
    reason,
    createdAt: input.at,
  });
  await notifyTransition(repos, {
    applicationId: app.id,
    transition: name,
    to: plan.to,
    reason,
    at: input.at,
    correctionDueAt: input.correctionDueAt ?? null,
  });
  return plan.to;
}
