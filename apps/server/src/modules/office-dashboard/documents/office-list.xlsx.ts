import { formatShanghai } from '@yanzhen/domain';
import { cityLabel, stateLabel } from '../office-dashboard.presenter';
import type { OfficeListRow } from '../office-dashboard.repository';
import type { TableColumn } from './xlsx-table';

/** The columns of the office's application list as exported: what the page shows, times in Beijing time. */
export const officeListColumns: readonly TableColumn<OfficeListRow>[] = [
  { zh: '项目名称', en: 'Project title', kind: 'text', width: 40, value: (r) => r.title },
  { zh: '通知', en: 'Call', kind: 'text', width: 36, value: (r) => r.callTitle },
  {
    zh: '指南方向',
    en: 'Direction',
    kind: 'text',
    width: 32,
    value: (r) => [r.directionCode, r.directionName].filter(Boolean).join(' '),
  },
  {
    zh: '合作国别（地区）',
    en: 'Partner country or region',
    kind: 'text',
    width: 16,
    value: (r) => r.countryName,
  },
  {
    zh: '领域',
    en: 'Field',
    kind: 'text',
    width: 20,
    value: (r) => (Array.isArray(r.priorityFields) ? (r.priorityFields as string[]).join('、') : ''),
  },
  { zh: '牵头单位', en: 'Lead organisation', kind: 'text', width: 30, value: (r) => r.organisationName },
  {
    zh: '所在城市',
    en: 'City',
    kind: 'text',
    width: 12,
    value: (r) => cityLabel(r.organisationRegionCode)?.['zh-CN'] ?? '',
  },
  { zh: '推荐单位', en: 'Recommender', kind: 'text', width: 24, value: (r) => r.recommenderName },
  { zh: '状态', en: 'State', kind: 'text', width: 18, value: (r) => stateLabel(r.state)['zh-CN'] },
  {
    zh: '申请财政经费（万元）',
    en: 'Public funding requested (10,000 yuan)',
    kind: 'money',
    width: 16,
    value: (r) => r.publicFundingWan,
  },
  {
    zh: '推荐时间（北京时间）',
    en: 'Recommended at (Beijing time)',
    kind: 'text',
    width: 18,
    value: (r) => (r.recommendedAt ? formatShanghai(r.recommendedAt) : ''),
  },
  {
    zh: '最后保存（北京时间）',
    en: 'Last saved (Beijing time)',
    kind: 'text',
    width: 18,
    value: (r) => formatShanghai(r.lastSavedAt),
  },
  { zh: '申报书编号', en: 'Application id', kind: 'text', width: 38, value: (r) => r.id },
];
