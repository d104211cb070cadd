import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { applications, catalogueCalls, catalogueDirections, organisations } from '../../db/schema';
import type { ListFilters } from './office-dashboard.schema';
import { fundingStates, officeListStates, submittedStates } from './office-dashboard.scope';

const recommenders = alias(organisations, 'recommender');

/** `column in ($1, $2, …)` over a fixed list of states. */
const inStates = (column: SQL | typeof applications.state, states: readonly string[]) =>
  sql`${column} in (${sql.join(
    states.map((s) => sql`${s}`),
    sql`, `,
  )})`;

/** The city (prefecture) of a county-level region code: 331181 → 331100; null for anything else. */
const cityOf = (regionCode: typeof organisations.regionCode) =>
  sql<string | null>`case when ${regionCode} ~ '^[0-9]{6}$' then substr(${regionCode}, 1, 4) || '00' end`;

async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type BreakdownRow = {
  dimension: 'state' | 'city' | 'recommender' | 'country' | 'call' | 'category' | 'field' | 'direction';
  state: string | null;
  cityCode: string | null;
  recommenderId: string | null;
  recommenderName: string | null;
  countryCode: string | null;
  countryName: string | null;
  callId: string | null;
  callTitle: string | null;
  categoryCode: string | null;
  categoryName: string | null;
  total: number;
  submitted: number;
  active: number;
  requestedWan: number;
};

export type FieldRow = { field: string | null; submitted: number; active: number; requestedWan: number };

export type DirectionFundingRow = {
  callId: string;
  callTitle: string;
  code: string;
  name: string;
  countryName: string | null;
  fundingCapWan: number | null;
  plannedBudgetWan: number | null;
  plannedProjects: number | null;
  applications: number;
  requestedWan: number;
};

/**
 * The programme office's overview, computed in the database: counts and sums by state, city, recommending body,
 * partner country, field, call and category, and requested funding per direction. Lists and exports read only
 * the columns they show (never the application content).
 */
export function createOfficeDashboardRepository(db: Db) {
  const listColumns = {
    id: applications.id,
    callId: applications.callId,
    callTitle: catalogueCalls.title,
    directionCode: applications.directionCode,
    directionName: catalogueDirections.name,
    countryCode: catalogueDirections.countryCode,
    countryName: catalogueDirections.countryName,
    priorityFields: catalogueDirections.priorityFields,
    title: applications.title,
    state: applications.state,
    publicFundingWan: applications.publicFundingWan,
    organisationId: applications.organisationId,
    organisationName: organisations.name,
    organisationRegionCode: organisations.regionCode,
    recommenderId: recommenders.id,
    recommenderName: recommenders.name,
    recommendedAt: applications.recommendedAt,
    lastSavedAt: applications.lastSavedAt,
  };

  function listWhere(f: ListFilters): SQL {
    const where: (SQL | undefined)[] = [inStates(applications.state, f.state ? [f.state] : officeListStates)];
    if (f.callId) where.push(eq(applications.callId, f.callId));
    if (f.city) where.push(sql`${organisations.regionCode} like ${`${f.city.slice(0, 4)}%`}`);
    if (f.recommender) where.push(eq(applications.recommenderOrganisationId, f.recommender));
    if (f.country) {
      where.push(
        sql`(${catalogueDirections.countryCode} = ${f.country} or ${catalogueDirections.countryName} = ${f.country})`,
      );
    }
    if (f.field)
      where.push(sql`${catalogueDirections.priorityFields} @> ${JSON.stringify([f.field])}::jsonb`);
    for (const term of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      where.push(sql`${applications.title} ilike ${`%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}`);
    }
    return and(...where)!;
  }

  const listFrom = () =>
    db
      .select(listColumns)
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .innerJoin(catalogueCalls, eq(catalogueCalls.id, applications.callId))
      .leftJoin(
        catalogueDirections,
        and(
          eq(catalogueDirections.callId, applications.callId),
          eq(catalogueDirections.code, applications.directionCode),
        ),
      )
      .leftJoin(recommenders, eq(recommenders.id, applications.recommenderOrganisationId));

  return {
    /**
     * Every figure of the overview in one statement. The applications are counted once per (state, call,
     * direction, recommender) and once per (state, lead organisation) — two scans with cheap keys — and everything
     * else is grouped from those few thousand rows: by state, recommender, partner country, call and category
     * (grouping sets), by city, by field (each direction's priority fields unnested once), and per direction of the
     * catalogue (directions without applications included) with its planned figures.
     */
    async overview(callId: string | undefined) {
      const a = applications;
      const d = catalogueDirections;
      const c = catalogueCalls;
      const o = organisations;
      const where = callId ? sql`where ${a.callId} = ${callId}` : sql``;
      const sums = sql`sum(n)::int as "total",
          (sum(n) filter (where ${inStates(sql`state`, submittedStates)}))::int as "submitted",
          (sum(n) filter (where ${inStates(sql`state`, fundingStates)}))::int as "active",
          coalesce(sum(wan) filter (where ${inStates(sql`state`, fundingStates)}), 0)::float8 as "requestedWan"`;
      // the columns only the per-direction rows fill
      const noDirection = sql`null as "field", null as "code", null as "name", null::float8 as "fundingCapWan",
          null::float8 as "plannedBudgetWan", null::float8 as "plannedProjects", null::int as "year",
          null::int as "position"`;
      type Row = BreakdownRow & {
        field: string | null;
        code: string | null;
        name: string | null;
        fundingCapWan: number | null;
        plannedBudgetWan: number | null;
        plannedProjects: number | null;
      };
      const rows = await rowsOf<Row>(
        db,
        sql`with grain as (
          select ${a.state} as state, ${a.callId} as call_id, ${a.directionCode} as direction_code,
            ${a.recommenderOrganisationId} as recommender_id, count(*) as n,
            coalesce(sum(${a.publicFundingWan}), 0) as wan
          from ${a} ${where}
          group by 1, 2, 3, 4
        ), by_lead as (
          select ${a.state} as state, ${a.organisationId} as organisation_id, count(*) as n,
            coalesce(sum(${a.publicFundingWan}), 0) as wan
          from ${a} ${where}
          group by 1, 2
        ), named as (
          select grain.*, ${d.countryCode} as country_code, ${d.countryName} as country_name,
            ${d.categoryCode} as category_code, ${d.categoryName} as category_name, ${c.title} as call_title,
            recommender.name as recommender_name
          from grain
          join ${c} on ${c.id} = grain.call_id
          left join ${o} as recommender on recommender.id = grain.recommender_id
          left join ${d} on ${d.callId} = grain.call_id and ${d.code} = grain.direction_code
        ), per_direction as (
          select call_id, direction_code, ${sums}
          from grain
          group by call_id, direction_code
        )
        select
          case
            when grouping(state) = 0 then 'state'
            when grouping(recommender_id) = 0 then 'recommender'
            when grouping(country_code, country_name) = 0 then 'country'
            when grouping(category_code) = 0 then 'category'
            else 'call'
          end as "dimension",
          state as "state", null as "cityCode",
          recommender_id::text as "recommenderId", max(recommender_name) as "recommenderName",
          country_code as "countryCode", country_name as "countryName",
          call_id as "callId", max(call_title) as "callTitle",
          category_code as "categoryCode", max(category_name) as "categoryName",
          ${noDirection},
          ${sums}
        from named
        group by grouping sets (
          (state), (recommender_id), (country_code, country_name), (call_id), (call_id, category_code)
        )
        union all
        select 'city', null, ${cityOf(o.regionCode)}, null, null, null, null, null, null, null, null,
          ${noDirection}, ${sums}
        from by_lead join ${o} on ${o.id} = by_lead.organisation_id
        group by ${cityOf(o.regionCode)}
        union all
        select 'field', null, null, null, null, null, null, null, null, null, null,
          f.field, null, null, null, null, null, null, null,
          sum(p."submitted")::int, sum(p."submitted")::int, sum(p."active")::int, sum(p."requestedWan")::float8
        from per_direction p
        left join ${d} on ${d.callId} = p.call_id and ${d.code} = p.direction_code
        left join lateral jsonb_array_elements_text(${d.priorityFields}) as f(field) on true
        where p."submitted" > 0
        group by f.field
        union all
        select 'direction', null, null, null, null, null, ${d.countryName}, ${d.callId}, ${c.title}, null, null,
          null, ${d.code}, ${d.name}, ${d.fundingCapWan},
          (${d.resolved} -> 'node' ->> 'plannedBudgetWan')::float8,
          (${d.resolved} -> 'node' ->> 'plannedProjects')::float8,
          ${c.year}, ${d.position},
          coalesce(p."total", 0), coalesce(p."submitted", 0), coalesce(p."active", 0),
          coalesce(p."requestedWan", 0)
        from ${d}
        join ${c} on ${c.id} = ${d.callId}
        left join per_direction p on p.call_id = ${d.callId} and p.direction_code = ${d.code}
        ${callId ? sql`where ${d.callId} = ${callId}` : sql``}
        order by "year" desc nulls last, "callId", "position"`,
      );
      const breakdowns = rows.filter((r) => r.dimension !== 'field' && r.dimension !== 'direction');
      const fields: FieldRow[] = rows
        .filter((r) => r.dimension === 'field')
        .map((r) => ({
          field: r.field,
          submitted: r.submitted,
          active: r.active,
          requestedWan: r.requestedWan,
        }));
      const directions: DirectionFundingRow[] = rows
        .filter((r) => r.dimension === 'direction')
        .map((r) => ({
          callId: r.callId!,
          callTitle: r.callTitle ?? '',
          code: r.code!,
          name: r.name ?? '',
          countryName: r.countryName,
          fundingCapWan: r.fundingCapWan,
          plannedBudgetWan: r.plannedBudgetWan,
          plannedProjects: r.plannedProjects,
          applications: r.active,
          requestedWan: r.requestedWan,
        }));
      return { breakdowns, fields, directions };
    },

    /** One page of the office's list, most recently recommended first, with the number of matches. */
    async listPage(f: ListFilters, page: { limit: number; offset: number }) {
      const where = listWhere(f);
      const rows = await listFrom()
        .where(where)
        .orderBy(sql`${applications.recommendedAt} desc nulls last`, desc(applications.id))
        .limit(page.limit)
        .offset(page.offset);
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .leftJoin(
          catalogueDirections,
          and(
            eq(catalogueDirections.callId, applications.callId),
            eq(catalogueDirections.code, applications.directionCode),
          ),
        )
        .where(where);
      return { rows, total: count?.n ?? 0 };
    },

    /**
     * Every match of the filters in batches, ordered by call, direction and id (keyset pagination: each batch
     * starts where the last one ended, so a large export never sorts or skips the whole set again).
     */
    async *listAll(f: ListFilters, batchSize = 5000) {
      let after: { callId: string; directionCode: string; id: string } | null = null;
      for (;;) {
        const where: SQL = after
          ? sql`${listWhere(f)} and (${applications.callId}, ${applications.directionCode}, ${applications.id}) > (${after.callId}, ${after.directionCode}, ${after.id})`
          : listWhere(f);
        const rows: OfficeListRow[] = await listFrom()
          .where(where)
          .orderBy(applications.callId, applications.directionCode, applications.id)
          .limit(batchSize);
        if (rows.length) yield rows;
        if (rows.length < batchSize) return;
        const last: OfficeListRow = rows[rows.length - 1]!;
        after = { callId: last.callId, directionCode: last.directionCode, id: last.id };
      }
    },

    /** Names of the calls, for the call selector. */
    async listCalls() {
      return db
        .select({ id: catalogueCalls.id, title: catalogueCalls.title, year: catalogueCalls.year })
        .from(catalogueCalls)
        .orderBy(desc(catalogueCalls.year), catalogueCalls.id);
    },
  };
}
export type OfficeDashboardRepository = ReturnType<typeof createOfficeDashboardRepository>;
export type OfficeListRow = Awaited<ReturnType<OfficeDashboardRepository['listPage']>>['rows'][number];
