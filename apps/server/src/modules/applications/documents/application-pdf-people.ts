import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ApplicationSnapshot } from './application-document.types';
import {
  formatCountry,
  formatIsoDate,
  formatMissing,
  formatOrganisationType,
  orMissing,
} from './document-format';
import type { DocumentLabels } from './document-labels';
import { dataTable, fieldTable, subsectionHeading } from './pdf-layout';

/** What every section builder reads: the input and the words of its locale. */
export interface SectionContext {
  input: ApplicationSnapshot;
  t: DocumentLabels;
}

/** 申报单位与合作单位: the lead's identity, then every partner with its role and task. */
export function organisationsSection({ input, t }: SectionContext): Content[] {
  const { leadOrg, locale } = input;
  const participants = input.content.participants;
  const lead = fieldTable([
    [t.organisationName, leadOrg.name],
    [t.uscc, orMissing(leadOrg.uscc, locale)],
    [t.region, orMissing(leadOrg.regionName, locale)],
    [t.organisationType, formatOrganisationType(leadOrg.type ?? undefined, locale)],
  ]);
  const partners: Content =
    participants.length === 0
      ? { text: t.none }
      : dataTable(
          [t.index, t.organisationName, t.organisationType, t.country, t.role, t.task],
          participants.map((p, i): TableCell[] => [
            String(i + 1),
            {
              stack: [
                p.name || formatMissing(locale),
                ...(p.nameEn ? [{ text: p.nameEn, style: 'note' }] : []),
              ],
            },
            formatOrganisationType(p.type, locale),
            formatCountry(p.country, locale),
            p.role === 'foreignPartner' ? t.roleForeignPartner : t.roleParticipant,
            orMissing(p.task, locale),
          ]),
          [24, 100, 62, 62, 58, '*'],
        );
  return [lead, subsectionHeading(t.participants), partners];
}

/** 项目负责人及团队: the principal investigator, the team and, when the project has them, its sub-topics. */
export function teamSection(context: SectionContext): Content[] {
  const { input, t } = context;
  const { principalInvestigator: pi, team, subTopics } = input.content;
  const locale = input.locale;
  const blocks: Content[] = [
    fieldTable([
      [t.personName, orMissing(pi.name, locale)],
      [t.personTitle, orMissing(pi.title, locale)],
      [t.birthDate, pi.birthDate ? formatIsoDate(pi.birthDate, locale) : formatMissing(locale)],
      [t.sex, pi.sex ? t[pi.sex] : formatMissing(locale)],
      [t.organisation, organisationName(pi.organisationId, context)],
      [t.email, orMissing(pi.email, locale)],
      [t.phone, orMissing(pi.phone, locale)],
      [t.personRole, orMissing(pi.role, locale)],
    ]),
    subsectionHeading(t.team),
    team.length === 0
      ? { text: formatMissing(locale) }
      : dataTable(
          [t.index, t.personName, t.organisation, t.personTitle, t.personRole],
          team.map((person, i): TableCell[] => [
            String(i + 1),
            orMissing(person.name, locale),
            organisationName(person.organisationId, context),
            orMissing(person.title, locale),
            orMissing(person.role, locale),
          ]),
          [24, 60, 130, 80, '*'],
        ),
  ];
  if (subTopics.length > 0) {
    blocks.push(
      subsectionHeading(t.subTopics),
      dataTable(
        [t.index, t.subTopicName, t.subTopicLeader, t.subTopicUnits],
        subTopics.map((topic, i): TableCell[] => [
          String(i + 1),
          orMissing(topic.name, locale),
          personName(topic.leaderPersonId, context),
          topic.unitIds.length === 0
            ? formatMissing(locale)
            : topic.unitIds.map((id) => organisationName(id, context)).join(locale === 'zh-CN' ? '、' : ', '),
        ]),
        [24, '*', 70, 160],
      ),
    );
  }
  return blocks;
}

function organisationName(id: string | undefined, { input }: SectionContext): string {
  if (!id) return formatMissing(input.locale);
  if (id === input.leadOrg.id) return input.leadOrg.name;
  const participant = input.content.participants.find((p) => p.id === id);
  return participant?.name || formatMissing(input.locale);
}

function personName(id: string | undefined, { input }: SectionContext): string {
  const { principalInvestigator: pi, team } = input.content;
  if (!id) return formatMissing(input.locale);
  const name = pi.id === id ? pi.name : team.find((person) => person.id === id)?.name;
  return orMissing(name, input.locale);
}
