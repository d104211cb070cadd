import {
  type Actor,
  type ApplicationContent,
  type Call,
  evaluateQuotas,
  findNode,
  findRegion,
  formatShanghai,
  type QuotaCandidate,
  type QuotaRecommender,
  recommenderCounters,
} from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import { applyTransition } from '../applications/application-transition';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { QuotaCountedRow } from './recommendation.repository';

/** The names a recommending body holds quotas under: its own, the one configured, its city's. */
export function holderNamesOf(body: OrganisationRow): string[] {
  const names = [body.name];
  if (body.quotaHolder) names.push(body.quotaHolder);
  const region = body.regionCode ? findRegion(body.regionCode) : undefined;
  if (region) names.push(region.name);
  return names;
}

/** An application as the quota rules see it. */
export function quotaCandidateOf(
  call: Call,
  row: QuotaCountedRow,
  incentive = row.recommendedIncentive,
): QuotaCandidate {
  const found = findNode(call, row.directionCode);
  return {
    applicationId: row.id,
    nodeCodes: found ? [...found.ancestors.map((a) => a.code), found.node.code] : [row.directionCode],
    leadOrganisationId: row.organisationId,
    leadOrganisationType: row.organisationType,
    carrierName: row.carrierName ?? null,
    recommenderOrganisationId: row.recommenderOrganisationId ?? '',
    publicFundingWan: row.publicFundingWan ?? 0,
    incentive,
  };
}

/**
 * Recommendation by the recommending body: quotas enforced inside a transaction that holds a per-call lock, so
 * concurrent recommendations can never exceed them; the call's recommendation deadline enforced to the second.
 */
export function createRecommendationService(deps: { transaction: TransactionRunner; clock: Clock }) {
  async function context(repos: Repositories, applicationId: string, actor: Actor) {
    const app = await repos.applications.findForUpdate(applicationId);
    if (!app) throw notFound();
    const callRow = await repos.catalogue.findCall(app.callId);
    const body = actor.organisationId ? await repos.organisations.findById(actor.organisationId) : undefined;
    if (!callRow || !body) throw notFound();
    return { app, call: callRow.content as Call, body };
  }

  function checkDeadline(call: Call, now: Date) {
    if (call.recommendationDeadline && now.getTime() > Date.parse(call.recommendationDeadline)) {
      throw new AppError('recommendation_closed', 409, {
        deadline: formatShanghai(call.recommendationDeadline),
      });
    }
  }

  const decide = (
    repos: Repositories,
    app: { id: string; state: string },
    name: 'recommend' | 'recommenderReturn' | 'recommenderReject',
    actor: Actor,
    reason: string | null,
  ) =>
    applyTransition(repos, {
      app,
      name,
      relations: ['recommender'],
      actorUserId: actor.userId,
      reason,
      at: deps.clock.now(),
    });

  return {
    /**
     * Recommends an application, with the recommender's optional opinion recorded on the timeline; refused when
     * any quota that binds it is used up (409 quota_exhausted).
     */
    async recommend(applicationId: string, actor: Actor, incentive: boolean, comment: string | null = null) {
      return deps.transaction(async (repos) => {
        const peek = await repos.applications.findById(applicationId);
        if (!peek) throw notFound();
        await repos.recommendations.lockCall(peek.callId);
        const { app, call, body } = await context(repos, applicationId, actor);
        const now = deps.clock.now();
        checkDeadline(call, now);
        const recommended = (await repos.recommendations.listQuotaCounted(app.callId)).map((r) =>
          quotaCandidateOf(call, r),
        );
        const org = await repos.organisations.findById(app.organisationId);
        const content = app.content as ApplicationContent;
        const candidate = quotaCandidateOf(
          call,
          {
            ...app,
            organisationType: org?.type ?? '',
            recommenderOrganisationId: body.id,
            publicFundingWan: content.budget?.publicFundingWan ?? null,
            carrierName: content.basics?.carrierName ?? null,
          },
          incentive,
        );
        const recommender: QuotaRecommender = { organisationId: body.id, holderNames: holderNamesOf(body) };
        const counters = evaluateQuotas(call.quotas, candidate, recommender, recommended);
        if (
          incentive &&
          !counters.some((c) => c.scope === 'incentiveCity' || c.scope === 'incentiveCounty')
        ) {
          throw new AppError('no_incentive_quota', 409);
        }
        const exceeded = counters.filter((c) => c.exceeded);
        if (exceeded.length) {
          throw new AppError(
            'quota_exhausted',
            409,
            { holder: exceeded[0]!.holder, limit: exceeded[0]!.limit ?? 0 },
            { counters: exceeded },
          );
        }
        const to = await decide(repos, app, 'recommend', actor, comment?.trim() || null);
        await repos.recommendations.markRecommended(app.id, body.id, incentive, now);
        return { state: to, counters };
      });
    },

    async returnOrReject(
      applicationId: string,
      name: 'recommenderReturn' | 'recommenderReject',
      actor: Actor,
      reason: string | null,
    ) {
      return deps.transaction(async (repos) => {
        const { app, call } = await context(repos, applicationId, actor);
        checkDeadline(call, deps.clock.now());
        return decide(repos, app, name, actor, reason);
      });
    },

    /** The quotas a recommending body holds in a call: used and left. */
    async counters(callId: string, body: OrganisationRow, repos: Repositories) {
      const callRow = await repos.catalogue.findCall(callId);
      if (!callRow) throw notFound();
      const call = callRow.content as Call;
      const recommended = (await repos.recommendations.listQuotaCounted(callId)).map((r) =>
        quotaCandidateOf(call, r),
      );
      return recommenderCounters(
        call.quotas,
        { organisationId: body.id, holderNames: holderNamesOf(body) },
        recommended,
      );
    },
  };
}
export type RecommendationService = ReturnType<typeof createRecommendationService>;
