import type { OrganisationView } from '../../../shared/api/api-types';
import type {
  ApplicationContent,
  Attachment,
  AttachmentScopeKind,
  AttachmentSpec,
  DirectionNode,
} from '../api/application-types';

/** One place to upload: an attachment code, for the whole application or for one organisation or person. */
export interface AttachmentSlot {
  key: string;
  code: string;
  spec: AttachmentSpec | undefined;
  required: boolean;
  scopeKind?: AttachmentScopeKind;
  scopeKey?: string;
  /** the organisation's or person's name */
  holder?: string;
  /** agreements carry the date they were signed (rules such as "signed before 2022-01-01" read it) */
  needsSignedOn: boolean;
}

export const pledgeCode = 'integrityPledge';
/** Codes one may add beyond the direction's list. */
export const optionalCodes = [
  'cooperationAgreement',
  'ipAgreement',
  'recommendationLetter',
  'otherAttachment',
];

const slotKey = (code: string, scopeKind?: string, scopeKey?: string) =>
  [code, scopeKind ?? '', scopeKey ?? ''].join(':');

export const attachmentSlotKey = (a: Pick<Attachment, 'code' | 'scopeKind' | 'scopeKey'>) =>
  slotKey(a.code, a.scopeKind ?? undefined, a.scopeKey ?? undefined);

function holders(content: ApplicationContent, lead: OrganisationView | undefined) {
  const organisations = [
    ...(lead ? [{ key: lead.id, name: lead.name }] : []),
    ...content.participants
      .filter((p) => p.role !== 'foreignPartner' && (p.country ?? 'CN') === 'CN')
      .map((p) => ({ key: p.id, name: p.name })),
  ];
  const pi = content.principalInvestigator;
  const people = [
    ...(pi.name ? [{ key: pi.id ?? 'pi', name: pi.name }] : []),
    ...content.team.filter((m) => m.name).map((m) => ({ key: m.id, name: m.name })),
  ];
  return { organisations, people };
}

/**
 * The slots the attachments tab shows: the direction's required attachments (per organisation or per key
 * person where its rule says so) and an integrity pledge for every organisation and key person.
 */
export function attachmentSlots(
  direction: DirectionNode | undefined,
  content: ApplicationContent,
  lead: OrganisationView | undefined,
): AttachmentSlot[] {
  const specs = direction?.requiredAttachments ?? [];
  const rules = (direction?.requirements ?? []).filter((r) => r.kind === 'requiredAttachment');
  const signedRules = (direction?.requirements ?? [])
    .filter((r) => r.kind === 'agreementSignedBefore')
    .map((r) => r.params?.agreement);
  const { organisations, people } = holders(content, lead);
  const codes = [...new Set([...specs.map((s) => s.code), pledgeCode])];
  return codes.flatMap((code) => {
    const spec = specs.find((s) => s.code === code);
    const rule = rules.find((r) => r.params?.attachment === code);
    const isPledge = code === pledgeCode;
    const perOrganisation = isPledge || rule?.params?.perOrganisation === true;
    const perPerson = isPledge || rule?.params?.perKeyPerson === true;
    const base = {
      code,
      spec,
      required: spec ? spec.required : !!rule,
      needsSignedOn: code.endsWith('Agreement') || signedRules.includes(code),
    };
    if (!perOrganisation && !perPerson) return [{ ...base, key: slotKey(code) }];
    return [
      ...(perOrganisation ? organisations : []).map((o) => ({
        ...base,
        key: slotKey(code, 'organisation', o.key),
        scopeKind: 'organisation' as const,
        scopeKey: o.key,
        holder: o.name,
      })),
      ...(perPerson ? people : []).map((p) => ({
        ...base,
        key: slotKey(code, 'person', p.key),
        scopeKind: 'person' as const,
        scopeKey: p.key,
        holder: p.name,
      })),
    ];
  });
}

/** 1536 → "1.5 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
