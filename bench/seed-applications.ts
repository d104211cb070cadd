// Bulk data for the office entries: enterprises in every Zhejiang county, one recommending bureau per city, and
// N applications spread over every direction of the loaded calls, over the lifecycle's states and over the cities,
// written with a few INSERT … SELECT generate_series statements (seconds, not an hour of API calls).
import { regions } from '@yanzhen/domain';

export type Exec = (statement: string) => Promise<unknown>;

/**
 * State by `g % 20`: 10% recommended (so `state=recommended` selects exactly N/10 rows), 20% drafts, the rest
 * spread over the other states. Every state from recommended on carries the recommender of the lead's city.
 */
const stateByRemainder = [
  'recommended', // 0
  'draft', // 1
  'submitted', // 2
  'orgApproved', // 3
  'orgApproved', // 4
  'returned', // 5
  'withdrawn', // 6
  'recommenderRejected', // 7
  'inFormalReview', // 8
  'acceptedForExpertReview', // 9
  'recommended', // 10
  'returnedForCorrection', // 11
  'rejected', // 12
  'draft', // 13
  'draft', // 14
  'draft', // 15
  'submitted', // 16
  'submitted', // 17
  'orgApproved', // 18
  'orgApproved', // 19
];
const recommendedOnwards = new Set([
  'recommended',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
]);

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (xs: readonly string[]) => `array[${xs.map(literal).join(',')}]::text[]`;

/** Seeds `count` applications led by `organisations` enterprises; `createdBy` is any existing user's id. */
export async function seedApplications(
  exec: Exec,
  options: { count: number; organisations: number; createdBy: string },
): Promise<void> {
  const counties = regions.filter((r) => r.level === 'county').map((r) => r.code);
  const cities = regions.filter((r) => r.level === 'city');
  const states = textArray(stateByRemainder);
  const recommendedCase = [...recommendedOnwards].map(literal).join(',');
  // one bureau per city, answering for the whole city (as the demo's 丽水市科学技术局 does)
  for (const city of cities) {
    await exec(`insert into organisations (name, type, region_code, country, status)
      select ${literal(`${city.name}科学技术局（基准）`)}, 'governmentBody', ${literal(city.code)}, 'CN', 'verified'
      where not exists (select 1 from organisations where name = ${literal(`${city.name}科学技术局（基准）`)})`);
    await exec(`insert into jurisdictions (recommender_organisation_id, region_code)
      select id, ${literal(city.code)} from organisations where name = ${literal(`${city.name}科学技术局（基准）`)}
      and not exists (select 1 from jurisdictions j where j.recommender_organisation_id = organisations.id)`);
  }
  await exec(`insert into organisations (name, type, region_code, country, status)
    select '基准企业' || g, 'enterprise', (${textArray(counties)})[1 + g % ${counties.length}], 'CN', 'verified'
    from generate_series(1, ${options.organisations}) g`);
  await exec(`create temporary table bench_directions as
    select row_number() over (order by d.call_id, d.position) - 1 as i, d.call_id, d.code
    from catalogue_directions d join catalogue_calls c on c.id = d.call_id where c.status = 'published'`);
  await exec(`create temporary table bench_orgs as
    select row_number() over (order by o.id) - 1 as i, o.id, o.region_code, b.id as bureau_id
    from organisations o
    join organisations b on b.type = 'governmentBody' and b.name like '%科学技术局（基准）'
      and b.region_code = substr(o.region_code, 1, 4) || '00'
    where o.name like '基准企业%'`);
  await exec(`insert into applications (call_id, direction_code, organisation_id, created_by, state, content, title,
      public_funding_wan, submission_count, recommender_organisation_id, recommended_at, last_saved_at, created_at)
    select d.call_id, d.code, o.id, ${literal(options.createdBy)}::uuid, s.state,
      jsonb_build_object(
        'basics', jsonb_build_object('title', '基准项目' || g, 'startDate', '2026-07-01', 'endDate', '2028-06-30'),
        'budget', jsonb_build_object('publicFundingWan', 10 + g % 140, 'selfFundingWan', 4 * (10 + g % 140),
          'rdInvestmentWan', 5 * (10 + g % 140)),
        'principalInvestigator', jsonb_build_object('name', '负责人' || g % 997, 'phone', '0578-' || (1000000 + g)),
        'sections', jsonb_build_object('summary',
          (select string_agg(md5(g::text || '-' || k::text), '') from generate_series(1, 12) k))
      ),
      '基准项目' || g || case when g % 7 = 0 then ' 智能装备' when g % 7 = 1 then ' 生命健康' else '' end,
      10 + g % 140,
      case when s.state = 'draft' then 0 else 1 end,
      case when s.state in (${recommendedCase}) then o.bureau_id end,
      case when s.state in (${recommendedCase}) then now() - (g % 1000) * interval '1 minute' end,
      now() - (g % 5000) * interval '1 minute',
      now() - (g % 5000) * interval '1 minute'
    from generate_series(0, ${options.count - 1}) g
    join bench_directions d on d.i = g % (select count(*) from bench_directions)
    join bench_orgs o on o.i = (g * 7919) % (select count(*) from bench_orgs)
    cross join lateral (select (${states})[1 + g % 20] as state) s`);
  await exec('drop table bench_directions');
  await exec('drop table bench_orgs');
  await exec('analyze');
}
