import type ExcelJS from 'exceljs';
import type { RecommendationSummaryInput } from './recommendation-document.types';
import { formatShanghaiTimestamp } from './recommendation-format';
import { columnLetter, summaryColumns } from './recommendation-summary-columns';

const font = { name: '宋体', size: 11 } as const;
const wrap: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };

const generalNotes: ReadonlyArray<[zh: string, en: string]> = [
  [
    '金额单位为万元，保留两位小数；合计行以公式对各行求和。',
    'Amounts are in 万元 (10,000 yuan) with two decimals; the totals row sums the rows with formulas.',
  ],
  ['所有时间均为北京时间（UTC+8）。', 'All times are Asia/Shanghai time (UTC+8).'],
  [
    '表头已冻结并可筛选；打印为横向A4，每页重复表头。',
    'The header row is frozen and has filters; it prints on landscape A4 and repeats on every page.',
  ],
  [
    '本表由雁阵系统导出，请核对无误后加盖推荐单位公章，扫描后连同推荐函上传。',
    "Exported by Yanzhen. Check it, stamp it with the recommender's seal, scan it and upload it with the recommendation letter.",
  ],
];

/**
 * Writes the "说明 Notes" sheet: which call and recommender the table is for, then every column of the summary
 * with its explanation in Chinese and English, then the conventions (units, time zone, printing). Rows are
 * committed as they are written, like the main sheet.
 */
export function writeSummaryNotesSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  input: RecommendationSummaryInput,
): void {
  const sheet = workbook.addWorksheet('说明 Notes', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 8, style: { font, alignment: { vertical: 'top', horizontal: 'center' } } },
    { width: 22, style: { font, alignment: wrap } },
    { width: 30, style: { font, alignment: wrap } },
    { width: 50, style: { font, alignment: wrap } },
    { width: 60, style: { font, alignment: wrap } },
  ];
  const add = (values: ExcelJS.CellValue[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { ...font, bold: true };
    row.commit();
  };

  add(['说明 Notes'], true);
  const about = [
    ['通知', 'Call', `${input.call.title}（${input.call.year}年度；编号 ID ${input.call.id}）`],
    ['推荐单位', 'Recommender', input.recommender.name],
    [
      '生成时间',
      'Generated at',
      `${formatShanghaiTimestamp(input.generatedAt)}（北京时间 Asia/Shanghai, UTC+8）`,
    ],
  ].map((values) => sheet.addRow(values));
  // A streaming sheet can merge only rows that exist and are not committed yet.
  for (const row of about) sheet.mergeCells(`C${row.number}:E${row.number}`);
  for (const row of about) row.commit();
  add([]);
  add(['列 Col.', '列名', 'Column', '说明', 'Description'], true);
  summaryColumns.forEach((column, index) => {
    add([columnLetter(index + 1), column.header, column.headerEn, column.noteZh, column.noteEn]);
  });
  add([]);
  add(['', '约定', 'Conventions'], true);
  generalNotes.forEach(([zh, en], index) => {
    add([index + 1, '', '', zh, en]);
  });
  sheet.commit();
}
