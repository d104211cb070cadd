import { type FormalCheckCode, formalCheckLabels, formatShanghai, regionDisplayName } from '@yanzhen/domain';
import { applicationColumns } from '../office-dashboard/documents/application-columns';
import type { TableColumn } from '../office-dashboard/documents/xlsx-table';
import { presentChecks } from './formal-review.presenter';
import type { FormalReviewRepository } from './formal-review.repository';

type Row = Awaited<ReturnType<FormalReviewRepository['listForOffice']>>['rows'][number];

const when = (d: Date | null) => (d ? formatShanghai(d) : '');

/** The checks that failed, by name (zh-CN); "未检查" before the review starts. */
function checkSummary(row: Row): string {
  const checks = presentChecks(row.automaticChecks);
  if (!checks) return '未检查';
  const failed = checks.results.filter((c) => c.status === 'fail');
  if (!failed.length) return '全部通过';
  return `未通过：${failed.map((c) => formalCheckLabels[c.code as FormalCheckCode]?.['zh-CN'] ?? c.code).join('；')}`;
}

const outcomes: Record<string, string> = {
  accepted: '通过',
  returnedForCorrection: '退回补正',
  rejected: '不通过',
};

/** The columns of the formal-review list as xlsx (形式审查清单), headers in Chinese and English. */
export const formalReviewListColumns: readonly TableColumn<Row>[] = [
  { zh: '通知编号', en: 'Call', kind: 'text', width: 26, value: (r) => r.callId },
  { zh: '指南方向', en: 'Direction', kind: 'text', width: 10, value: (r) => r.directionCode },
  applicationColumns.title,
  applicationColumns.leadOrganisation,
  {
    zh: '所在地区',
    en: 'Region',
    kind: 'text',
    width: 14,
    value: (r) => (r.organisationRegionCode ? regionDisplayName(r.organisationRegionCode) : ''),
  },
  { zh: '推荐单位', en: 'Recommended by', kind: 'text', width: 24, value: (r) => r.recommenderName ?? '' },
  applicationColumns.publicFunding,
  applicationColumns.state,
  applicationColumns.recommendedAt,
  { zh: '自动检查', en: 'Automatic checks', kind: 'text', width: 30, value: checkSummary },
  {
    zh: '审查结论',
    en: 'Outcome',
    kind: 'text',
    width: 10,
    value: (r) => (r.outcome ? (outcomes[r.outcome] ?? r.outcome) : ''),
  },
  {
    zh: '补正截止（北京时间）',
    en: 'Correction due',
    kind: 'text',
    width: 18,
    value: (r) => when(r.correctionDueAt),
  },
  { zh: '审查开始', en: 'Review started', kind: 'text', width: 18, value: (r) => when(r.startedAt) },
  { zh: '结论时间', en: 'Decided at', kind: 'text', width: 18, value: (r) => when(r.decidedAt) },
];
