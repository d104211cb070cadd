import type { ApplicationContent } from '@yanzhen/domain';

type Budget = ApplicationContent['budget'];

/** The figures reviewers check in a budget (万元 and shares from 0 to 1); undefined when not computable. */
export interface BudgetRatios {
  /** public funding + self-funding + matching funds (matching funds count as 0 when not given) */
  totalWan: number | undefined;
  /** self-funding / total */
  selfFundingShareOfTotal: number | undefined;
  /** public funding / the lead enterprise's R&D investment in the last year */
  publicFundingShareOfRdInvestment: number | undefined;
  /** transfers to the aid location / public funding */
  transferShareOfPublicFunding: number | undefined;
}

/**
 * Computes the budget ratios shown in the application PDF. A ratio is undefined when a figure it needs is
 * missing or its denominator is zero, so that the document shows "—" rather than a misleading 0% or ∞.
 */
export function computeBudgetRatios(budget: Budget): BudgetRatios {
  const { publicFundingWan, selfFundingWan, matchingFundsWan, rdInvestmentWan, aidTransferWan } = budget;
  const totalWan =
    publicFundingWan !== undefined && selfFundingWan !== undefined
      ? publicFundingWan + selfFundingWan + (matchingFundsWan ?? 0)
      : undefined;
  return {
    totalWan,
    selfFundingShareOfTotal: share(selfFundingWan, totalWan),
    publicFundingShareOfRdInvestment: share(publicFundingWan, rdInvestmentWan),
    transferShareOfPublicFunding: share(aidTransferWan, publicFundingWan),
  };
}

function share(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole <= 0) return undefined;
  return part / whole;
}
