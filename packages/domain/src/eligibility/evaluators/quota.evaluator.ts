import { fail, manual, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/**
 * 推荐限额 / 限项. Quotas are enforced by recommenders over many applications, so they are not part of
 * one applicant's eligibility: `manual`. The exception is a limit per carrier (每个载体限报1项) — or per
 * centre, also a carrier — which the lead itself hosts: evaluated from
 * `lead.carrier.otherApplicationsThisCall`.
 */
export const evaluateQuota: Evaluator<'quota'> = ({ scope, limit, holder }, ctx) => {
  const ownCarrier = scope === 'carrier' || scope === 'centre';
  if (!ownCarrier || limit === null) {
    const what = limit === null ? '限额以推荐单位公布为准' : `限报 ${limit} 项`;
    const whatEn = limit === null ? 'the limit is set by the recommender' : `limit ${limit}`;
    return manual(
      `推荐限额（${holder ?? scope}，${what}）由推荐单位把关，不影响本单位的申报资格`,
      `The quota (${holder ?? scope}, ${whatEn}) is enforced by the recommender, not part of this applicant's eligibility`,
    );
  }
  const carrier = ctx.facts.lead?.carrier;
  if (carrier === undefined) {
    return unknown(['lead.carrier'], {
      'zh-CN': `每个载体限报 ${limit} 项`,
      'en-US': `${limit} per carrier`,
    });
  }
  if (carrier === null) {
    return pass(
      '牵头单位不依托国合载体申报，不适用载体限报',
      'The lead applies through no carrier; no carrier limit',
    );
  }
  const others = carrier.otherApplicationsThisCall;
  if (others === undefined) {
    return unknown(['lead.carrier.otherApplicationsThisCall'], {
      'zh-CN': `每个载体限报 ${limit} 项`,
      'en-US': `${limit} per carrier`,
    });
  }
  const name = carrier.name ?? carrier.id ?? '';
  return others + 1 <= limit
    ? pass(
        `载体${name}本批次连同本项共申报 ${others + 1} 项，未超过限报的 ${limit} 项`,
        `Carrier ${name} has ${others + 1} applications in this call including this one, within the limit of ${limit}`,
      )
    : fail(
        `载体${name}本批次已申报 ${others} 项，限报 ${limit} 项`,
        `Carrier ${name} already has ${others} applications in this call; the limit is ${limit}`,
      );
};

/** 人工核查: a rule no kind covers. A person checks it; it is listed with its clause, never dropped. */
export const evaluateManual: Evaluator<'manual'> = ({ text }, _ctx, rule) =>
  manual(`需人工核查：${text}`, `Checked by a person: ${rule['en-US']}`);
