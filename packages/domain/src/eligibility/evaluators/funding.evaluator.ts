import { organisationTypeLabels } from '../../organisation/organisation-type';
import {
  fail,
  formatShare,
  isAtLeast,
  isAtMost,
  missingPaths,
  formatNumber as n,
  pass,
  unknown,
} from '../verdict';
import type { Evaluator } from './evaluator';

/** 建议财政补助经费 / 最高补助: requested public funding ≤ the cap (exactly the cap passes). */
export const evaluateFundingCap: Evaluator<'fundingCap'> = ({ maxWan }, ctx) => {
  const requested = ctx.facts.application?.requestedFundingWan;
  if (requested === undefined) {
    return unknown(['application.requestedFundingWan'], {
      'zh-CN': `财政补助上限 ${n(maxWan)} 万元`,
      'en-US': `funding cap of ${n(maxWan)} wan`,
    });
  }
  return isAtMost(requested, maxWan)
    ? pass(
        `申请财政补助 ${n(requested)} 万元，未超过上限 ${n(maxWan)} 万元`,
        `Requested funding ${n(requested)} wan is within the cap of ${n(maxWan)} wan`,
      )
    : fail(
        `申请财政补助 ${n(requested)} 万元超过上限 ${n(maxWan)} 万元`,
        `Requested funding ${n(requested)} wan exceeds the cap of ${n(maxWan)} wan`,
      );
};

/** 建议财政补助经费 40-60 万元: min ≤ requested ≤ max, both ends included. */
export const evaluateFundingRange: Evaluator<'fundingRange'> = ({ minWan, maxWan }, ctx) => {
  const requested = ctx.facts.application?.requestedFundingWan;
  const range = `${minWan === undefined ? '' : n(minWan)}–${maxWan === undefined ? '' : n(maxWan)}`;
  if (requested === undefined) {
    return unknown(['application.requestedFundingWan'], {
      'zh-CN': `建议财政补助 ${range} 万元`,
      'en-US': `suggested funding ${range} wan`,
    });
  }
  if (minWan !== undefined && !isAtLeast(requested, minWan)) {
    return fail(
      `申请财政补助 ${n(requested)} 万元低于 ${range} 万元的范围`,
      `Requested funding ${n(requested)} wan is below the range ${range} wan`,
    );
  }
  if (maxWan !== undefined && !isAtMost(requested, maxWan)) {
    return fail(
      `申请财政补助 ${n(requested)} 万元高于 ${range} 万元的范围`,
      `Requested funding ${n(requested)} wan is above the range ${range} wan`,
    );
  }
  return pass(
    `申请财政补助 ${n(requested)} 万元，在 ${range} 万元范围内`,
    `Requested funding ${n(requested)} wan is within ${range} wan`,
  );
};

/**
 * 省财政经费不超过企业实际投入研发经费的 20%: requested ≤ share × the enterprise's actual R&D
 * investment (exactly 20% passes). Applies only to the lead types listed (unlisted: not applicable).
 */
export const evaluateFundingShareOfRdInvestment: Evaluator<'fundingShareOfRdInvestment'> = (
  { maxShare, appliesToLeadTypes },
  ctx,
) => {
  const share = formatShare(maxShare);
  if (appliesToLeadTypes && appliesToLeadTypes.length > 0) {
    const type = ctx.facts.lead?.type;
    if (type === undefined) {
      return unknown(['lead.type'], {
        'zh-CN': `该比例限制仅适用于特定类型的牵头单位`,
        'en-US': 'the share limit applies to certain lead types only',
      });
    }
    if (!appliesToLeadTypes.some((t) => t === type)) {
      const label = organisationTypeLabels[type];
      return pass(
        `牵头单位为${label['zh-CN']}，不适用“不超过企业实际研发投入 ${share}”的限制`,
        `The lead is a ${label['en-US'].toLowerCase()}; the ${share} R&D-investment limit does not apply`,
      );
    }
  }
  const app = ctx.facts.application;
  const requested = app?.requestedFundingWan;
  const rd = app?.enterpriseRdInvestmentWan;
  if (requested === undefined || rd === undefined) {
    return unknown(
      missingPaths({
        'application.requestedFundingWan': requested,
        'application.enterpriseRdInvestmentWan': rd,
      }),
      {
        'zh-CN': `财政补助不超过企业实际研发投入的 ${share}`,
        'en-US': `funding at most ${share} of the R&D investment`,
      },
    );
  }
  const limit = maxShare * rd;
  return isAtMost(requested, limit)
    ? pass(
        `申请财政补助 ${n(requested)} 万元未超过企业实际研发投入 ${n(rd)} 万元的 ${share}（${n(limit)} 万元）`,
        `Requested funding ${n(requested)} wan is within ${share} of the enterprise's actual R&D investment of ${n(rd)} wan (${n(limit)} wan)`,
      )
    : fail(
        `申请财政补助 ${n(requested)} 万元超过企业实际研发投入 ${n(rd)} 万元的 ${share}（${n(limit)} 万元）`,
        `Requested funding ${n(requested)} wan exceeds ${share} of the enterprise's actual R&D investment of ${n(rd)} wan (${n(limit)} wan)`,
      );
};

/** 可拨付不超过财政补助经费的 50% 至帮扶地合作方: transfer ≤ share × public funding (exactly 50% passes). */
export const evaluateAidTransferShare: Evaluator<'aidTransferShare'> = ({ maxShareOfPublic }, ctx) => {
  const app = ctx.facts.application;
  const transfer = app?.aidTransferWan;
  const requested = app?.requestedFundingWan;
  const share = formatShare(maxShareOfPublic);
  if (transfer === undefined || requested === undefined) {
    return unknown(
      missingPaths({ 'application.aidTransferWan': transfer, 'application.requestedFundingWan': requested }),
      {
        'zh-CN': `拨付帮扶地合作方的经费不超过财政补助的 ${share}`,
        'en-US': `transfer to the aid-location partner at most ${share} of public funding`,
      },
    );
  }
  const limit = maxShareOfPublic * requested;
  return isAtMost(transfer, limit)
    ? pass(
        `拨付帮扶地合作方 ${n(transfer)} 万元，未超过财政补助 ${n(requested)} 万元的 ${share}（${n(limit)} 万元）`,
        `Transfer to the aid-location partner of ${n(transfer)} wan is within ${share} of the public funding of ${n(requested)} wan (${n(limit)} wan)`,
      )
    : fail(
        `拨付帮扶地合作方 ${n(transfer)} 万元超过财政补助 ${n(requested)} 万元的 ${share}（${n(limit)} 万元）`,
        `Transfer to the aid-location partner of ${n(transfer)} wan exceeds ${share} of the public funding of ${n(requested)} wan (${n(limit)} wan)`,
      );
};
