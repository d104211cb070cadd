import { fail, pass, undecidable, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/** 项目名称格式: the project name matches the rule's regular expression (Unicode mode). */
export const evaluateProjectNamePattern: Evaluator<'projectNamePattern'> = (
  { pattern, description },
  ctx,
) => {
  const name = ctx.facts.application?.name;
  if (name === undefined) {
    return unknown(['application.name'], {
      'zh-CN': `名称格式：${description}`,
      'en-US': `name pattern: ${description}`,
    });
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undecidable(
      `规则有误：名称格式“${pattern}”不是有效的正则表达式，请联系管理员`,
      `The rule is malformed: "${pattern}" is not a valid regular expression`,
    );
  }
  return regex.test(name)
    ? pass(
        `项目名称“${name}”符合“${description}”的格式`,
        `The project name "${name}" follows the pattern "${description}"`,
      )
    : fail(
        `项目名称“${name}”不符合“${description}”的格式`,
        `The project name "${name}" does not follow the pattern "${description}"`,
      );
};

/** 技术成熟度不超过 4 级: TRL ≤ max. */
export const evaluateTrlMax: Evaluator<'trlMax'> = ({ max }, ctx) => {
  const trl = ctx.facts.application?.trl;
  if (trl === undefined) {
    return unknown(['application.trl'], {
      'zh-CN': `技术成熟度不超过 ${max} 级`,
      'en-US': `TRL at most ${max}`,
    });
  }
  return trl <= max
    ? pass(`技术成熟度 ${trl} 级，未超过 ${max} 级`, `TRL ${trl} is within the maximum of ${max}`)
    : fail(`技术成熟度 ${trl} 级，超过 ${max} 级`, `TRL ${trl} exceeds the maximum of ${max}`);
};
