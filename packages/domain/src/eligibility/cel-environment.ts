import { type ASTNode, Environment, type ParseResult } from '@marcbachmann/cel-js';
import { chineseUnitsOf, leadCountyClasses, leadIsInProvince } from './derived-facts';
import type { EvaluationContext } from './evaluation-context';

/**
 * The variables a one-off rule (`kind: expression`, written in CEL) can read. Field names are those of
 * `applicationFactsSchema`; numbers are CEL doubles, dates `YYYY-MM-DD` strings, `now` a timestamp.
 */
export const ruleVariables = {
  application: 'the project as drafted: requestedFundingWan, subTopics[], horizonEuropeProject, …',
  lead: 'the lead organisation; countyClasses and isInProvince filled in from regionCode when possible',
  participants: '{domestic: [...], foreign: [...]} participating organisations',
  chineseUnits: 'the lead followed by the domestic participants',
  pi: 'the principal investigator',
  teamMembers: 'key persons other than the PI',
  attachments: 'uploaded attachments: {code, organisationId, personId, signedOn, …}',
  direction: '{callId, code, name, kind, countryCode, ancestorCodes, foreignAgency}',
  now: 'today, as a timestamp (midnight Asia/Shanghai)',
} as const;
export type RuleVariable = keyof typeof ruleVariables;

const environment = new Environment({ homogeneousAggregateLiterals: false, limits: { maxAstNodes: 2000 } });
for (const name of Object.keys(ruleVariables)) {
  environment.registerVariable(name, name === 'now' ? 'google.protobuf.Timestamp' : 'dyn');
}

/** A parsed, type-checked rule; `aliases` maps macro variables (`t` in `xs.all(t, …)`) to `xs[]`. */
export type CompiledRule =
  | { ok: true; program: ParseResult; aliases: Map<string, string> }
  | { ok: false; error: string };

const macros = new Set(['all', 'exists', 'exists_one', 'filter', 'map']);
const cache = new Map<string, CompiledRule>();
const cacheLimit = 500;

type LooseNode = { op: string; args: unknown; input?: string; start?: number; end?: number };
function isNode(x: unknown): x is LooseNode {
  return typeof x === 'object' && x !== null && 'op' in x && 'args' in x;
}

/** A select chain as a fact path: `t.leaders` inside `application.subTopics.all(t, …)` → `application.subTopics[].leaders`. */
export function pathOf(node: ASTNode | LooseNode, aliases: Map<string, string>): string {
  const n = node as LooseNode;
  if (n.op === 'id' && typeof n.args === 'string') return aliases.get(n.args) ?? n.args;
  if (Array.isArray(n.args) && isNode(n.args[0])) {
    if ((n.op === '.' || n.op === '.?') && typeof n.args[1] === 'string') {
      return `${pathOf(n.args[0], aliases)}.${n.args[1]}`;
    }
    if (n.op === '[]' || n.op === '[?]') return `${pathOf(n.args[0], aliases)}[]`;
  }
  return n.input?.slice(n.start, n.end) ?? n.op;
}

function collectAliases(node: unknown, aliases: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectAliases(child, aliases);
    return;
  }
  if (!isNode(node)) return;
  const args = node.args;
  if (node.op === 'rcall' && Array.isArray(args) && typeof args[0] === 'string' && macros.has(args[0])) {
    const [, receiver, params] = args;
    const variable: unknown = Array.isArray(params) ? params[0] : undefined;
    if (isNode(receiver) && isNode(variable) && variable.op === 'id' && typeof variable.args === 'string') {
      aliases.set(variable.args, `${pathOf(receiver, aliases)}[]`);
    }
  }
  collectAliases(args, aliases);
}

function summaryOf(error: unknown): string {
  if (error instanceof Error)
    return ('summary' in error && typeof error.summary === 'string' && error.summary) || error.message;
  return String(error);
}

/** Parses and type-checks a rule once (cached). Unknown variables and syntax errors make it malformed. */
export function compileRule(source: string): CompiledRule {
  const hit = cache.get(source);
  if (hit) return hit;
  let compiled: CompiledRule;
  try {
    const program = environment.parse(source);
    const checked = program.check();
    if (!checked.valid) compiled = { ok: false, error: summaryOf(checked.error) };
    else if (checked.type !== 'bool' && checked.type !== 'dyn') {
      compiled = { ok: false, error: `the rule gives a ${checked.type}, not true/false` };
    } else {
      const aliases = new Map<string, string>();
      collectAliases(program.ast, aliases);
      compiled = { ok: true, program, aliases };
    }
  } catch (error) {
    compiled = { ok: false, error: summaryOf(error) };
  }
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

/** Null when the rule parses and type-checks; otherwise why not. For authoring and catalogue tests. */
export function validateRuleExpression(source: string): string | null {
  const compiled = compileRule(source);
  return compiled.ok ? null : compiled.error;
}

/** The CEL variables for a set of facts. Absent facts are absent variables (the rule comes out unknown). */
export function ruleVariablesOf(ctx: EvaluationContext): Record<string, unknown> {
  const { facts } = ctx;
  const lead = facts.lead && {
    ...facts.lead,
    countyClasses: leadCountyClasses(facts.lead).value,
    isInProvince: leadIsInProvince(facts.lead, '浙江省').value,
  };
  const values: Record<RuleVariable, unknown> = {
    application: facts.application,
    lead,
    participants: facts.participants,
    chineseUnits: facts.lead ? chineseUnitsOf(facts).value : undefined,
    pi: facts.pi,
    teamMembers: facts.teamMembers,
    attachments: facts.attachments,
    direction: ctx.direction ?? undefined,
    now: ctx.today ? new Date(`${ctx.today}T00:00:00+08:00`) : undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
