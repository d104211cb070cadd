/** The kinds of attachment the platform understands, identified by content (see content-sniffing.ts). */
export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'doc', 'xls', 'ofd', 'zip'] as const;

/** One attachment kind. */
export type FileKind = (typeof FILE_KINDS)[number];

/** A text in both languages the platform speaks. */
export type BilingualText = { 'zh-CN': string; 'en-US': string };

type KindInfo = {
  contentType: string;
  /** Extensions a file of this kind may carry; the first is the one we add when a name has none. */
  extensions: readonly string[];
  label: BilingualText;
};

/** Content type, accepted extensions and a human label for each kind. */
export const FILE_KIND_INFO: Record<FileKind, KindInfo> = {
  pdf: {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    label: { 'zh-CN': 'PDF 文档', 'en-US': 'a PDF document' },
  },
  png: {
    contentType: 'image/png',
    extensions: ['png'],
    label: { 'zh-CN': 'PNG 图片', 'en-US': 'a PNG image' },
  },
  jpeg: {
    contentType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    label: { 'zh-CN': 'JPEG 图片', 'en-US': 'a JPEG image' },
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: { 'zh-CN': 'Word 文档（.docx）', 'en-US': 'a Word document (.docx)' },
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: { 'zh-CN': 'Excel 表格（.xlsx）', 'en-US': 'an Excel workbook (.xlsx)' },
  },
  doc: {
    contentType: 'application/msword',
    extensions: ['doc'],
    label: { 'zh-CN': 'Word 97-2003 文档（.doc）', 'en-US': 'a Word 97-2003 document (.doc)' },
  },
  xls: {
    contentType: 'application/vnd.ms-excel',
    extensions: ['xls'],
    label: { 'zh-CN': 'Excel 97-2003 表格（.xls）', 'en-US': 'an Excel 97-2003 workbook (.xls)' },
  },
  ofd: {
    contentType: 'application/ofd',
    extensions: ['ofd'],
    label: { 'zh-CN': 'OFD 版式文档', 'en-US': 'an OFD document' },
  },
  zip: {
    contentType: 'application/zip',
    extensions: ['zip'],
    label: { 'zh-CN': 'ZIP 压缩包', 'en-US': 'a ZIP archive' },
  },
};

/** Joins the labels of several kinds, for messages such as "only PDF, PNG are accepted". */
export function describeKinds(kinds: readonly FileKind[]): BilingualText {
  return {
    'zh-CN': kinds.map((k) => FILE_KIND_INFO[k].label['zh-CN']).join('、'),
    'en-US': kinds.map((k) => FILE_KIND_INFO[k].label['en-US'].replace(/^an? /, '')).join(', '),
  };
}
