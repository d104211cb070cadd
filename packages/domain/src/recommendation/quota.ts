import type { Call } from '../catalogue/catalogue.schema';

type Quota = Call['quotas'][number];

/** An application as the quota rules see it. */
export type QuotaCandidate = {
  applicationId: string;
  /** the direction's code and its ancestors' codes */
  nodeCodes: string[];
  leadOrganisationId: string;
  leadOrganisationType: string;
  carrierName: string | null;
  recommenderOrganisationId: string;
  publicFundingWan: number;
  /** recommended on an incentive allotment (单列名额, 不纳入限额) */
  incentive: boolean;
};

/** The recommending body as the quota rules see it: the names it holds quotas under (its city, its own name). */
export type QuotaRecommender = { organisationId: string; holderNames: string[] };

export type QuotaCounter = {
  quotaIndex: number;
  scope: Quota['scope'];
  holder: string;
  limit: number | null;
  moneyCapWan: number | null;
  used: number;
  usedWan: number;
  /** what recommending this candidate would bring it to */
  wouldUse: number;
  wouldUseWan: number;
  exceeded: boolean;
  quote: string;
};

const perEach = (holder: string) => holder.startsWith('每');

/**
 * Whether a quota binds this candidate, and which recommended applications count against it:
 * - `recommender` quotas (a city's 杭州15, a sector body's 国资委10) bind the recommending body holding them;
 * - `university` / `institute` quotas written "每所…/每家…" bind each lead organisation of that type, across
 *   recommenders; a named one (浙江大学（附属医院）12) binds the body holding it;
 * - `carrier` / `centre` quotas bind each carrier ("每个载体限报1项");
 * - incentive quotas count only recommendations made on the incentive allotment, and those count nowhere else.
 */
function binds(
  q: Quota,
  c: QuotaCandidate,
  r: QuotaRecommender,
): ((other: QuotaCandidate) => boolean) | null {
  if (q.scope === 'none' || q.limit === null) return null;
  if (q.appliesTo.length && !q.appliesTo.some((code) => c.nodeCodes.includes(code))) return null;
  const inScope = (o: QuotaCandidate) =>
    !q.appliesTo.length || q.appliesTo.some((code) => o.nodeCodes.includes(code));
  const holdsIt = r.holderNames.includes(q.holder);
  if (q.scope === 'incentiveCity' || q.scope === 'incentiveCounty') {
    if (!c.incentive || !holdsIt) return null;
    return (o) => o.incentive && o.recommenderOrganisationId === r.organisationId && inScope(o);
  }
  // a recommendation on the incentive allotment counts against no ordinary quota
  if (c.incentive) return null;
  if ((q.scope === 'university' || q.scope === 'institute') && perEach(q.holder)) {
    const type = q.scope === 'university' ? 'university' : 'researchInstitute';
    if (c.leadOrganisationType !== type) return null;
    return (o) => !o.incentive && o.leadOrganisationId === c.leadOrganisationId && inScope(o);
  }
  if (q.scope === 'carrier' || q.scope === 'centre') {
    if (!c.carrierName) return null;
    if (!perEach(q.holder) && q.holder !== c.carrierName) return null;
    return (o) => !o.incentive && o.carrierName === c.carrierName && inScope(o);
  }
  if (!holdsIt) return null;
  return (o) => !o.incentive && o.recommenderOrganisationId === r.organisationId && inScope(o);
}

/**
 * The counters of every quota that binds a candidate recommendation, given what is already recommended in the
 * call: used, and what recommending the candidate would bring it to. A quota is exceeded when the count (or the
 * money, for allotments with a money cap) would pass its limit.
 */
export function evaluateQuotas(
  quotas: readonly Quota[],
  candidate: QuotaCandidate,
  recommender: QuotaRecommender,
  recommended: readonly QuotaCandidate[],
): QuotaCounter[] {
  const out: QuotaCounter[] = [];
  quotas.forEach((q, quotaIndex) => {
    const counts = binds(q, candidate, recommender);
    if (!counts) return;
    const others = recommended.filter((o) => o.applicationId !== candidate.applicationId && counts(o));
    const used = others.length;
    const usedWan = others.reduce((s, o) => s + o.publicFundingWan, 0);
    const wouldUse = used + 1;
    const wouldUseWan = usedWan + candidate.publicFundingWan;
    const exceeded =
      wouldUse > (q.limit ?? Number.POSITIVE_INFINITY) ||
      (q.moneyCapWan !== undefined && wouldUseWan > q.moneyCapWan + 1e-9);
    out.push({
      quotaIndex,
      scope: q.scope,
      holder: q.holder,
      limit: q.limit,
      moneyCapWan: q.moneyCapWan ?? null,
      used,
      usedWan,
      wouldUse,
      wouldUseWan,
      exceeded,
      quote: q.quote,
    });
  });
  return out;
}

/** The counters a recommender sees on its workspace: every quota it holds, used and left. */
export function recommenderCounters(
  quotas: readonly Quota[],
  recommender: QuotaRecommender,
  recommended: readonly QuotaCandidate[],
) {
  return quotas.flatMap((q, quotaIndex) => {
    if (!recommender.holderNames.includes(q.holder)) return [];
    const mine = recommended.filter(
      (o) =>
        o.recommenderOrganisationId === recommender.organisationId &&
        o.incentive === (q.scope === 'incentiveCity' || q.scope === 'incentiveCounty') &&
        (!q.appliesTo.length || q.appliesTo.some((c) => o.nodeCodes.includes(c))),
    );
    const usedWan = mine.reduce((s, o) => s + o.publicFundingWan, 0);
    return [
      {
        quotaIndex,
        scope: q.scope,
        holder: q.holder,
        limit: q.limit,
        moneyCapWan: q.moneyCapWan ?? null,
        used: mine.length,
        usedWan,
        left: q.limit === null ? null : Math.max(0, q.limit - mine.length),
        excludedFromQuota: q.excludedFromQuota,
        quote: q.quote,
      },
    ];
  });
}
