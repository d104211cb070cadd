import { type ShanghaiWallClock, shanghaiWallClock } from '@yanzhen/domain';
import type { DirectionRef } from './recommendation-document.types';

/**
 * How the recommender's documents write dates, money and directions. Every instant is shown as Asia/Shanghai
 * wall-clock time, whatever the server's time zone; money is 万元 with two decimals.
 */

const wanFormatter = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function shanghaiParts(date: Date): ShanghaiWallClock {
  if (Number.isNaN(date.getTime())) throw new Error('Cannot format an invalid Date.');
  return shanghaiWallClock(date);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The Asia/Shanghai calendar day in the way Chinese official documents write it: "2024年9月24日". */
export function formatChineseDate(date: Date): string {
  const { year, month, day } = shanghaiParts(date);
  return `${year}年${month}月${day}日`;
}

/** Asia/Shanghai wall-clock time, sortable as text: "2024-09-20 17:29:58". */
export function formatShanghaiTimestamp(date: Date): string {
  const { year, month, day, hour, minute, second } = shanghaiParts(date);
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/**
 * An amount of 万元 rounded to two decimals (one yuan is 0.0001 万元, so cents are lost, as on the paper form).
 * Throws on NaN or infinity: a summary sent to the programme office must not carry a broken number.
 */
export function roundWan(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new Error(`${what} is not a finite amount of 万元: ${value}`);
  return Math.round(value * 100) / 100;
}

/** The sum of amounts in 万元, added in hundredths so that binary fractions do not drift. */
export function sumWan(values: Iterable<number>): number {
  let hundredths = 0;
  for (const value of values) hundredths += Math.round(value * 100);
  return hundredths / 100;
}

/** An amount of 万元 as printed in a letter: "1,500.00". */
export function formatWan(value: number): string {
  return wanFormatter.format(value);
}

/** "1.6 中国和芬兰政府间科技合作项目", or the name alone when the direction has no code. */
export function formatDirection(direction: DirectionRef): string {
  return [direction.code.trim(), direction.name.trim()].filter(Boolean).join(' ');
}

/** The first 16 hex characters of a digest: enough to match a row to its submission receipt by eye. */
export function shortHash(hex: string): string {
  return hex.trim().toLowerCase().slice(0, 16);
}

/**
 * How many columns of a fixed-pitch grid the text takes: CJK and full-width characters take two, others one.
 * Spreadsheet column widths are counted in such units.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
