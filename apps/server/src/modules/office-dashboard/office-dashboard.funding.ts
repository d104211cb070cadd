/**
 * The planned public funding of a direction, as far as the catalogue states one:
 * - the direction's own planned budget (the MOST guide gives 拟安排经费 per direction);
 * - otherwise the cap per project × the planned number of projects, when the guide gives both;
 * - otherwise none (shown as "—"): Zhejiang's calls cap each project but do not say how many they fund.
 */
export type PlannedFunding = { wan: number; basis: 'plannedBudget' | 'capTimesProjects' } | null;

export function plannedFunding(direction: {
  plannedBudgetWan: number | null;
  plannedProjects: number | null;
  fundingCapWan: number | null;
}): PlannedFunding {
  if (direction.plannedBudgetWan !== null) return { wan: direction.plannedBudgetWan, basis: 'plannedBudget' };
  if (direction.plannedProjects !== null && direction.fundingCapWan !== null) {
    return { wan: direction.plannedProjects * direction.fundingCapWan, basis: 'capTimesProjects' };
  }
  return null;
}

/** Requested ÷ planned, or null when nothing is planned (no figure, or zero). */
export function fundingRatio(requestedWan: number, planned: PlannedFunding): number | null {
  if (!planned || planned.wan <= 0) return null;
  return requestedWan / planned.wan;
}

/** 万元 rounded to two decimals (sums of numeric columns come back as floating point). */
export const roundWan = (wan: number) => Math.round(wan * 100) / 100;
