import type { Dayjs } from 'dayjs';
import type { EditableNode, ForeignDeadline, NodeKind } from '../api/authoring-types';
import { fromPickerValue, toPickerValue } from './shanghai-time';

/** The node form's fields: flat, so that antd can hold them; composite values are split into parts. */
export interface NodeFormValues {
  code: string;
  name: string;
  nameEn?: string;
  kind: NodeKind;
  countryCode?: string;
  countryName?: string;
  priorityFields: string[];
  applicantTypes: string[];
  organisationMode?: 'competitive' | 'commissioned';
  fundingCapWan?: number | null;
  durationMin?: number | null;
  durationMax?: number | null;
  bilateral?: 'yes' | 'no';
  foreignAgency?: string;
  foreignUrl?: string;
  foreignDeadlineStatus?: ForeignDeadline['status'];
  foreignDeadlineDate?: Dayjs | null;
  foreignDeadlineText?: string;
  plannedProjects?: number | null;
  plannedBudgetWan?: number | null;
}

export function toNodeFormValues(node: EditableNode): NodeFormValues {
  return {
    code: node.code,
    name: node.name,
    nameEn: node.nameEn,
    kind: node.kind,
    countryCode: node.countryOrRegion?.code,
    countryName: node.countryOrRegion?.name,
    priorityFields: node.priorityFields ?? [],
    applicantTypes: node.applicantTypes ?? [],
    organisationMode: node.organisationMode,
    fundingCapWan: node.fundingCapWan,
    durationMin: node.durationYears?.min,
    durationMax: node.durationYears?.max,
    bilateral: node.bilateral === undefined ? undefined : node.bilateral ? 'yes' : 'no',
    foreignAgency: node.foreignAgency,
    foreignUrl: node.foreignUrl,
    foreignDeadlineStatus: node.foreignDeadline?.status,
    foreignDeadlineDate: toPickerValue(node.foreignDeadline?.date),
    foreignDeadlineText: node.foreignDeadline?.text,
    plannedProjects: node.plannedProjects,
    plannedBudgetWan: node.plannedBudgetWan,
  };
}

/** Empty inputs (null, '', blank) mean "not stated": the key is left out, as the catalogue format wants. */
const given = <T>(value: T | null | undefined): T | undefined =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
    ? undefined
    : value;

function range(min: number | null | undefined, max: number | null | undefined) {
  const r = { min: given(min), max: given(max) };
  return r.min === undefined && r.max === undefined ? undefined : r;
}

/**
 * The node after a form change. Only the fields that changed are written, so a field the officer did not
 * touch keeps exactly its stored form (and the version diff shows only what they edited).
 */
export function applyNodeFormChange(
  node: EditableNode,
  changed: Partial<NodeFormValues>,
  all: NodeFormValues,
): EditableNode {
  const next: EditableNode = { ...node };
  const touched = (...keys: (keyof NodeFormValues)[]) => keys.some((k) => k in changed);
  const simple = [
    'code',
    'name',
    'nameEn',
    'kind',
    'organisationMode',
    'foreignAgency',
    'foreignUrl',
  ] as const;
  for (const key of simple) if (touched(key)) next[key] = given(all[key]) as never;
  for (const key of ['fundingCapWan', 'plannedProjects', 'plannedBudgetWan'] as const) {
    if (touched(key)) next[key] = given(all[key]);
  }
  if (touched('priorityFields')) next.priorityFields = all.priorityFields ?? [];
  if (touched('applicantTypes')) next.applicantTypes = all.applicantTypes ?? [];
  if (touched('countryCode', 'countryName')) {
    const name = given(all.countryName);
    next.countryOrRegion = name
      ? {
          ...node.countryOrRegion,
          name,
          code: given(all.countryCode),
          subRegions: node.countryOrRegion?.subRegions ?? [],
        }
      : undefined;
  }
  if (touched('durationMin', 'durationMax')) next.durationYears = range(all.durationMin, all.durationMax);
  if (touched('bilateral'))
    next.bilateral = all.bilateral === undefined ? undefined : all.bilateral === 'yes';
  if (touched('foreignDeadlineStatus', 'foreignDeadlineDate', 'foreignDeadlineText')) {
    const status = all.foreignDeadlineStatus;
    const date = fromPickerValue(all.foreignDeadlineDate) ?? undefined;
    next.foreignDeadline = status
      ? { status, ...(date ? { date } : {}), text: all.foreignDeadlineText ?? '' }
      : undefined;
  }
  return next;
}
