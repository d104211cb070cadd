import type { ProgrammeProject } from '../application-facts.schema';
import { type Check, combineChecks, fail, formatNumber as n, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/** 项目负责人每年赴帮扶地工作累计不少于 15 天: planned days a year ≥ the minimum (exactly 15 passes). */
export const evaluatePiOnSiteDays: Evaluator<'piOnSiteDays'> = ({ minDaysPerYear }, ctx) => {
  const days = ctx.facts.pi?.onSiteDaysPerYear;
  if (days === undefined) {
    return unknown(['pi.onSiteDaysPerYear'], {
      'zh-CN': `项目负责人每年赴帮扶地不少于 ${minDaysPerYear} 天`,
      'en-US': `PI on site at least ${minDaysPerYear} days a year`,
    });
  }
  return days >= minDaysPerYear
    ? pass(
        `项目负责人每年赴帮扶地 ${n(days)} 天，不少于要求的 ${minDaysPerYear} 天`,
        `The PI plans ${n(days)} days a year on site, at least the ${minDaysPerYear} required`,
      )
    : fail(
        `项目负责人每年赴帮扶地 ${n(days)} 天，少于要求的 ${minDaysPerYear} 天`,
        `The PI plans ${n(days)} days a year on site, fewer than the ${minDaysPerYear} required`,
      );
};

const programmeNames: Record<string, [zh: string, en: string]> = {
  'central-guidance-fund': ['中央引导地方科技发展资金', 'the central guidance fund'],
  'zhejiang-provincial-st-programmes': ['省级科技计划', 'a Zhejiang provincial S&T programme'],
  'zj-jianbing-lingyan': ['“尖兵”“领雁”研发攻关计划', 'the Pioneer and Leading Goose programme'],
  'nkrdp-intergov': ['国家重点研发计划政府间合作专项', 'the national intergovernmental key R&D programme'],
};
function programmeNamesOf(ids: string[]): { zh: string; en: string } {
  const named = ids.map((id) => programmeNames[id] ?? [id, id]);
  return { zh: named.map(([zh]) => zh).join('、'), en: named.map(([, en]) => en).join(', ') };
}

/**
 * Programme groups a rule may name instead of one programme. `zhejiang-provincial-st-programmes` is
 * any Zhejiang provincial S&T programme: level `provincial`, or a `zj-` catalogue programme id.
 */
function belongsTo(project: ProgrammeProject, programmeOrGroup: string): boolean | undefined {
  if (project.programme === programmeOrGroup) return true;
  if (programmeOrGroup !== 'zhejiang-provincial-st-programmes') return false;
  if (project.programme.startsWith('zj-')) return true;
  return project.level === undefined ? undefined : project.level === 'provincial';
}

function projectsCheck(
  projects: ProgrammeProject[] | undefined,
  banned: string[],
  path: string,
  what: { zh: string; en: string },
): Check {
  const purpose = { 'zh-CN': what.zh, 'en-US': what.en };
  if (projects === undefined) return { ok: undefined, message: purpose, missing: [path] };
  const states = projects.map((p, i) => ({ p, i, hit: banned.map((b) => belongsTo(p, b)) }));
  const hits = states.filter((s) => s.hit.includes(true));
  if (hits.length > 0) {
    const names = hits.map((h) => h.p.title ?? h.p.programme).join('、');
    return {
      ok: false,
      message: { 'zh-CN': `项目负责人${what.zh}：${names}`, 'en-US': `The PI ${what.en}: ${names}` },
    };
  }
  const open = states.filter((s) => s.hit.includes(undefined));
  if (open.length > 0)
    return { ok: undefined, message: purpose, missing: open.map((s) => `${path}[${s.i}].level`) };
  return {
    ok: true,
    message: {
      'zh-CN': `项目负责人没有${what.zh.replace(/^已?/, '')}`,
      'en-US': `The PI has no such project (${what.en})`,
    },
  };
}

/**
 * 在研项目 / 同年度立项 / 限报: the PI leads no ongoing project of the named programmes, was awarded
 * none of the named programmes this year, and is within the limit of applications in this call.
 */
export const evaluatePiConcurrentProjects: Evaluator<'piConcurrentProjects'> = (p, ctx, rule) => {
  const pi = ctx.facts.pi;
  const checks: Check[] = [];
  if (p.noOngoingProgrammes && p.noOngoingProgrammes.length > 0) {
    checks.push(
      projectsCheck(pi?.ongoingProjects, p.noOngoingProgrammes, 'pi.ongoingProjects', {
        zh: `已主持在研的${programmeNamesOf(p.noOngoingProgrammes).zh}项目`,
        en: `leads an ongoing project of ${programmeNamesOf(p.noOngoingProgrammes).en}`,
      }),
    );
  }
  if (p.noSameYearAwardsOf && p.noSameYearAwardsOf.length > 0) {
    checks.push(
      projectsCheck(pi?.sameYearAwards, p.noSameYearAwardsOf, 'pi.sameYearAwards', {
        zh: `同年度已立项${programmeNamesOf(p.noSameYearAwardsOf).zh}项目`,
        en: `was awarded a project of ${programmeNamesOf(p.noSameYearAwardsOf).en} this year`,
      }),
    );
  }
  if (p.maxApplicationsPerPi !== undefined) {
    const others = pi?.otherApplicationsThisCall;
    const max = p.maxApplicationsPerPi;
    if (others === undefined) {
      checks.push({ ok: undefined, message: rule, missing: ['pi.otherApplicationsThisCall'] });
    } else {
      const ok = others + 1 <= max;
      checks.push({
        ok,
        message: {
          'zh-CN': `项目负责人本批次共申报 ${others + 1} 项，${ok ? '未超过' : '超过'}限报的 ${max} 项`,
          'en-US': `The PI has ${others + 1} applications in this call, ${ok ? 'within' : 'over'} the limit of ${max}`,
        },
      });
    }
  }
  if (checks.length === 0) return pass('没有限制条件', 'No restriction stated');
  return combineChecks(checks, rule);
};
