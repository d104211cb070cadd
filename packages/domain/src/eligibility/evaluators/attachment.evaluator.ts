import type { AttachmentFacts } from '../application-facts.schema';
import { chineseUnitPath, chineseUnitsOf, unitLabel } from '../derived-facts';
import { attachmentName, type EvaluationContext } from '../evaluation-context';
import { type Bilingual, type Check, combineChecks, fail, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

type Holder = { label: string; id: string | undefined; path: string };

function coverage(
  holders: Holder[],
  docs: AttachmentFacts[],
  key: 'organisationId' | 'personId',
  name: Bilingual,
): Check[] {
  return holders.map((h): Check => {
    if (h.id === undefined) return { ok: undefined, message: name, missing: [`${h.path}.id`] };
    const ok = docs.some((d) => d[key] === h.id);
    return {
      ok,
      message: {
        'zh-CN': `${h.label}${ok ? '已上传' : '未上传'}${name['zh-CN']}`,
        'en-US': `${h.label}: ${name['en-US']} ${ok ? 'uploaded' : 'missing'}`,
      },
    };
  });
}

function organisationHolders(ctx: EvaluationContext): Holder[] | string[] {
  const units = chineseUnitsOf(ctx.facts);
  if (units.value === undefined) return units.missing;
  return units.value.map((u, i) => ({
    label: unitLabel(u, chineseUnitPath(i)),
    id: u.id,
    path: chineseUnitPath(i),
  }));
}

function personHolders(ctx: EvaluationContext): Holder[] | string[] {
  const { pi, teamMembers } = ctx.facts;
  if (pi === undefined || teamMembers === undefined) {
    return [...(pi === undefined ? ['pi'] : []), ...(teamMembers === undefined ? ['teamMembers'] : [])];
  }
  const people = [
    { person: pi, path: 'pi' },
    ...teamMembers.map((person, i) => ({ person, path: `teamMembers[${i}]` })),
  ];
  return people.map(({ person, path }) => ({ label: person.name ?? person.id ?? path, id: person.id, path }));
}

const isMissingList = (v: Holder[] | string[]): v is string[] => v.some((x) => typeof x === 'string');

/**
 * 须提交附件: the attachment is uploaded; per organisation (the lead and every domestic participant)
 * or per key person (the PI and every team member) when the rule says so.
 */
export const evaluateRequiredAttachment: Evaluator<'requiredAttachment'> = (params, ctx) => {
  const name = attachmentName(ctx, params.attachment);
  const attachments = ctx.facts.attachments;
  if (attachments === undefined) return unknown(['attachments'], name);
  const docs = attachments.filter((a) => a.code === params.attachment);
  if (!params.perOrganisation && !params.perKeyPerson) {
    return docs.length > 0
      ? pass(`已上传${name['zh-CN']}`, `${name['en-US']} uploaded`)
      : fail(`缺少附件：${name['zh-CN']}`, `Missing attachment: ${name['en-US']}`);
  }
  const checks: Check[] = [];
  for (const [wanted, holders, key] of [
    [params.perOrganisation, organisationHolders(ctx), 'organisationId'],
    [params.perKeyPerson, personHolders(ctx), 'personId'],
  ] as const) {
    if (!wanted) continue;
    if (isMissingList(holders)) checks.push({ ok: undefined, message: name, missing: holders });
    else checks.push(...coverage(holders, docs, key, name));
  }
  return combineChecks(checks, name);
};

function findAgreement(ctx: EvaluationContext, code: string) {
  const attachments = ctx.facts.attachments;
  if (attachments === undefined) return { missing: ['attachments'] };
  const doc = attachments.find((a) => a.code === code);
  return doc ? { doc } : { missing: [`attachments[${code}]`] };
}

/** 协议签署日期须早于 2022年1月1日: the agreement's signing date is strictly before the date. */
export const evaluateAgreementSignedBefore: Evaluator<'agreementSignedBefore'> = (p, ctx) => {
  const name = attachmentName(ctx, p.agreement);
  const purpose = {
    'zh-CN': `${name['zh-CN']}须早于 ${p.before} 签署`,
    'en-US': `${name['en-US']} signed before ${p.before}`,
  };
  const found = findAgreement(ctx, p.agreement);
  if (!found.doc) return unknown(found.missing, purpose);
  const signedOn = found.doc.signedOn;
  if (signedOn === undefined) return unknown([`attachments[${p.agreement}].signedOn`], purpose);
  return signedOn < p.before
    ? pass(
        `${name['zh-CN']}签署于 ${signedOn}，早于 ${p.before}`,
        `${name['en-US']} signed on ${signedOn}, before ${p.before}`,
      )
    : fail(
        `${name['zh-CN']}签署于 ${signedOn}，不早于 ${p.before}`,
        `${name['en-US']} signed on ${signedOn}, not before ${p.before}`,
      );
};

/** 1份协议仅支持申报1个项目: the agreement supports no other application. */
export const evaluateOnePerAgreement: Evaluator<'onePerAgreement'> = (p, ctx) => {
  const name = attachmentName(ctx, p.agreement);
  const purpose = {
    'zh-CN': `一份${name['zh-CN']}只支持一个项目`,
    'en-US': `one application per ${name['en-US']}`,
  };
  const found = findAgreement(ctx, p.agreement);
  if (!found.doc) return unknown(found.missing, purpose);
  const used = found.doc.supportsOtherApplications;
  if (used === undefined) return unknown([`attachments[${p.agreement}].supportsOtherApplications`], purpose);
  const others = used.filter((id) => id !== ctx.facts.application?.id);
  return others.length === 0
    ? pass(`${name['zh-CN']}未被其他申报使用`, `${name['en-US']} supports no other application`)
    : fail(
        `${name['zh-CN']}已用于其他申报（${others.join('、')}），一份协议只能支持一个项目`,
        `${name['en-US']} already supports another application (${others.join(', ')}); one agreement, one application`,
      );
};
