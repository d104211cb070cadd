import type { EditableCall } from '../api/authoring-types';

export interface NewCallValues {
  id: string;
  title: string;
  year: number;
  issuer: string;
  programmeId: string;
  programmeName: string;
  authority: string;
  sourceDocument: string;
}

/** A call with only what the catalogue schema requires; everything else is added in the editor. */
export function emptyCall(v: NewCallValues): EditableCall {
  return {
    id: v.id,
    programme: { id: v.programmeId, name: v.programmeName, authority: v.authority },
    title: v.title,
    year: v.year,
    issuer: v.issuer,
    issueDate: null,
    documentNumber: null,
    kind: 'call',
    submissionWindow: { start: null, end: null },
    recommendationDeadline: null,
    contacts: [],
    sourceDocument: v.sourceDocument,
    status: 'draft',
    requirements: [],
    nodes: [],
  };
}

/** Another call's content under a new id and title, as a draft; its clauses and rules come along. */
export function copyOfCall(source: EditableCall, id: string, title: string): EditableCall {
  return { ...structuredClone(source), id, title, status: 'draft' };
}
