import type { Budget } from '../api/application-types';

/** The figures reviewers check in a budget (万元, shares from 0 to 1); undefined when not computable. */
export interface BudgetRatios {
  /** public funding + self-funding + matching funds (matching funds count as 0 when not given) */
  totalWan: number | undefined;
  selfFundingShareOfTotal: number | undefined;
  publicFundingShareOfRdInvestment: number | undefined;
  transferShareOfPublicFunding: number | undefined;
}

const share = (part: number | undefined, whole: number | undefined) =>
  part === undefined || whole === undefined || whole <= 0 ? undefined : part / whole;

/** The same definitions as the application PDF, so that the screen and the document agree. */
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

/** 0.2 → "20%", 0.123 → "12.3%"; "—" when unknown. */
export function formatShare(value: number | undefined): string {
  if (value === undefined) return '—';
  return `${Number((value * 100).toFixed(1))}%`;
}

/** 150 → "150", 12.345 → "12.35"; "—" when unknown. */
export function formatWan(value: number | undefined): string {
  return value === undefined ? '—' : String(Number(value.toFixed(2)));
}
