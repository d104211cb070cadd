import type { EffectiveValue, ResolvedDirection } from '../api/catalogue-types';

/** The fields a direction page shows, in reading order; the last two are stated on the node only. */
export const directionFields = [
  'countryOrRegion',
  'priorityFields',
  'researchContent',
  'performanceGoal',
  'kpis',
  'applicantTypes',
  'leadRequirement',
  'organisationMode',
  'fundingCapWan',
  'fundingRangeWan',
  'durationYears',
  'bilateral',
  'foreignAgency',
  'foreignUrl',
  'foreignDeadline',
  'plannedProjects',
  'plannedBudgetWan',
] as const;
export type DirectionField = (typeof directionFields)[number];

export function isDirectionField(value: string): value is DirectionField {
  return (directionFields as readonly string[]).includes(value);
}

/** Parts of structured values that a change can name: foreignDeadline.date, durationYears.max … */
export const fieldParts = [
  'date',
  'text',
  'status',
  'min',
  'max',
  'code',
  'name',
  'nameEn',
  'subRegions',
] as const;
export type FieldPart = (typeof fieldParts)[number];

export function isFieldPart(value: string): value is FieldPart {
  return (fieldParts as readonly string[]).includes(value);
}

/** The value of a field on this direction: resolved with inheritance, or the node's own for the others. */
export function effectiveOf(resolved: ResolvedDirection, field: DirectionField): EffectiveValue | null {
  const inherited = resolved.effective[field];
  if (inherited) return inherited;
  const own = (resolved.node as unknown as Record<string, unknown>)[field];
  if (own === undefined || own === null) return null;
  return { value: own, inheritedFrom: null, source: resolved.node.sources[field] ?? null };
}
