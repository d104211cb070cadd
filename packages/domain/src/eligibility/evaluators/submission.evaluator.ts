import { fail, manual, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/**
 * 双边申报: bilateral calls need the foreign side to apply to its own agency. Its application reference
 * is the evidence: required → missing is unknown (blocks submission); not required → a reminder
 * (`manual`) until it is given. Unilateral calls pass.
 */
export const evaluateBilateralSubmission: Evaluator<'bilateralSubmission'> = (p, ctx) => {
  if (!p.bilateral) {
    return pass('单方申报：仅由中方向本方主管部门申报', 'Unilateral: only the Chinese side applies');
  }
  const agencyZh = ctx.direction?.foreignAgency ?? '外方主管部门';
  const agencyEn = ctx.direction?.foreignAgencyEn ?? ctx.direction?.foreignAgency ?? 'its own agency';
  const reference = ctx.facts.application?.foreignReference?.trim();
  if (reference) {
    return pass(
      `外方已向${agencyZh}申报（编号 ${reference}）`,
      `The foreign side has applied to ${agencyEn} (reference ${reference})`,
    );
  }
  if (p.foreignReferenceRequired) {
    return unknown(['application.foreignReference'], {
      'zh-CN': `须填写外方向${agencyZh}申报的编号，单方申报无效`,
      'en-US': `give the foreign side's reference at ${agencyEn}; a one-sided application is void`,
    });
  }
  return manual(
    `外方合作伙伴须同时向${agencyZh}申报，单方申报无效；取得外方申报编号后请填写`,
    `The foreign partner must also apply to ${agencyEn}; a one-sided application is void. Add its reference once known`,
  );
};

/** 同一项目只能通过一个推荐单位申报: the project goes through exactly one recommender. */
export const evaluateSingleRecommender: Evaluator<'singleRecommender'> = (_p, ctx) => {
  const recommenders = ctx.facts.application?.recommenders;
  if (recommenders === undefined || recommenders.length === 0) {
    return unknown(['application.recommenders'], {
      'zh-CN': '选择一个推荐单位',
      'en-US': 'choose one recommender',
    });
  }
  const distinct = [...new Set(recommenders)];
  return distinct.length === 1
    ? pass(`通过一个推荐单位（${distinct[0]}）申报`, `Submitted through one recommender (${distinct[0]})`)
    : fail(
        `同一项目通过了 ${distinct.length} 个推荐单位（${distinct.join('、')}）申报，只能选择一个`,
        `The project goes through ${distinct.length} recommenders (${distinct.join(', ')}); only one is allowed`,
      );
};
