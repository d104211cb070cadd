import type { PiFacts } from '../application-facts.schema';
import { addYears } from '../calendar-date';
import { projectEndDate } from '../derived-facts';
import { attachmentName } from '../evaluation-context';
import { fail, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/**
 * Statutory retirement ages before the 2025 reform: men 60, women 55 (cadres and professional staff,
 * which PIs normally are; women workers retired at 50). The reform (全国人大常委会 2024-09-13, from
 * 2025-01-01) raises them month by month towards 63 / 58 / 55, so these ages are never later than the
 * real ones: the approximation can ask for a commitment letter that turns out unnecessary, never the
 * reverse. `pi.retirementAge`, when given, replaces it.
 */
export const retirementAgesBefore2025 = { male: 60, female: 55 } as const;

type Age = { age: number; basis: 'given' | 'approximate' | 'academician' };

function statutoryAge(pi: PiFacts): Age | undefined {
  if (pi.retirementAge !== undefined) return { age: pi.retirementAge, basis: 'given' };
  if (pi.sex) return { age: retirementAgesBefore2025[pi.sex], basis: 'approximate' };
  return undefined;
}

const approximationNote = {
  'zh-CN':
    '（退休年龄按2025年改革前的法定年龄估算：男60周岁、女55周岁；改革后逐步延迟，请以人事部门核定为准）',
  'en-US':
    ' (retirement age approximated with the pre-2025 statutory ages, 60 for men and 55 for women; the 2025 reform raises them gradually, so confirm with HR)',
};

/**
 * 项目实施期内将到达法定退休年龄（院士70周岁）的，须附承诺书: if the PI reaches retirement age on or
 * before the project's last day, the commitment attachment must be uploaded.
 */
export const evaluatePiRetirement: Evaluator<'piRetirement'> = (params, ctx, rule) => {
  const pi = ctx.facts.pi;
  const birthDate = pi?.birthDate;
  const projectEnd = projectEndDate(ctx);
  const end = projectEnd.value;
  if (pi === undefined || birthDate === undefined || end === undefined) {
    return unknown([...(birthDate === undefined ? ['pi.birthDate'] : []), ...projectEnd.missing], rule);
  }
  // Without sex or a given age, the youngest statutory age still settles a PI who is far from it.
  const youngest: Age = { age: Math.min(...Object.values(retirementAgesBefore2025)), basis: 'approximate' };
  const statutory = statutoryAge(pi) ?? youngest;
  const academician: Age | undefined =
    params.academicianAge === undefined ? undefined : { age: params.academicianAge, basis: 'academician' };
  const ages: Age[] =
    pi.isAcademician === true && academician
      ? [academician]
      : pi.isAcademician === undefined && academician
        ? [statutory, academician]
        : [statutory];
  const reaches = ages.map((a) => addYears(birthDate, a.age) <= end);
  const [age] = ages;
  if (!age) return unknown(['pi.sex'], rule);
  if (reaches[ages.indexOf(youngest)]) return unknown(['pi.sex', 'pi.retirementAge'], rule);
  if (new Set(reaches).size > 1) return unknown(['pi.isAcademician'], rule);
  const retiresOn = addYears(birthDate, age.age);
  const note = age.basis === 'approximate' ? approximationNote : { 'zh-CN': '', 'en-US': '' };
  if (!reaches[0]) {
    return pass(
      `项目负责人于 ${retiresOn} 年满 ${age.age} 周岁，晚于项目结束日 ${end}${note['zh-CN']}`,
      `The PI turns ${age.age} on ${retiresOn}, after the project ends on ${end}${note['en-US']}`,
    );
  }
  const reached = `项目负责人于 ${retiresOn} 年满 ${age.age} 周岁（退休年龄），不晚于项目结束日 ${end}`;
  const reachedEn = `The PI turns ${age.age} (retirement age) on ${retiresOn}, on or before the project ends on ${end}`;
  const code = params.commitmentAttachment;
  if (code === undefined) {
    return fail(`${reached}，不得申报${note['zh-CN']}`, `${reachedEn}; the PI may not apply${note['en-US']}`);
  }
  const name = attachmentName(ctx, code);
  const attachments = ctx.facts.attachments;
  if (attachments === undefined) return unknown(['attachments'], name);
  return attachments.some((a) => a.code === code)
    ? pass(
        `${reached}，已附${name['zh-CN']}${note['zh-CN']}`,
        `${reachedEn}; ${name['en-US']} attached${note['en-US']}`,
      )
    : fail(
        `${reached}，须附单位出具的${name['zh-CN']}${note['zh-CN']}`,
        `${reachedEn}; the organisation's ${name['en-US']} must be attached${note['en-US']}`,
      );
};
