import type { BilingualText } from './file-kinds';
import { stripInvisibleCharacters } from './safe-file-name';

/** What each rejection code carries in `details` (shown to developers and logs; the message is for people). */
export type RejectionDetails = {
  'empty-file': Record<string, never>;
  'too-large': { size: number; maxBytes: number };
  executable: { signature: string };
  'active-content': { signature: 'svg' | 'html' };
  'unknown-type': { found: string };
  'extension-mismatch': { extension: string; found: BilingualText };
  'type-not-allowed': { found: BilingualText; allowed: BilingualText };
  'pdf-active-content': { names: string[] };
  'office-macros': { evidence: string };
  'archive-unreadable': { reason: string };
  'archive-encrypted': { entry: string };
  'archive-unsafe-path': { entry: string; reason: 'traversal' | 'absolute' | 'symlink' };
  'archive-too-many-entries': { maxEntries: number };
  'archive-too-large': { maxBytes: number };
  'archive-compression-ratio': { entry: string; ratio: number; maxRatio: number };
  'archive-too-deep': { entry: string; maxDepth: number };
  'archive-nested-unsupported': { entry: string; format: string };
};

/** Every reason an upload can be refused. */
export type RejectionCode = keyof RejectionDetails;

/** A refused upload: a stable code, a message for the applicant in both languages, and details. */
export type UploadRejection = {
  [C in RejectionCode]: { ok: false; code: C; message: BilingualText; details: RejectionDetails[C] };
}[RejectionCode];

/** Sizes in messages: "20 MB", "25.3 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : Math.max(0.1, Math.round(mb * 10) / 10)} MB`;
}

/** Entry names come from the uploader: keep them short and free of control and direction characters. */
function quote(name: string): string {
  const clean = stripInvisibleCharacters(name);
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

const messages: { [C in RejectionCode]: (d: RejectionDetails[C]) => BilingualText } = {
  'empty-file': () => ({
    'zh-CN': '文件为空（0 字节），请重新选择文件。',
    'en-US': 'The file is empty (0 bytes). Please choose the file again.',
  }),
  'too-large': (d) => ({
    'zh-CN': `文件大小为 ${formatMegabytes(d.size)}，超过了本项附件 ${formatMegabytes(d.maxBytes)} 的上限。`,
    'en-US': `The file is ${formatMegabytes(d.size)}, over the ${formatMegabytes(d.maxBytes)} limit for this attachment.`,
  }),
  executable: () => ({
    'zh-CN': '不接受可执行程序或脚本（如 .exe、.sh 文件），即使改了扩展名也会被识别。请上传文档或图片。',
    'en-US':
      'Programs and scripts (such as .exe or .sh files) are not accepted, even when renamed. Please upload a document or an image.',
  }),
  'active-content': () => ({
    'zh-CN': '不接受 SVG 或 HTML 文件，因为其中可能含有脚本。请转换为 PDF 或 PNG 后上传。',
    'en-US':
      'SVG and HTML files are not accepted because they can contain scripts. Please convert to PDF or PNG.',
  }),
  'unknown-type': () => ({
    'zh-CN': '无法识别该文件的类型，或该类型不受支持。可接受 PDF、PNG、JPEG、Word、Excel、OFD 和 ZIP 文件。',
    'en-US':
      'The file type is not recognised or not supported. PDF, PNG, JPEG, Word, Excel, OFD and ZIP files are accepted.',
  }),
  'extension-mismatch': (d) => ({
    'zh-CN': `文件扩展名是 .${quote(d.extension)}，但内容是${d.found['zh-CN']}。请改用正确的扩展名，或重新导出文件。`,
    'en-US': `The file name ends in .${quote(d.extension)} but the content is ${d.found['en-US']}. Please use the right extension or export the file again.`,
  }),
  'type-not-allowed': (d) => ({
    'zh-CN': `本项附件只接受：${d.allowed['zh-CN']}。所选文件是${d.found['zh-CN']}。`,
    'en-US': `This attachment accepts only: ${d.allowed['en-US']}. The file is ${d.found['en-US']}.`,
  }),
  'pdf-active-content': () => ({
    'zh-CN':
      '该 PDF 含有脚本、启动程序的动作或内嵌文件，出于安全原因不予接受。请用“打印为 PDF”重新生成后上传。',
    'en-US':
      'This PDF contains scripts, program-launch actions or embedded files and is refused for safety. Please re-create it with "Print to PDF".',
  }),
  'office-macros': () => ({
    'zh-CN': '该文档含有宏（VBA），出于安全原因不予接受。请另存为不含宏的 .docx、.xlsx 或 PDF 后上传。',
    'en-US':
      'This document contains macros (VBA) and is refused for safety. Please save it as .docx, .xlsx or PDF.',
  }),
  'archive-unreadable': () => ({
    'zh-CN': '文件结构已损坏，或使用了不支持的压缩方式，无法读取。请重新导出或重新压缩后上传。',
    'en-US':
      'The file is damaged or uses an unsupported compression method. Please export or compress it again.',
  }),
  'archive-encrypted': () => ({
    'zh-CN': '不接受加密（设有密码）的压缩文件。请去掉密码后重新压缩上传。',
    'en-US':
      'Encrypted (password-protected) archives are not accepted. Please compress the files again without a password.',
  }),
  'archive-unsafe-path': (d) => ({
    'zh-CN': `压缩文件中的“${quote(d.entry)}”使用了不安全的路径（如 ../、绝对路径或符号链接）。请重新压缩后上传。`,
    'en-US': `The archive entry "${quote(d.entry)}" has an unsafe path (such as ../, an absolute path or a symbolic link). Please compress the files again.`,
  }),
  'archive-too-many-entries': (d) => ({
    'zh-CN': `压缩文件中的文件超过 ${d.maxEntries} 个。请减少文件数量或分开上传。`,
    'en-US': `The archive holds more than ${d.maxEntries} files. Please reduce the number or upload them separately.`,
  }),
  'archive-too-large': (d) => ({
    'zh-CN': `压缩文件解压后的总大小超过 ${formatMegabytes(d.maxBytes)}。请分开上传。`,
    'en-US': `The archive would unpack to more than ${formatMegabytes(d.maxBytes)}. Please upload the files separately.`,
  }),
  'archive-compression-ratio': (d) => ({
    'zh-CN': `压缩文件中“${quote(d.entry)}”的压缩比异常（超过 ${d.maxRatio}:1），疑似“压缩炸弹”，不予接受。`,
    'en-US': `The archive entry "${quote(d.entry)}" is compressed more than ${d.maxRatio}:1, which suggests a zip bomb; it is refused.`,
  }),
  'archive-too-deep': (d) => ({
    'zh-CN': `压缩文件中嵌套的压缩文件超过 ${d.maxDepth} 层（“${quote(d.entry)}”）。请解压后重新打包。`,
    'en-US': `Archives are nested more than ${d.maxDepth} level(s) deep ("${quote(d.entry)}"). Please unpack and compress the files again.`,
  }),
  'archive-nested-unsupported': (d) => ({
    'zh-CN': `压缩文件中含有无法检查的 ${d.format} 压缩文件“${quote(d.entry)}”。请解压后重新打包为 ZIP。`,
    'en-US': `The archive contains a ${d.format} archive ("${quote(d.entry)}") that cannot be checked. Please unpack it and use ZIP.`,
  }),
};

/** Builds the rejection for a code, with its bilingual message. */
export function rejectUpload<C extends RejectionCode>(
  code: C,
  details: RejectionDetails[C],
): UploadRejection {
  const message = messages[code](details);
  return { ok: false, code, message, details } as UploadRejection;
}
