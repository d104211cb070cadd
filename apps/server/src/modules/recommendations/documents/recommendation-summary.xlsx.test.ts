import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSummaryInput, buildSummaryRow } from './recommendation-input.factory';
import { renderRecommendationSummaryXlsx } from './recommendation-summary.xlsx';
import { summaryColumns } from './recommendation-summary-columns';

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it expects
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const headers = [
  '序号',
  '项目名称',
  '承担单位',
  '统一社会信用代码',
  '所在地区',
  '指南方向',
  '项目负责人',
  '联系电话',
  '主要支持内容',
  '相关领域',
  '拟支持经费（万元）',
  '自筹经费（万元）',
  '配套经费（万元）',
  '实施年限（年）',
  '是否单列激励名额',
  '提交时间（北京时间）',
  '内容哈希',
];

describe('renderRecommendationSummaryXlsx', () => {
  const input = buildSummaryInput(3);
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await loadWorkbook(await renderRecommendationSummaryXlsx(input));
    sheet = sheetOf(workbook, '推荐汇总表');
  });

  it('opens with a title naming the call, the recommender and the generation time in Shanghai time', () => {
    expect(sheet.getCell('A1').value).toBe('2024年度浙江省国际科技合作项目 推荐汇总表');
    const byline = String(sheet.getCell('A2').value);
    expect(byline).toContain('推荐单位：杭州市科学技术局');
    // 02:30 UTC is 10:30 in Shanghai
    expect(byline).toContain('生成时间：2024-09-24 10:30:00（北京时间）');
  });

  it('has the header row, bold, frozen and filtered', () => {
    expect(sheet.getRow(3).values).toEqual([undefined, ...headers]);
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    const view = sheet.views[0];
    expect(view?.state).toBe('frozen');
    expect(view && 'ySplit' in view ? view.ySplit : undefined).toBe(3);
    expect(sheet.autoFilter).toBe('A3:Q6');
  });

  it('writes a row with its values, text kept as text and the hash cut to 16 characters', () => {
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('面向高端装备的智能感知关键技术研究（1）');
    expect(row.getCell(4).value).toBe('91330100MA27XK8Q1T');
    expect(row.getCell(6).value).toBe('2.1 对口支援与协作项目');
    expect(row.getCell(8).value).toBe('0571-87054743');
    expect(row.getCell(15).value).toBe('否');
    expect(row.getCell(16).value).toBe('2024-09-20 17:29:58');
    expect(row.getCell(17).value).toBe('a3f1c09b7e6d5c4b');
  });

  it('stores money as numbers rounded to two decimals, shown with two decimals', () => {
    const row = sheet.getRow(4);
    expect(row.getCell(11).value).toBe(100.35);
    expect(row.getCell(12).value).toBe(200.1);
    expect(row.getCell(13).value).toBe(0.2);
    for (const column of [11, 12, 13]) {
      expect(typeof row.getCell(column).value).toBe('number');
      expect(row.getCell(column).numFmt).toBe('#,##0.00');
    }
  });

  it('ends with a totals row: the count and the sum of each money column', () => {
    const totals = sheet.getRow(7);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(2).value).toEqual({ formula: 'COUNTA(B4:B6)', result: 3 });
    // 100.35 + 100.70 + 101.05, added without binary drift
    expect(totals.getCell(11).value).toEqual({ formula: 'SUM(K4:K6)', result: 302.1 });
    expect(totals.getCell(12).value).toEqual({ formula: 'SUM(L4:L6)', result: 600.3 });
    expect(totals.getCell(13).value).toEqual({ formula: 'SUM(M4:M6)', result: 0.6 });
    expect(totals.getCell(11).numFmt).toBe('#,##0.00');
  });

  it('leaves a place for the seal and prints on landscape A4 with the header repeated', () => {
    expect(sheet.getCell('A9').value).toBe('推荐单位（盖章）：');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('sizes columns for Chinese text within bounds', () => {
    const widths = summaryColumns.map((_, index) => sheet.getColumn(index + 1).width ?? 0);
    // "杭州市西湖区" is 12 units wide (two per character), plus padding
    expect(widths[4]).toBe(14);
    // long text is wrapped at the column's maximum
    expect(widths[8]).toBe(60);
    expect(sheet.getCell('I4').alignment?.wrapText).toBe(true);
    for (const [index, column] of summaryColumns.entries()) {
      expect(widths[index]).toBeGreaterThanOrEqual(column.minWidth);
      expect(widths[index]).toBeLessThanOrEqual(column.maxWidth);
    }
  });

  it('explains every column in Chinese and English on a second sheet', () => {
    const notes = sheetOf(workbook, '说明 Notes');
    const text: string[] = [];
    notes.eachRow((row) => {
      text.push(Array.isArray(row.values) ? row.values.join('|') : '');
    });
    const all = text.join('\n');
    for (const column of summaryColumns) {
      expect(all).toContain(`${column.header}|${column.headerEn}|${column.noteZh}|${column.noteEn}`);
    }
    expect(all).toContain('zj-2024-intl-coop');
    expect(all).toContain('UTC+8');
  });

  it('renders an empty summary with zero totals', async () => {
    const empty = await loadWorkbook(await renderRecommendationSummaryXlsx({ ...input, rows: [] }));
    const totals = sheetOf(empty, '推荐汇总表').getRow(4);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(2).value).toBe(0);
    expect(totals.getCell(11).value).toBe(0);
  });

  it('refuses an amount that is not a number', async () => {
    const broken = { ...input, rows: [buildSummaryRow(1, { selfFundingWan: Number.NaN })] };
    await expect(renderRecommendationSummaryXlsx(broken)).rejects.toThrow(/自筹经费 of row 1/);
  });

  it('cuts text longer than an Excel cell can hold', async () => {
    const long = { ...input, rows: [buildSummaryRow(1, { mainContent: '长'.repeat(40_000) })] };
    const cell = sheetOf(
      await loadWorkbook(await renderRecommendationSummaryXlsx(long)),
      '推荐汇总表',
    ).getCell('I4');
    expect(String(cell.value)).toHaveLength(32_767);
  });

  it('streams 10,000 rows', async () => {
    const started = performance.now();
    const bytes = await renderRecommendationSummaryXlsx(buildSummaryInput(10_000));
    const elapsed = performance.now() - started;
    console.log(`10,000 rows: ${elapsed.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KB`);
    const large = sheetOf(await loadWorkbook(bytes), '推荐汇总表');
    expect(large.getCell('A10003').value).toBe(10_000);
    expect(large.getCell('A10004').value).toBe('合计');
    expect(large.getCell('B10004').value).toEqual({ formula: 'COUNTA(B4:B10003)', result: 10_000 });
  }, 60_000);
});
