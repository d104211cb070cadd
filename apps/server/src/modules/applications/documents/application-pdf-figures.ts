import type { ApplicationContent } from '@yanzhen/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SectionContext } from './application-pdf-people';
import { computeBudgetRatios } from './budget-ratios';
import {
  type DocumentLocale,
  formatFileSize,
  formatMissing,
  formatPercent,
  formatWan,
  groupHash,
  orMissing,
} from './document-format';
import { dataTable } from './pdf-layout';

type Kpi = ApplicationContent['kpis'][number];

/** Four groups of eight hex digits at the 8 pt hash style take about 19.5 em. */
const hashColumnWidth = 160;

/**
 * 绩效目标: the three-level table (一级 / 二级 / 三级指标) when targets are classified, consecutive equal levels
 * merged as on the paper forms; a numbered list when they are not.
 */
export function kpiSection({ input, t }: SectionContext): Content[] {
  const { kpis } = input.content;
  const locale = input.locale;
  if (kpis.length === 0) return [{ text: formatMissing(locale) }];
  const isClassified = kpis.some((kpi) => kpi.level1 || kpi.level2);
  if (!isClassified) {
    const separator = locale === 'zh-CN' ? '：' : ': ';
    const describe = (kpi: Kpi) =>
      kpi.target === undefined ? kpi.text : `${kpi.text}${separator}${formatTarget(kpi, locale)}`;
    return [{ ol: kpis.map(describe) }];
  }
  const level1 = kpis.map((kpi) => orMissing(kpi.level1, locale));
  const level2 = kpis.map((kpi, i) => `${level1[i]}\u0000${orMissing(kpi.level2, locale)}`);
  const rows = kpis.map((kpi, i): TableCell[] => [
    mergedCell(level1, i, (key) => key),
    mergedCell(level2, i, (key) => key.split('\u0000')[1] ?? key),
    orMissing(kpi.text, locale),
    formatTarget(kpi, locale),
  ]);
  return [dataTable([t.kpiLevel1, t.kpiLevel2, t.kpiLevel3, t.kpiTarget], rows, [80, 90, '*', 80])];
}

/** The first cell of a run of equal keys spans the run; the cells it covers are empty placeholders. */
function mergedCell(keys: string[], index: number, show: (key: string) => string): TableCell {
  const key = keys[index] ?? '';
  if (index > 0 && keys[index - 1] === key) return {};
  let span = 1;
  while (keys[index + span] === key) span++;
  return span > 1 ? { text: show(key), rowSpan: span } : { text: show(key) };
}

function formatTarget(kpi: Kpi, locale: DocumentLocale): string {
  if (kpi.target === undefined) return formatMissing(locale);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(kpi.target)}${kpi.unit ?? ''}`;
}

/** 经费预算: the amounts in 万元, then the ratios reviewers check, "—" where a figure is missing. */
export function budgetSection({ input, t }: SectionContext): Content[] {
  const { budget } = input.content;
  const locale = input.locale;
  const ratios = computeBudgetRatios(budget);
  const amount = (value: number | undefined) => formatWan(value, locale) ?? formatMissing(locale);
  const amounts: Array<[string, string]> = [
    [t.publicFunding, amount(budget.publicFundingWan)],
    [t.selfFunding, amount(budget.selfFundingWan)],
    [t.matchingFunds, amount(budget.matchingFundsWan)],
    [t.rdInvestment, amount(budget.rdInvestmentWan)],
    [t.aidTransfer, amount(budget.aidTransferWan)],
    [t.indirectCosts, amount(budget.indirectCostsWan)],
  ];
  const totalRow: TableCell[] = [
    { text: t.total, bold: true },
    { text: formatWan(ratios.totalWan, locale) ?? '—', bold: true, alignment: 'right' },
  ];
  const ratioRows: Array<[string, string]> = [
    [t.selfFundingShare, formatPercent(ratios.selfFundingShareOfTotal)],
    [t.publicShareOfRd, formatPercent(ratios.publicFundingShareOfRdInvestment)],
    [t.transferShare, formatPercent(ratios.transferShareOfPublicFunding)],
  ];
  const rightAligned = ([label, value]: [string, string]): TableCell[] => [
    label,
    { text: value, alignment: 'right' },
  ];
  return [
    dataTable([t.budgetItem, t.amountWan], [...amounts.map(rightAligned), totalRow], ['*', 120]),
    { text: '', margin: [0, 6, 0, 0] },
    dataTable([t.measure, t.ratio], ratioRows.map(rightAligned), ['*', 120]),
  ];
}

/** 实施计划: the schedule, one row per period. */
export function scheduleSection({ input, t }: SectionContext): Content[] {
  const { schedule } = input.content;
  const locale = input.locale;
  if (schedule.length === 0) return [{ text: formatMissing(locale) }];
  return [
    dataTable(
      [t.index, t.schedulePeriod, t.scheduleTask],
      schedule.map((step, i): TableCell[] => [
        String(i + 1),
        { text: formatScheduleRange(step.from, step.to, locale), noWrap: true },
        orMissing(step.task, locale),
      ]),
      [24, 'auto', '*'],
    ),
  ];
}

/** ISO dates keep the period column narrow: "2025-01-01 至 2025-12-31". */
function formatScheduleRange(
  from: string | undefined,
  to: string | undefined,
  locale: DocumentLocale,
): string {
  if (!from && !to) return formatMissing(locale);
  return [from ?? formatMissing(locale), to ?? formatMissing(locale)].join(
    locale === 'zh-CN' ? ' 至 ' : ' to ',
  );
}

/** 附件清单: each attachment with its file, size and SHA-256, so a printout identifies the exact files. */
export function attachmentsSection({ input, t }: SectionContext): Content[] {
  if (input.attachments.length === 0) return [{ text: formatMissing(input.locale) }];
  return [
    dataTable(
      [t.index, t.attachment, t.fileName, t.fileSize, 'SHA-256'],
      input.attachments.map((file, i): TableCell[] => [
        String(i + 1),
        orMissing(file.name, input.locale),
        orMissing(file.fileName, input.locale),
        { text: formatFileSize(file.size), noWrap: true },
        { text: groupHash(file.sha256, 4), style: 'hash' },
      ]),
      [24, 90, '*', 48, hashColumnWidth],
    ),
  ];
}
