import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import type { RecommendationSummaryInput, SummaryRow } from './recommendation-document.types';
import { displayWidth, formatShanghaiTimestamp, sumWan } from './recommendation-format';
import { columnLetter, type SummaryColumn, summaryColumns } from './recommendation-summary-columns';
import { writeSummaryNotesSheet } from './recommendation-summary-notes.xlsx';

export type { RecommendationSummaryInput, SummaryRow } from './recommendation-document.types';

/** Rows above the data: the title, the line naming the recommender, and the header. */
const headerRowNumber = 3;
const firstDataRow = headerRowNumber + 1;
/** Excel refuses (and "repairs") a cell holding more text than this. */
const cellTextLimit = 32_767;
const font = { name: '宋体', size: 11 } as const;
const thin = { style: 'thin', color: { argb: 'FF888888' } } as const;
const grid: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const moneyFormat = '#,##0.00';

/**
 * Renders the recommendation summary (推荐汇总表) that a recommender prints, stamps and uploads with its
 * recommendation letter: a title, one row per recommended application, a totals row and a place for the seal,
 * followed by a "说明 Notes" sheet explaining every column in Chinese and English.
 *
 * The workbook is written with exceljs's streaming writer and each row is committed as soon as it is written,
 * so memory grows with the finished file, not with exceljs's object model of every cell. Money cells are
 * numbers in 万元 shown with two decimals; the totals are SUM formulas with their values cached, so they are
 * right when opened and stay right if the recommender deletes a row. Throws if an amount is not a finite number.
 */
export async function renderRecommendationSummaryXlsx(input: RecommendationSummaryInput): Promise<Buffer> {
  const stream = new PassThrough();
  const collected = buffer(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Yanzhen 雁阵';
  workbook.created = input.generatedAt;
  workbook.title = `${input.call.title} 推荐汇总表`;
  workbook.subject = `call ${input.call.id}`;
  try {
    writeSummarySheet(workbook, input);
    writeSummaryNotesSheet(workbook, input);
    const [, bytes] = await Promise.all([workbook.commit(), collected]);
    return bytes;
  } catch (error) {
    // the error to report is this one, not the collector's "premature close"
    collected.catch(() => undefined);
    stream.destroy();
    throw error;
  }
}

function writeSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  input: RecommendationSummaryInput,
): void {
  const count = input.rows.length;
  const lastColumn = columnLetter(summaryColumns.length);
  const lastDataRow = headerRowNumber + count;
  const sheet = workbook.addWorksheet('推荐汇总表', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: headerRowNumber, topLeftCell: 'C4', activeCell: 'C4' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  // Columns (widths and cell styles) must be set before the first row is committed.
  // One style object per column, given to every cell of it: exceljs's style registry recognises an object it
  // has seen, so a row costs no style serialisation (assigning copies would make it the slowest part).
  const styles = summaryColumns.map(columnStyle);
  sheet.columns = summaryColumns.map((column, index) => ({
    width: columnWidth(column, input.rows),
    style: styles[index] ?? {},
  }));
  if (count > 0) sheet.autoFilter = `A${headerRowNumber}:${lastColumn}${lastDataRow}`;

  const title = sheet.addRow([`${input.call.title} 推荐汇总表`]);
  title.height = 30;
  title.getCell(1).style = {
    font: { ...font, size: 16, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  const byline = sheet.addRow([
    `推荐单位：${input.recommender.name}　　年度：${input.call.year}　　` +
      `生成时间：${formatShanghaiTimestamp(input.generatedAt)}（北京时间）　　共 ${count} 项`,
  ]);
  byline.getCell(1).style = { font, alignment: { horizontal: 'left', vertical: 'middle' } };
  // A streaming sheet can merge only rows that exist and are not committed yet.
  sheet.mergeCells(`A1:${lastColumn}1`);
  sheet.mergeCells(`A2:${lastColumn}2`);
  title.commit();
  byline.commit();

  const header = sheet.addRow(summaryColumns.map((column) => column.header));
  header.height = 36;
  header.eachCell((cell) => {
    cell.style = {
      font: { ...font, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } },
      border: grid,
    };
  });
  header.commit();

  for (const row of input.rows) {
    const written = sheet.addRow(summaryColumns.map((column) => cellValue(column, row)));
    styles.forEach((style, index) => {
      written.getCell(index + 1).style = style;
    });
    written.commit();
  }

  writeTotalsRow(sheet, input.rows, lastDataRow);
  sheet.addRow([]).commit();
  const seal = sheet.addRow([]);
  seal.getCell(1).value = '推荐单位（盖章）：';
  seal.getCell(9).value = '日期：　　　　年　　月　　日';
  seal.height = 48;
  seal.eachCell((cell) => {
    cell.style = { font: { ...font, size: 12 }, alignment: { vertical: 'middle' } };
  });
  seal.commit();
  sheet.commit();
}

function writeTotalsRow(sheet: ExcelJS.Worksheet, rows: SummaryRow[], lastDataRow: number): void {
  const hasRows = rows.length > 0;
  const values = summaryColumns.map((column, index): ExcelJS.CellValue => {
    const letter = columnLetter(index + 1);
    const range = `${letter}${firstDataRow}:${letter}${lastDataRow}`;
    if (index === 0) return '合计';
    if (index === 1) return hasRows ? { formula: `COUNTA(${range})`, result: rows.length } : 0;
    if (column.kind !== 'money') return null;
    const total = sumWan(rows.map((row) => Number(column.value(row))));
    return hasRows ? { formula: `SUM(${range})`, result: total } : total;
  });
  const totals = sheet.addRow(values);
  totals.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
    const kind = summaryColumns[columnNumber - 1]?.kind;
    cell.style = {
      font: { ...font, bold: true },
      alignment: { vertical: 'middle', horizontal: columnNumber === 1 ? 'center' : undefined },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6F6F6' } },
      border: { ...grid, top: { style: 'double', color: { argb: 'FF444444' } } },
      numFmt: kind === 'money' ? moneyFormat : columnNumber === 2 ? '"共 "0" 项"' : undefined,
    };
  });
  totals.commit();
}

function cellValue(column: SummaryColumn, row: SummaryRow): string | number {
  const value = column.value(row);
  if (typeof value === 'number' || value.length <= cellTextLimit) return value;
  return `${value.slice(0, cellTextLimit - 1)}…`;
}

function columnStyle(column: SummaryColumn): Partial<ExcelJS.Style> {
  const alignment: Partial<ExcelJS.Alignment> = {
    vertical: 'middle',
    wrapText: column.kind === 'wrappedText',
  };
  if (column.kind === 'money' || column.kind === 'number') alignment.horizontal = 'right';
  if (column.kind === 'integer') alignment.horizontal = 'center';
  return {
    font,
    alignment,
    border: grid,
    ...(column.kind === 'money' ? { numFmt: moneyFormat } : {}),
  };
}

/** The widest value (a CJK character counts two), plus padding, kept within the column's bounds. */
function columnWidth(column: SummaryColumn, rows: SummaryRow[]): number {
  let widest = Math.ceil(displayWidth(column.header) / 2);
  for (const row of rows) {
    const value = column.value(row);
    const text = typeof value === 'number' ? value.toFixed(column.kind === 'money' ? 2 : 0) : value;
    widest = Math.max(widest, displayWidth(text));
    if (widest >= column.maxWidth) break;
  }
  return Math.min(column.maxWidth, Math.max(column.minWidth, widest + 2));
}
