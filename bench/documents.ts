// Spreadsheet generation: the recommender's summary (推荐汇总表) and the office's list export, each timed on
// 10,000 rows against a plain exceljs streaming workbook of the same rows and columns (no styles, no formats)
// written in the same run.
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import type { SummaryRow } from '../apps/server/src/modules/recommendations/documents/recommendation-document.types';
import { renderRecommendationSummaryXlsx } from '../apps/server/src/modules/recommendations/documents/recommendation-summary.xlsx';

export type DocumentResult = {
  entry: string;
  rows: number;
  ms: number;
  bytes: number;
  baseline: string;
  ratio: string;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Runs `work` `runs` times and gives the median time and the size of the last result. */
export async function timed(
  runs: number,
  work: () => Promise<number>,
): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = await work();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), bytes };
}

/** The baseline: the same number of rows and columns through exceljs's streaming writer, without any styling. */
export async function plainXlsx(rows: number, columns: number): Promise<number> {
  const stream = new PassThrough();
  const collected = buffer(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('baseline');
  for (let r = 0; r < rows; r++) {
    const values: (string | number)[] = [];
    for (let c = 0; c < columns; c++) values.push(c % 3 === 0 ? r * 1.5 : `第${r}行第${c}列 cell ${r}-${c}`);
    sheet.addRow(values).commit();
  }
  sheet.commit();
  const [, bytes] = await Promise.all([workbook.commit(), collected]);
  return bytes.length;
}

function summaryRows(count: number): SummaryRow[] {
  return Array.from({ length: count }, (_, i) => ({
    serialNo: i + 1,
    projectName: `基准项目 ${i + 1}：面向智能装备的国际联合研发`,
    leadOrganisation: `基准企业 ${i % 3000}`,
    leadOrganisationUscc: '91331181MA2HK5D1X7',
    region: '浙江省 丽水市 龙泉市',
    direction: { code: `1.${(i % 7) + 1}`, name: '中国和芬兰政府间科技合作项目' },
    principalInvestigator: `负责人${i % 997}`,
    contactPhone: `0578-${1000000 + i}`,
    publicFundingWan: 10 + (i % 140),
    selfFundingWan: 40 + (i % 560),
    matchingFundsWan: 0,
    durationYears: 2,
    mainContent: '围绕关键技术开展联合研发，形成样机并完成示范应用，申请发明专利3项以上。'.repeat(3),
    field: '工业数字化、循环经济',
    incentive: i % 10 === 0,
    submittedAt: new Date(Date.UTC(2026, 2, 1, i % 24, i % 60)),
    contentHash: 'a'.repeat(64),
  }));
}

/** 推荐汇总表 of `rows` rows in process, and the office list export over HTTP, each against the plain baseline. */
export async function runDocumentEntries(
  rows: number,
  office: { address: string; cookie: string; query: string } | null,
  runs = 3,
): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  const summaryBaseline = await timed(runs, () => plainXlsx(rows, 17));
  out.push({
    entry: `plain exceljs streaming workbook, ${rows} rows × 17 columns`,
    rows,
    ...summaryBaseline,
    baseline: '-',
    ratio: '1.00',
  });
  const input = summaryRows(rows);
  const summary = await timed(
    runs,
    async () =>
      (
        await renderRecommendationSummaryXlsx({
          call: { id: 'bench', title: '基准通知', year: 2026 },
          recommender: { name: '丽水市科学技术局' },
          generatedAt: new Date(),
          rows: input,
        })
      ).length,
  );
  out.push({
    entry: `推荐汇总表 recommendation summary xlsx, ${rows} rows`,
    rows,
    ...summary,
    baseline: 'plain exceljs, same rows × 17 columns',
    ratio: (summaryBaseline.ms / summary.ms).toFixed(2),
  });
  if (office) {
    const listBaseline = await timed(runs, () => plainXlsx(rows, 13));
    out.push({
      entry: `plain exceljs streaming workbook, ${rows} rows × 13 columns`,
      rows,
      ...listBaseline,
      baseline: '-',
      ratio: '1.00',
    });
    let last = Buffer.alloc(0);
    const list = await timed(runs, async () => {
      const res = await fetch(`${office.address}/api/v1/office/applications.xlsx?${office.query}`, {
        headers: { cookie: office.cookie },
      });
      if (res.status !== 200) throw new Error(`office export answered ${res.status}`);
      last = Buffer.from(await res.arrayBuffer());
      return last.length;
    });
    // read back once, outside the timing: how many rows the export held
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(last as unknown as ArrayBuffer);
    const exported = Math.max(0, (workbook.worksheets[0]?.rowCount ?? 2) - 2);
    out.push({
      entry: `office list export GET /api/v1/office/applications.xlsx?${office.query} (${exported} rows, from 100k)`,
      rows: exported,
      ...list,
      baseline: 'plain exceljs, same rows × 13 columns',
      ratio: (listBaseline.ms / list.ms).toFixed(2),
    });
  }
  return out;
}
