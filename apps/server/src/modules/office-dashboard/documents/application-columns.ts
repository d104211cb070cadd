import { formatShanghai } from '@yanzhen/domain';
import { stateLabel } from '../office-dashboard.presenter';
import type { TableColumn } from './xlsx-table';

/**
 * Columns every exported list of applications shares (the office's list, the formal-review list, the
 * recommender's list), so that the same figure has the same header, format and width in each workbook.
 */
export const applicationColumns = {
  title: {
    zh: '项目名称',
    en: 'Project title',
    kind: 'text',
    width: 40,
    value: (r) => r.title,
  } satisfies TableColumn<{ title: string }>,
  leadOrganisation: {
    zh: '牵头单位',
    en: 'Lead organisation',
    kind: 'text',
    width: 30,
    value: (r) => r.organisationName,
  } satisfies TableColumn<{ organisationName: string }>,
  state: {
    zh: '状态',
    en: 'State',
    kind: 'text',
    width: 18,
    value: (r) => stateLabel(r.state)['zh-CN'],
  } satisfies TableColumn<{ state: string }>,
  publicFunding: {
    zh: '申请财政经费（万元）',
    en: 'Public funding requested (10,000 yuan)',
    kind: 'money',
    width: 16,
    value: (r) => r.publicFundingWan,
  } satisfies TableColumn<{ publicFundingWan: number | null }>,
  recommendedAt: {
    zh: '推荐时间（北京时间）',
    en: 'Recommended at (Beijing time)',
    kind: 'text',
    width: 18,
    value: (r) => (r.recommendedAt ? formatShanghai(r.recommendedAt) : ''),
  } satisfies TableColumn<{ recommendedAt: Date | null }>,
  lastSavedAt: {
    zh: '最后保存（北京时间）',
    en: 'Last saved (Beijing time)',
    kind: 'text',
    width: 18,
    value: (r) => formatShanghai(r.lastSavedAt),
  } satisfies TableColumn<{ lastSavedAt: Date }>,
};
