import {
  type ApplicationState,
  applicationStateLabels,
  applicationStates,
  findRegion,
  toShanghaiIso,
} from '@yanzhen/domain';
import { z } from 'zod';
import { fundingRatio, plannedFunding, roundWan } from './office-dashboard.funding';
import type {
  BreakdownRow,
  DirectionFundingRow,
  FieldRow,
  OfficeListRow,
} from './office-dashboard.repository';

const label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const bucket = { count: z.number(), requestedWan: z.number() };

export const dashboardSchema = z.object({
  callId: z.string().nullable(),
  generatedAt: z.string(),
  totals: z.object({
    applications: z.number(),
    drafts: z.number(),
    submitted: z.number(),
    inRunning: z.number(),
    requestedWan: z.number(),
    plannedWan: z.number(),
    directionsWithPlan: z.number(),
    directions: z.number(),
  }),
  byState: z.array(z.object({ code: z.string(), label, count: z.number(), requestedWan: z.number() })),
  byCity: z.array(z.object({ code: z.string().nullable(), name: label.nullable(), ...bucket })),
  byRecommender: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), ...bucket })),
  byCountry: z.array(z.object({ code: z.string().nullable(), name: z.string().nullable(), ...bucket })),
  byField: z.array(z.object({ field: z.string().nullable(), ...bucket })),
  byCall: z.array(z.object({ id: z.string(), title: z.string(), ...bucket })),
  byCategory: z.array(
    z.object({ callId: z.string(), code: z.string().nullable(), name: z.string().nullable(), ...bucket }),
  ),
  directions: z.array(
    z.object({
      callId: z.string(),
      callTitle: z.string(),
      code: z.string(),
      name: z.string(),
      countryName: z.string().nullable(),
      applications: z.number(),
      requestedWan: z.number(),
      plannedWan: z.number().nullable(),
      plannedBasis: z.enum(['plannedBudget', 'capTimesProjects']).nullable(),
      ratio: z.number().nullable(),
    }),
  ),
});
export type DashboardView = z.infer<typeof dashboardSchema>;

export const officeListItemSchema = z.object({
  id: z.string(),
  callId: z.string(),
  callTitle: z.string(),
  directionCode: z.string(),
  directionName: z.string().nullable(),
  countryCode: z.string().nullable(),
  countryName: z.string().nullable(),
  fields: z.array(z.string()),
  title: z.string(),
  state: z.object({ code: z.string(), label }),
  publicFundingWan: z.number().nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), cityName: label.nullable() }),
  recommender: z.object({ id: z.string(), name: z.string() }).nullable(),
  recommendedAt: z.string().nullable(),
  lastSavedAt: z.string(),
});
export const officeListSchema = z.object({
  items: z.array(officeListItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const stateLabel = (state: string) =>
  applicationStateLabels[state as ApplicationState]?.staff ?? { 'zh-CN': state, 'en-US': state };

/** The city a region code lies in, as a bilingual name: 331181 → 丽水市 / Lishui. */
export function cityLabel(regionCode: string | null): { 'zh-CN': string; 'en-US': string } | null {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return null;
  const city = findRegion(`${regionCode.slice(0, 4)}00`) ?? findRegion(regionCode);
  return city ? { 'zh-CN': city.name, 'en-US': city.nameEn } : null;
}

const byCountDesc = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
const submittedBucket = (r: { submitted: number; requestedWan: number }) => ({
  count: r.submitted,
  requestedWan: roundWan(r.requestedWan),
});

/** Assembles the overview from the grouped rows; labels come from the lifecycle table and the region list. */
export function presentDashboard(
  callId: string | undefined,
  breakdowns: BreakdownRow[],
  fields: FieldRow[],
  directionRows: DirectionFundingRow[],
  now: Date,
): DashboardView {
  const of = (dimension: BreakdownRow['dimension']) =>
    breakdowns.filter((r) => r.dimension === dimension && (dimension === 'state' || r.submitted > 0));
  const states = new Map(of('state').map((r) => [r.state, r]));
  const directions = directionRows.map((d) => {
    const planned = plannedFunding(d);
    return {
      callId: d.callId,
      callTitle: d.callTitle,
      code: d.code,
      name: d.name,
      countryName: d.countryName,
      applications: d.applications,
      requestedWan: roundWan(d.requestedWan),
      plannedWan: planned ? roundWan(planned.wan) : null,
      plannedBasis: planned?.basis ?? null,
      ratio: fundingRatio(d.requestedWan, planned),
    };
  });
  const stateRows = [...states.values()];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    callId: callId ?? null,
    generatedAt: toShanghaiIso(now),
    totals: {
      applications: sum(stateRows.map((r) => r.total)),
      drafts: states.get('draft')?.total ?? 0,
      submitted: sum(stateRows.map((r) => r.submitted)),
      inRunning: sum(stateRows.map((r) => r.active)),
      requestedWan: roundWan(sum(stateRows.map((r) => r.requestedWan))),
      plannedWan: roundWan(sum(directions.map((d) => d.plannedWan ?? 0))),
      directionsWithPlan: directions.filter((d) => d.plannedWan !== null).length,
      directions: directions.length,
    },
    byState: applicationStates.map((code) => ({
      code,
      label: stateLabel(code),
      count: states.get(code)?.total ?? 0,
      requestedWan: roundWan(states.get(code)?.requestedWan ?? 0),
    })),
    byCity: of('city')
      .map((r) => ({ code: r.cityCode, name: cityLabel(r.cityCode), ...submittedBucket(r) }))
      .sort(byCountDesc),
    byRecommender: of('recommender')
      .map((r) => ({ id: r.recommenderId, name: r.recommenderName, ...submittedBucket(r) }))
      .sort(byCountDesc),
    byCountry: of('country')
      .map((r) => ({ code: r.countryCode, name: r.countryName, ...submittedBucket(r) }))
      .sort(byCountDesc),
    byField: fields
      .map((r) => ({ field: r.field, ...submittedBucket(r) }))
      .filter((r) => r.count > 0)
      .sort(byCountDesc),
    byCall: of('call')
      .map((r) => ({ id: r.callId ?? '', title: r.callTitle ?? '', ...submittedBucket(r) }))
      .sort(byCountDesc),
    byCategory: of('category')
      .map((r) => ({
        callId: r.callId ?? '',
        code: r.categoryCode,
        name: r.categoryName,
        ...submittedBucket(r),
      }))
      .sort(byCountDesc),
    directions,
  };
}

export function presentListItem(r: OfficeListRow): z.infer<typeof officeListItemSchema> {
  return {
    id: r.id,
    callId: r.callId,
    callTitle: r.callTitle,
    directionCode: r.directionCode,
    directionName: r.directionName,
    countryCode: r.countryCode,
    countryName: r.countryName,
    fields: Array.isArray(r.priorityFields) ? (r.priorityFields as string[]) : [],
    title: r.title,
    state: { code: r.state, label: stateLabel(r.state) },
    publicFundingWan: r.publicFundingWan,
    organisation: {
      id: r.organisationId,
      name: r.organisationName,
      cityName: cityLabel(r.organisationRegionCode),
    },
    recommender: r.recommenderId ? { id: r.recommenderId, name: r.recommenderName ?? '' } : null,
    recommendedAt: r.recommendedAt ? toShanghaiIso(r.recommendedAt) : null,
    lastSavedAt: toShanghaiIso(r.lastSavedAt),
  };
}
