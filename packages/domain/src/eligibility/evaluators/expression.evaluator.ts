import { EvaluationError } from '@marcbachmann/cel-js';
import { compileRule, pathOf, ruleVariablesOf } from '../cel-environment';
import { fail, pass, undecidable, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

const missingCodes = new Set(['unknown_variable', 'no_such_key']);

/**
 * A one-off rule written in CEL (see `ruleVariables`). A missing variable or field → unknown with its
 * path; a rule that does not parse or type-check → unknown, flagged as malformed.
 */
export const evaluateExpression: Evaluator<'expression'> = ({ expression }, ctx, rule) => {
  const compiled = compileRule(expression);
  if (!compiled.ok) {
    return undecidable(
      `规则表达式有误，无法自动判断（${compiled.error}），请联系管理员`,
      `The rule is malformed and cannot be checked automatically (${compiled.error})`,
    );
  }
  let result: unknown;
  try {
    result = compiled.program(ruleVariablesOf(ctx));
  } catch (error) {
    if (error instanceof EvaluationError && missingCodes.has(error.code) && error.node) {
      return unknown([pathOf(error.node, compiled.aliases)], rule);
    }
    const why = error instanceof EvaluationError ? error.summary : String(error);
    return undecidable(
      `规则无法按当前填写的信息求值（${why}）`,
      `The rule could not be evaluated on the facts given (${why})`,
    );
  }
  if (typeof result !== 'boolean') {
    return undecidable(
      '规则表达式有误：结果不是“是/否”，请联系管理员',
      'The rule is malformed: it does not give true or false',
    );
  }
  return result
    ? pass(`符合：${rule['zh-CN']}`, `Met: ${rule['en-US']}`)
    : fail(`不符合：${rule['zh-CN']}`, `Not met: ${rule['en-US']}`);
};
