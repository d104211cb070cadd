import { describeMissing } from './fact-labels';

export type Bilingual = { 'zh-CN': string; 'en-US': string };
export type Outcome = 'pass' | 'fail' | 'unknown' | 'manual';

/** What one evaluator says about one requirement for the facts at hand. */
export type Verdict = { outcome: Outcome; message: Bilingual; missing: string[] };

/** A message in both UI languages. */
export function bilingual(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, 'en-US': en };
}

/** The requirement is met; the message says how, with the numbers. */
export function pass(zh: string, en: string): Verdict {
  return { outcome: 'pass', message: bilingual(zh, en), missing: [] };
}

/** The requirement is not met; the message says why, with the numbers. */
export function fail(zh: string, en: string): Verdict {
  return { outcome: 'fail', message: bilingual(zh, en), missing: [] };
}

/** A person has to check it. */
export function manual(zh: string, en: string): Verdict {
  return { outcome: 'manual', message: bilingual(zh, en), missing: [] };
}

/** An unknown outcome: which facts are missing, and (optionally) what they are needed for. */
export function unknown(missing: string[], purpose?: Bilingual): Verdict {
  const what = describeMissing(missing);
  const zh = `尚缺${what['zh-CN']}，暂无法判断${purpose ? `：${purpose['zh-CN']}` : ''}`;
  const en = `Cannot tell yet${purpose ? ` (${purpose['en-US']})` : ''}: missing ${what['en-US']}`;
  return { outcome: 'unknown', message: bilingual(zh, en), missing: [...new Set(missing)] };
}

/** An unknown outcome for a rule that cannot be evaluated at all (malformed, engine error). */
export function undecidable(zh: string, en: string): Verdict {
  return { outcome: 'unknown', message: bilingual(zh, en), missing: [] };
}

/** The paths whose values are undefined. */
export function missingPaths(values: Record<string, unknown>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v === undefined)
    .map(([path]) => path);
}

/** One part of a compound rule: true / false / undefined (unknown), with its own message. */
export type Check = { ok: boolean | undefined; message: Bilingual; missing?: string[] };

/**
 * Combines the parts of a compound rule: any failing part fails it (every failure is listed);
 * otherwise any unknown part makes it unknown; otherwise it passes.
 */
export function combineChecks(checks: Check[], purpose: Bilingual): Verdict {
  const failed = checks.filter((c) => c.ok === false);
  if (failed.length > 0) {
    return fail(
      failed.map((c) => c.message['zh-CN']).join('；'),
      failed.map((c) => c.message['en-US']).join('; '),
    );
  }
  const open = checks.filter((c) => c.ok === undefined);
  if (open.length > 0)
    return unknown(
      open.flatMap((c) => c.missing ?? []),
      purpose,
    );
  return pass(
    checks.map((c) => c.message['zh-CN']).join('；'),
    checks.map((c) => c.message['en-US']).join('; '),
  );
}

const tolerance = 1e-9;
/** a ≥ b, tolerant of binary floating point (0.2 × 150 is 30.000000000000004). */
export function isAtLeast(a: number, b: number): boolean {
  return a >= b - tolerance * Math.max(1, Math.abs(b));
}
/** a ≤ b, tolerant of binary floating point. */
export function isAtMost(a: number, b: number): boolean {
  return a <= b + tolerance * Math.max(1, Math.abs(b));
}

/** 30.000000000000004 → "30"; 12.345 → "12.35". */
export function formatNumber(n: number): string {
  return String(Number(n.toFixed(2)));
}
/** 0.2 → "20%". */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100)}%`;
}
