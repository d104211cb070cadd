import type ExcelJS from 'exceljs';
import type { DashboardView } from '../office-dashboard.presenter';
import { type TableColumn, writeTableSheet } from './xlsx-table';

type Bucket = { count: number; requestedWan: number };
const countColumns = <R extends Bucket>(): TableColumn<R>[] => [
  {
    zh: '申报数（已提交）',
    en: 'Applications (submitted)',
    kind: 'integer',
    width: 14,
    value: (r) => r.count,
  },
  {
    zh: '申请财政经费（万元）',
    en: 'Public funding requested (10,000 yuan)',
    kind: 'money',
    width: 18,
    value: (r) => r.requestedWan,
  },
];
const none = '（未注明）';

/**
 * The overview's tables, one sheet each, with bilingual headers: by state, city, recommending body, partner
 * country, field, call, and requested against planned funding per direction.
 */
export async function writeDashboardSheets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  view: DashboardView,
  scopeTitle: string,
): Promise<void> {
  const title = (what: string) =>
    `${scopeTitle} · ${what}（生成时间 ${view.generatedAt.slice(0, 16).replace('T', ' ')} 北京时间）`;
  await writeTableSheet(
    workbook,
    '按状态 By state',
    title('按状态统计'),
    [
      { zh: '状态', en: 'State', kind: 'text', width: 24, value: (r) => r.label['zh-CN'] },
      { zh: '状态（英文）', en: 'State (English)', kind: 'text', width: 32, value: (r) => r.label['en-US'] },
      { zh: '申报数', en: 'Applications', kind: 'integer', width: 12, value: (r) => r.count },
    ],
    view.byState,
  );
  await writeTableSheet(
    workbook,
    '按城市 By city',
    title('按牵头单位所在城市统计'),
    [
      { zh: '城市', en: 'City', kind: 'text', width: 16, value: (r) => r.name?.['zh-CN'] ?? none },
      ...countColumns<DashboardView['byCity'][number]>(),
    ],
    view.byCity,
  );
  await writeTableSheet(
    workbook,
    '按推荐单位 By recommender',
    title('按推荐单位统计'),
    [
      { zh: '推荐单位', en: 'Recommender', kind: 'text', width: 30, value: (r) => r.name ?? '（尚未推荐）' },
      ...countColumns<DashboardView['byRecommender'][number]>(),
    ],
    view.byRecommender,
  );
  await writeTableSheet(
    workbook,
    '按国别 By country',
    title('按合作国别（地区）统计'),
    [
      { zh: '国别（地区）', en: 'Country or region', kind: 'text', width: 20, value: (r) => r.name ?? none },
      { zh: '代码', en: 'Code', kind: 'text', width: 8, value: (r) => r.code },
      ...countColumns<DashboardView['byCountry'][number]>(),
    ],
    view.byCountry,
  );
  await writeTableSheet(
    workbook,
    '按领域 By field',
    title('按领域统计（一项申报可属多个领域）'),
    [
      { zh: '领域', en: 'Field', kind: 'text', width: 24, value: (r) => r.field ?? none },
      ...countColumns<DashboardView['byField'][number]>(),
    ],
    view.byField,
  );
  await writeTableSheet(
    workbook,
    '按通知 By call',
    title('按通知（计划类别）统计'),
    [
      { zh: '通知', en: 'Call', kind: 'text', width: 48, value: (r) => r.title },
      ...countColumns<DashboardView['byCall'][number]>(),
    ],
    view.byCall,
  );
  await writeTableSheet(
    workbook,
    '经费 Funding',
    title('各指南方向申请经费与计划经费'),
    [
      { zh: '通知', en: 'Call', kind: 'text', width: 40, value: (r) => r.callTitle },
      { zh: '方向编号', en: 'Direction code', kind: 'text', width: 12, value: (r) => r.code },
      { zh: '指南方向', en: 'Direction', kind: 'text', width: 36, value: (r) => r.name },
      {
        zh: '申报数（在审）',
        en: 'Applications (in the running)',
        kind: 'integer',
        width: 14,
        value: (r) => r.applications,
      },
      {
        zh: '申请财政经费（万元）',
        en: 'Public funding requested (10,000 yuan)',
        kind: 'money',
        width: 18,
        value: (r) => r.requestedWan,
      },
      {
        zh: '计划经费（万元）',
        en: 'Planned funding (10,000 yuan)',
        kind: 'money',
        width: 18,
        value: (r) => r.plannedWan,
      },
      { zh: '申请/计划', en: 'Requested / planned', kind: 'ratio', width: 12, value: (r) => r.ratio },
      {
        zh: '计划经费依据',
        en: 'Basis of the planned figure',
        kind: 'text',
        width: 24,
        value: (r) =>
          r.plannedBasis === 'plannedBudget'
            ? '指南拟安排经费'
            : r.plannedBasis === 'capTimesProjects'
              ? '单项上限×拟支持项目数'
              : '—',
      },
    ],
    view.directions,
  );
}
