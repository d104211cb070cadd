import dayjs, { type Dayjs } from 'dayjs';
import type { Contact, EditableCall } from '../api/authoring-types';
import { fromPickerValue, toPickerValue } from './shanghai-time';

export interface CallFormValues {
  id: string;
  title: string;
  titleEn?: string;
  year: number;
  issuer: string;
  documentNumber?: string | null;
  kind?: string;
  issueDate: Dayjs | null;
  submissionStart: Dayjs | null;
  submissionEnd: Dayjs | null;
  recommendationDeadline: Dayjs | null;
  sourceDocument: string;
  programmeName: string;
  programmeAuthority: string;
  contacts: Contact[];
}

export function toCallFormValues(call: EditableCall): CallFormValues {
  return {
    id: call.id,
    title: call.title,
    titleEn: call.titleEn,
    year: call.year,
    issuer: call.issuer,
    documentNumber: call.documentNumber,
    kind: call.kind,
    issueDate: call.issueDate ? dayjs(call.issueDate) : null,
    submissionStart: toPickerValue(call.submissionWindow.start),
    submissionEnd: toPickerValue(call.submissionWindow.end),
    recommendationDeadline: toPickerValue(call.recommendationDeadline),
    sourceDocument: call.sourceDocument,
    programmeName: call.programme.name,
    programmeAuthority: call.programme.authority,
    contacts: call.contacts ?? [],
  };
}

const text = (value: string | null | undefined) => (value?.trim() ? value : undefined);

/** A contact without its empty inputs: the format leaves unknown parts out. */
function cleanContact(contact: Contact | undefined): Contact {
  return Object.fromEntries(
    Object.entries(contact ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()),
  );
}

/** The call after a form change; only changed fields are written back (dates as +08:00 instants). */
export function applyCallFormChange(
  call: EditableCall,
  changed: Partial<CallFormValues>,
  all: CallFormValues,
): EditableCall {
  const next: EditableCall = { ...call };
  const touched = (key: keyof CallFormValues) => key in changed;
  if (touched('title')) next.title = all.title ?? '';
  if (touched('titleEn')) next.titleEn = text(all.titleEn);
  if (touched('year')) next.year = all.year;
  if (touched('issuer')) next.issuer = all.issuer ?? '';
  if (touched('documentNumber')) next.documentNumber = text(all.documentNumber) ?? null;
  if (touched('kind')) next.kind = all.kind;
  if (touched('sourceDocument')) next.sourceDocument = all.sourceDocument ?? '';
  if (touched('issueDate')) next.issueDate = all.issueDate ? all.issueDate.format('YYYY-MM-DD') : null;
  if (touched('submissionStart') || touched('submissionEnd')) {
    next.submissionWindow = {
      start: touched('submissionStart') ? fromPickerValue(all.submissionStart) : call.submissionWindow.start,
      end: touched('submissionEnd') ? fromPickerValue(all.submissionEnd) : call.submissionWindow.end,
    };
  }
  if (touched('recommendationDeadline'))
    next.recommendationDeadline = fromPickerValue(all.recommendationDeadline);
  if (touched('programmeName') || touched('programmeAuthority')) {
    next.programme = {
      ...call.programme,
      name: all.programmeName ?? '',
      authority: all.programmeAuthority ?? '',
    };
  }
  if (touched('contacts')) next.contacts = (all.contacts ?? []).map(cleanContact);
  return next;
}
