/** What the first bytes of an upload say it is; the extension and the declared type play no part. */
export type SniffedContent =
  | { type: 'pdf' | 'png' | 'jpeg' | 'zip' }
  | { type: 'ole'; kind: 'doc' | 'xls' | null; hasMacros: boolean }
  | { type: 'executable'; signature: string }
  | { type: 'active'; signature: 'svg' | 'html' }
  | { type: 'unknown' };

const startsWith = (bytes: Buffer, magic: readonly number[], offset = 0) =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);

const EXECUTABLES: readonly { signature: string; magic: readonly number[] }[] = [
  { signature: 'windows-pe', magic: [0x4d, 0x5a] },
  { signature: 'elf', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { signature: 'shebang-script', magic: [0x23, 0x21] },
  { signature: 'mach-o', magic: [0xfe, 0xed, 0xfa, 0xce] },
  { signature: 'mach-o', magic: [0xfe, 0xed, 0xfa, 0xcf] },
  { signature: 'mach-o', magic: [0xce, 0xfa, 0xed, 0xfe] },
  { signature: 'mach-o', magic: [0xcf, 0xfa, 0xed, 0xfe] },
  { signature: 'java-class-or-mach-o-fat', magic: [0xca, 0xfe, 0xba, 0xbe] },
  { signature: 'android-dex', magic: [0x64, 0x65, 0x78, 0x0a] },
  { signature: 'webassembly', magic: [0x00, 0x61, 0x73, 0x6d] },
  { signature: 'windows-shortcut', magic: [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00] },
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

/** The opening of a text file, decoded for markup sniffing (UTF-8, or UTF-16 when it has a BOM). */
function textHead(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096);
  if (startsWith(head, [0xff, 0xfe])) return head.subarray(2).toString('utf16le');
  if (startsWith(head, [0xfe, 0xff])) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  return head.toString('utf8').replace(/^\ufeff/, '');
}

const HTML_OPENERS =
  /^<(!doctype\s+html|html|head|body|script|iframe|frameset|object|embed|style|title|meta|link|div|table|a\s|p>|br|b>|font|h1|form|!--)/;

/** SVG and HTML run scripts in a browser; recognise them even without an XML or HTML declaration. */
function sniffMarkup(bytes: Buffer): 'svg' | 'html' | null {
  const text = textHead(bytes).trimStart().toLowerCase();
  if (!text.startsWith('<')) return null;
  if (/<svg[\s>]/.test(text) || text.includes('<!doctype svg')) return 'svg';
  if (HTML_OPENERS.test(text) || /<(script|html|iframe)[\s>]/.test(text)) return 'html';
  return null;
}

/** ASCII names, optionally after one of the 0x01-0x06 prefixes OLE uses for property-set streams. */
function isPrintableEntryName(name: string): boolean {
  const body = name.charCodeAt(0) <= 6 ? name.slice(1) : name;
  return /^[\x20-\x7e]+$/.test(body);
}

/**
 * Names of the storages and streams in an OLE compound file. Directory entries are 128 bytes, aligned to 128
 * in every sector size, and start with a UTF-16LE name whose byte length (with the terminator) is at offset 64 and
 * whose object type (1 storage, 2 stream, 5 root) is at offset 66. Scanning aligned slots avoids walking the FAT,
 * which a damaged or hostile file could make loop.
 */
export function listOleEntryNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const nameBytes = bytes.readUInt16LE(at + 64);
    const objectType = bytes[at + 66];
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    if (objectType !== 1 && objectType !== 2 && objectType !== 5) continue;
    if (bytes.readUInt16LE(at + nameBytes - 2) !== 0) continue;
    const name = bytes.subarray(at, at + nameBytes - 2).toString('utf16le');
    if (isPrintableEntryName(name)) names.add(name);
  }
  return names;
}

function sniffOle(bytes: Buffer): SniffedContent {
  const names = listOleEntryNames(bytes);
  const kind = names.has('WordDocument') ? 'doc' : names.has('Workbook') || names.has('Book') ? 'xls' : null;
  const hasMacros = names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('VBA');
  return { type: 'ole', kind, hasMacros };
}

/** Identifies an upload by its magic bytes. Zip-based formats are told apart later, from the central directory. */
export function sniffContent(bytes: Buffer): SniffedContent {
  for (const e of EXECUTABLES)
    if (startsWith(bytes, e.magic)) return { type: 'executable', signature: e.signature };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { type: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'jpeg' };
  if (ZIP_MAGICS.some((m) => startsWith(bytes, m))) return { type: 'zip' };
  if (startsWith(bytes, OLE_MAGIC)) return sniffOle(bytes);
  const markup = sniffMarkup(bytes);
  if (markup) return { type: 'active', signature: markup };
  return { type: 'unknown' };
}

/** Archive formats we recognise inside a zip: zip itself (inspected) and others (refused, as we cannot look in). */
export function sniffArchiveFormat(
  head: Buffer,
): 'zip' | 'RAR' | '7z' | 'GZIP' | 'BZIP2' | 'XZ' | 'CAB' | null {
  if (ZIP_MAGICS.some((m) => startsWith(head, m))) return 'zip';
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'RAR';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(head, [0x1f, 0x8b])) return 'GZIP';
  if (startsWith(head, [0x42, 0x5a, 0x68]) && startsWith(head, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) {
    return 'BZIP2';
  }
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'XZ';
  if (startsWith(head, [0x4d, 0x53, 0x43, 0x46])) return 'CAB';
  return null;
}

/** What a zip's entry names say it is: an Office Open XML document, an OFD document, a program, or a plain zip. */
export type ZipClassification =
  | { type: 'kind'; kind: 'docx' | 'xlsx' | 'ofd' | 'zip'; hasMacros: boolean }
  | { type: 'executable'; signature: string }
  | { type: 'unknown' };

/** Tells zip-based formats apart by their entry names (from the central directory, nothing decompressed). */
export function classifyZipEntries(entryNames: readonly string[]): ZipClassification {
  const names = entryNames.map((n) => n.replace(/\\/g, '/').toLowerCase());
  const has = (name: string) => names.includes(name);
  const under = (prefix: string) => names.some((n) => n.startsWith(prefix));
  const hasMacros = names.some((n) => n.endsWith('vbaproject.bin'));
  if (has('[content_types].xml')) {
    if (under('word/')) return { type: 'kind', kind: 'docx', hasMacros };
    if (under('xl/')) return { type: 'kind', kind: 'xlsx', hasMacros };
    return { type: 'unknown' };
  }
  if (has('ofd.xml')) return { type: 'kind', kind: 'ofd', hasMacros: false };
  if (has('meta-inf/manifest.mf') && names.some((n) => n.endsWith('.class'))) {
    return { type: 'executable', signature: 'java-archive' };
  }
  if (has('androidmanifest.xml') && has('classes.dex'))
    return { type: 'executable', signature: 'android-package' };
  return { type: 'kind', kind: 'zip', hasMacros: false };
}
