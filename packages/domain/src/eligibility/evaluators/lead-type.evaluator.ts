import { organisationTypeLabels } from '../../organisation/organisation-type';
import { leadIsInProvince, provinceNameEn } from '../derived-facts';
import { type Check, combineChecks } from '../verdict';
import type { Evaluator } from './evaluator';

/** A yes/no part of the rule: the first message when it holds (or is unknown), the second when not. */
const partCheck = (
  ok: boolean | undefined,
  zh: [string, string],
  en: [string, string],
  missing: string[],
): Check => ({
  ok,
  message: { 'zh-CN': ok === false ? zh[1] : zh[0], 'en-US': ok === false ? en[1] : en[0] },
  missing,
});

/**
 * 申报主体: the lead's type is allowed; and, where the rule says so, it is registered in the province,
 * an independent legal person, not a government body, and hosts a carrier (国合载体).
 */
export const evaluateLeadType: Evaluator<'leadType'> = (params, ctx, rule) => {
  const lead = ctx.facts.lead;
  const checks: Check[] = [];
  const allowedZh = params.allowed.map((t) => organisationTypeLabels[t]['zh-CN']).join('、');
  const allowedEn = params.allowed.map((t) => organisationTypeLabels[t]['en-US'].toLowerCase()).join(', ');
  const type = lead?.type;
  const typeOk = type === undefined ? undefined : params.allowed.some((t) => t === type);
  const label = type ? organisationTypeLabels[type] : undefined;
  checks.push(
    partCheck(
      typeOk,
      [
        `牵头单位类型（${label?.['zh-CN']}）符合要求`,
        `牵头单位为${label?.['zh-CN']}，不在允许的申报主体（${allowedZh}）之内`,
      ],
      [
        `The lead's type (${label?.['en-US'].toLowerCase()}) is allowed`,
        `The lead is a ${label?.['en-US'].toLowerCase()}, not one of the allowed types (${allowedEn})`,
      ],
      ['lead.type'],
    ),
  );
  if (params.inProvince) {
    const p = params.inProvince;
    const inProvince = leadIsInProvince(lead, p);
    checks.push(
      partCheck(
        inProvince.value,
        [`牵头单位注册在${p}`, `牵头单位不在${p}`],
        [
          `The lead is registered in ${provinceNameEn(p)}`,
          `The lead is not registered in ${provinceNameEn(p)}`,
        ],
        inProvince.missing,
      ),
    );
  }
  if (params.independentLegalPerson) {
    checks.push(
      partCheck(
        lead?.isIndependentLegalPerson,
        ['牵头单位具有独立法人资格', '牵头单位不具有独立法人资格'],
        ['The lead is an independent legal person', 'The lead is not an independent legal person'],
        ['lead.isIndependentLegalPerson'],
      ),
    );
  }
  if (params.excludeGovernment) {
    const isGovernment = type === 'governmentBody' ? true : lead?.isGovernmentBody;
    checks.push(
      partCheck(
        isGovernment === undefined ? undefined : !isGovernment,
        ['牵头单位不是政府机关', '政府机关不能作为申报单位'],
        ['The lead is not a government body', 'A government body may not apply'],
        ['lead.isGovernmentBody'],
      ),
    );
  }
  if (params.mustBeCarrierHost) {
    const carrier = lead?.carrier;
    const name = carrier?.name ?? carrier?.id ?? '';
    checks.push(
      partCheck(
        carrier === undefined ? undefined : carrier !== null,
        [`牵头单位为国合载体${name}的依托单位`, '牵头单位不是国合载体的依托单位'],
        [`The lead hosts the carrier ${name}`.trim(), 'The lead does not host a cooperation carrier'],
        ['lead.carrier'],
      ),
    );
  }
  return combineChecks(checks, rule);
};
