import { cityLabel } from '../office-dashboard.presenter';
import type { OfficeListRow } from '../office-dashboard.repository';
import { applicationColumns } from './application-columns';
import type { TableColumn } from './xlsx-table';

/** The columns of the office's application list as exported: what the page shows, times in Beijing time. */
export const officeListColumns: readonly TableColumn<OfficeListRow>[] = [
  applicationColumns.title,
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
  applicationColumns.leadOrganisation,
  {
    zh: '所在城市',
    en: 'City',
    kind: 'text',
    width: 12,
    value: (r) => cityLabel(r.organisationRegionCode)?.['zh-CN'] ?? '',
  },
  { zh: '推荐单位', en: 'Recommender', kind: 'text', width: 24, value: (r) => r.recommenderName },
  applicationColumns.state,
  applicationColumns.publicFunding,
  applicationColumns.recommendedAt,
  applicationColumns.lastSavedAt,
  { zh: '申报书编号', en: 'Application id', kind: 'text', width: 38, value: (r) => r.id },
];
