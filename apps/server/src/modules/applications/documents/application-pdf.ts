import { type ContentSection, contentSectionLimits, countChineseCharacters } from '@yanzhen/domain';
import type { Content } from 'pdfmake/interfaces';
import type { ApplicationDocumentInput, ApplicationSnapshot } from './application-document.types';
import { attachmentsSection, budgetSection, kpiSection, scheduleSection } from './application-pdf-figures';
import { organisationsSection, type SectionContext, teamSection } from './application-pdf-people';
import { formatDateRange, formatMissing, formatShanghaiDate, groupHash, orMissing } from './document-format';
import { documentLabels, type SectionKey, sectionTitle } from './document-labels';
import {
  draftWatermark,
  fieldTable,
  renderPdf,
  runningFooter,
  runningHeader,
  sectionHeading,
} from './pdf-layout';

export type {
  ApplicationDocumentInput,
  ApplicationSnapshot,
  DocumentAttachment,
} from './application-document.types';

/**
 * Renders the whole application (申报书) as an A4 PDF for download and print: a cover page, then every section
 * in the order of the paper form, a running header with the call title and a footer with "第 X 页 / 共 Y 页"
 * and the application id. A draft carries a diagonal "草稿 DRAFT" watermark on every page.
 */
export async function renderApplicationPdf(input: ApplicationDocumentInput): Promise<Buffer> {
  const context: SectionContext = { input, t: documentLabels(input.locale) };
  const { t } = context;
  const sections: Array<[SectionKey, Content[]]> = [
    ['basics', basicsSection(input, context)],
    ['organisations', organisationsSection(context)],
    ['team', teamSection(context)],
    ...(Object.keys(contentSectionLimits) as ContentSection[]).map((key): [ContentSection, Content[]] => [
      key,
      textSection(key, context),
    ]),
    ['kpis', kpiSection(context)],
    ['budget', budgetSection(context)],
    ['schedule', scheduleSection(context)],
    ['attachments', attachmentsSection(context)],
  ];
  const body = sections.flatMap(([key, blocks], i) => [
    sectionHeading(sectionTitle(key, i + 1, input.locale)),
    ...blocks,
  ]);
  const title = input.content.basics.title?.trim();
  return renderPdf({
    info: {
      title: title || t.applicationDocument,
      author: input.leadOrg.name,
      subject: input.call.title,
      creator: 'Yanzhen 雁阵',
    },
    language: input.locale,
    header: runningHeader(input.call.title, true),
    footer: runningFooter(t.pageOf, t.reference(input.application.id)),
    ...(input.application.status === 'draft' ? { watermark: draftWatermark } : {}),
    content: [...coverPage(context), ...body],
  });
}

function coverPage({ input, t }: SectionContext): Content[] {
  const { application, call, content, leadOrg, locale } = input;
  const isSubmitted = application.submittedAt !== null;
  const rows: Array<[string, Content]> = [
    [t.projectTitle, orMissing(content.basics.title, locale)],
    [t.leadOrganisation, leadOrg.name],
    [t.direction, directionCell(input)],
    [t.principalInvestigator, orMissing(content.principalInvestigator.name, locale)],
    [
      t.submissionDate,
      application.submittedAt ? formatShanghaiDate(application.submittedAt, locale) : t.notSubmitted,
    ],
  ];
  if (isSubmitted) {
    rows.push(
      [t.version, String(application.version)],
      [
        t.contentHash,
        {
          text: application.contentHash ? groupHash(application.contentHash) : formatMissing(locale),
          style: 'hash',
        },
      ],
    );
  }
  return [
    { text: `${call.issuer} · ${call.title}`, style: 'coverSubtitle', margin: [0, 90, 0, 0] },
    { text: String(call.year), style: 'coverSubtitle', margin: [0, 4, 0, 0] },
    { text: t.applicationDocument, style: 'coverTitle', margin: [0, 40, 0, 0] },
    {
      text: orMissing(content.basics.title, locale),
      fontSize: 16,
      bold: true,
      alignment: 'center',
      margin: [20, 24, 20, 48],
    },
    { stack: [fieldTable(rows, 100)], pageBreak: 'after' },
  ];
}

function directionCell({ direction }: ApplicationSnapshot): Content {
  const name = [direction.code, direction.name].filter(Boolean).join(' ');
  return direction.path.length === 0
    ? name
    : { stack: [name, { text: direction.path.join(' / '), style: 'note' }] };
}

function basicsSection(input: ApplicationDocumentInput, { t }: SectionContext): Content[] {
  const { basics } = input.content;
  const { eligibility, locale } = input;
  const [open, comma, close, semicolon] =
    locale === 'zh-CN' ? ['（', '，', '）', '；'] : [' (', ', ', ')', '; '];
  return [
    fieldTable([
      [t.projectTitle, orMissing(basics.title, locale)],
      [t.projectTitleEn, orMissing(basics.titleEn, locale)],
      [t.keywords, orMissing(basics.keywords?.join(semicolon), locale)],
      [t.call, `${input.call.title}${open}${input.call.issuer}${comma}${input.call.year}${close}`],
      [t.direction, directionCell(input)],
      [t.period, formatDateRange(basics.startDate, basics.endDate, locale)],
      [t.trl, orMissing(basics.trl, locale)],
      [t.foreignReference, orMissing(basics.foreignApplicationReference, locale)],
      [t.carrier, orMissing(basics.carrierName, locale)],
      [
        t.eligibility,
        `${eligibility.canSubmit ? t.canSubmit : t.cannotSubmit}${semicolon}${t.eligibilityCounts(eligibility.blocking, eligibility.warnings, eligibility.unknown)}`,
      ],
    ]),
  ];
}

/** A free-text section: its length against the limit, then its paragraphs, which wrap and break across pages. */
function textSection(key: ContentSection, { input, t }: SectionContext): Content[] {
  const text = input.content.sections[key]?.trim() ?? '';
  const limit = contentSectionLimits[key];
  const count = countChineseCharacters(text);
  const isOverLimit = count > limit;
  const counter: Content = {
    text: `${t.characterCount(count, limit)}${isOverLimit ? ` · ${t.overLimit}` : ''}`,
    style: 'note',
    color: isOverLimit ? '#b00020' : '#555555',
    alignment: 'right',
    margin: [0, 0, 0, 4],
  };
  if (text === '') return [counter, { text: formatMissing(input.locale) }];
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+/, '').trimEnd())
    .filter((line) => line !== '')
    .map((line): Content => ({ text: line, leadingIndent: 21, margin: [0, 0, 0, 4] }));
  return [counter, ...paragraphs];
}
