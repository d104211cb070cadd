import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReceiptDocumentInput } from './application-document.types';
import { formatShanghaiDateTime, groupHash, orMissing } from './document-format';
import { type DocumentLabels, documentLabels } from './document-labels';
import {
  dataTable,
  fieldTable,
  renderPdf,
  runningFooter,
  runningHeader,
  subsectionHeading,
} from './pdf-layout';

export type { ReceiptDocumentInput } from './application-document.types';

/**
 * Renders the one-page submission receipt (申报回执): which application was submitted, by whom, to which call
 * and direction, when (Asia/Shanghai time), as which version, and the SHA-256 hashes that identify exactly the
 * submitted content and files. Throws if the application has not been submitted: a receipt must not certify a
 * submission that did not happen.
 */
export async function renderReceiptPdf(input: ReceiptDocumentInput): Promise<Buffer> {
  const { application, call, content, direction, leadOrg, locale } = input;
  if (application.submittedAt === null || application.contentHash === null) {
    throw new Error(`Application ${application.id} has not been submitted; there is no receipt to render.`);
  }
  const t = documentLabels(locale);
  const [open, close] = locale === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  const leadLine = leadOrg.uscc ? `${leadOrg.name}${open}${leadOrg.uscc}${close}` : leadOrg.name;
  const directionLines: Content = {
    stack: [
      [direction.code, direction.name].filter(Boolean).join(' '),
      ...(direction.path.length > 0 ? [{ text: direction.path.join(' / '), style: 'note' }] : []),
    ],
  };
  const gloss: Content[] = locale === 'zh-CN' ? [{ text: 'Submission receipt', style: 'coverSubtitle' }] : [];
  const body: Content[] = [
    { text: t.receiptDocument, style: 'coverTitle', fontSize: 20, margin: [0, 4, 0, 2] },
    ...gloss,
    { text: '', margin: [0, 0, 0, 12] },
    fieldTable(
      [
        [t.applicationId, application.id],
        [t.projectTitle, orMissing(content.basics.title, locale)],
        [t.leadOrganisation, leadLine],
        [t.call, `${call.title}${open}${call.issuer}${close}`],
        [t.direction, directionLines],
        [t.submittedAt, formatShanghaiDateTime(application.submittedAt, locale)],
        [t.version, String(application.version)],
        [t.contentHash, { text: groupHash(application.contentHash, 4), bold: true, fontSize: 11 }],
      ],
      110,
    ),
    { text: t.hashExplanation, style: 'note', margin: [0, 8, 0, 4] },
    ...attachmentHashes(input, t),
  ];
  return renderPdf({
    info: {
      title: `${t.receiptDocument} ${application.id}`,
      author: leadOrg.name,
      subject: call.title,
      creator: 'Yanzhen 雁阵',
    },
    language: locale,
    pageMargins: [50, 56, 50, 48],
    header: runningHeader(call.title, false),
    footer: runningFooter(t.pageOf, t.reference(application.id)),
    content: body,
  });
}

/**
 * One line per attachment, so that some twenty files (a pledge for every unit and key person) still fit the
 * page: a SHA-256 in groups of eight at 6.5 pt takes about 245 pt.
 */
function attachmentHashes({ attachments, locale }: ReceiptDocumentInput, t: DocumentLabels): Content[] {
  if (attachments.length === 0) return [];
  return [
    subsectionHeading(t.attachmentHashes),
    dataTable(
      [t.index, t.attachment, 'SHA-256'],
      attachments.map((file, i): TableCell[] => [
        String(i + 1),
        { text: [orMissing(file.name, locale), { text: `  ${file.fileName}`, color: '#555555' }] },
        { text: groupHash(file.sha256), fontSize: 6.5, noWrap: true },
      ]),
      [20, '*', 246],
      8,
    ),
  ];
}
