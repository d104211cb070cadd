import { type CountyClass, countyClassesOf, findRegion, isWithinRegion, regions } from '../region/region';
import type { ApplicationFacts, LeadFacts, OrganisationFacts } from './application-facts.schema';
import { periodEnd, periodYears } from './calendar-date';
import type { EvaluationContext } from './evaluation-context';

/** A derived value, or the fact paths it is waiting for. */
export type Derived<T> = { value: T; missing: [] } | { value: undefined; missing: string[] };

function known<T>(value: T): Derived<T> {
  return { value, missing: [] };
}
function waitingFor<T>(...missing: string[]): Derived<T> {
  return { value: undefined, missing };
}

/** The Chinese units of the project: the lead and the domestic participants. */
export function chineseUnitsOf(facts: ApplicationFacts): Derived<OrganisationFacts[]> {
  const domestic = facts.participants?.domestic;
  if (domestic === undefined) return waitingFor('participants.domestic');
  return known([facts.lead ?? {}, ...domestic]);
}

/** Path of a Chinese unit as listed by `chineseUnitsOf` (index 0 is the lead). */
export function chineseUnitPath(index: number): string {
  return index === 0 ? 'lead' : `participants.domestic[${index - 1}]`;
}

/** The lead's county classes: stated, else from its region code (`countyClassesOf`). */
export function leadCountyClasses(lead: LeadFacts | undefined): Derived<CountyClass[]> {
  if (lead?.countyClasses) return known(lead.countyClasses);
  if (lead?.regionCode) return known(countyClassesOf(lead.regionCode));
  return waitingFor('lead.regionCode');
}

/**
 * Whether the lead is registered in the named province. A region code settles it when the province is
 * in the region table (Zhejiang); otherwise `lead.isInProvince`, which means "in 浙江省", is used.
 */
export function leadIsInProvince(lead: LeadFacts | undefined, provinceName: string): Derived<boolean> {
  const province = regions.find((r) => r.level === 'province' && r.name === provinceName);
  const code = lead?.regionCode;
  if (province && code) {
    if (findRegion(code)) return known(isWithinRegion(code, province.code));
    if (code.slice(0, 2) !== province.code.slice(0, 2)) return known(false);
  }
  const isZhejiang = province?.name === '浙江省';
  if (isZhejiang && lead?.isInProvince !== undefined) return known(lead.isInProvince);
  return waitingFor(code ? 'lead.isInProvince' : 'lead.regionCode');
}

/** "浙江省" → "Zhejiang" when the province is in the region table. */
export function provinceNameEn(provinceName: string): string {
  return regions.find((r) => r.level === 'province' && r.name === provinceName)?.nameEn ?? provinceName;
}

/** The implementation period in years: stated, else from the start and end dates. */
export function projectYears(facts: ApplicationFacts): Derived<number> {
  const app = facts.application;
  if (app?.durationYears !== undefined) return known(app.durationYears);
  if (app?.startDate && app.endDate) return known(Number(periodYears(app.startDate, app.endDate).toFixed(4)));
  return waitingFor('application.durationYears');
}

/**
 * The last day of the project: the stated end date; else start + duration; else the fixed period a
 * `duration` requirement of the same evaluation prescribes (e.g. "2024年6月1日至2026年5月31日").
 */
export function projectEndDate(ctx: EvaluationContext): Derived<string> {
  const app = ctx.facts.application;
  if (app?.endDate) return known(app.endDate);
  if (app?.startDate && app.durationYears !== undefined) {
    return known(periodEnd(app.startDate, app.durationYears));
  }
  for (const r of ctx.requirements) {
    if (r.kind === 'duration' && r.params.endDate) return known(r.params.endDate);
  }
  return waitingFor('application.endDate');
}

/** Total budget: stated, else requested public funding + self-funding. */
export function totalBudget(facts: ApplicationFacts): Derived<number> {
  const app = facts.application;
  if (app?.totalBudgetWan !== undefined) return known(app.totalBudgetWan);
  if (app?.requestedFundingWan !== undefined && app.selfFundingWan !== undefined) {
    return known(app.requestedFundingWan + app.selfFundingWan);
  }
  return waitingFor(
    ...(app?.requestedFundingWan === undefined ? ['application.requestedFundingWan'] : []),
    ...(app?.selfFundingWan === undefined ? ['application.selfFundingWan'] : []),
  );
}

/** A unit's name for messages: its name, else its id, else its fact path. */
export function unitLabel(unit: OrganisationFacts, path: string): string {
  return unit.name ?? unit.id ?? path;
}
