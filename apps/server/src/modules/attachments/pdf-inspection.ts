import { constants, inflateSync } from 'node:zlib';

/**
 * PDF names we refuse: scripts (/JS, /JavaScript), actions that start programs (/Launch) and files carried inside
 * the PDF (/EmbeddedFile), which would bypass the type checks applied to every upload. We reject rather than warn:
 * cooperation agreements, pledges and letters have no need of them, and "Print to PDF" removes them all.
 */
export const PDF_ACTIVE_NAMES: ReadonlySet<string> = new Set(['JS', 'JavaScript', 'Launch', 'EmbeddedFile']);

/** How much we inflate from object streams before giving up on looking further (the rest is left unscanned). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** PDF name tokens, with #xx escapes decoded, so that /J#61vaScript is seen as /JavaScript. */
function* pdfNames(text: string): Generator<string> {
  for (const match of text.matchAll(/\/([^\s/<>[\](){}%]+)/g)) {
    const raw = match[1] ?? '';
    yield raw.includes('#')
      ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      : raw;
  }
}

function findActiveNames(text: string, found: Set<string>): void {
  for (const name of pdfNames(text)) if (PDF_ACTIVE_NAMES.has(name)) found.add(name);
}

/**
 * Objects can hide inside compressed object streams (/Type /ObjStm, PDF 1.5+), where a byte search cannot see
 * them; inflate those that use FlateDecode. Streams we cannot decode (other filters, encrypted PDFs) are skipped.
 */
function* objectStreams(bytes: Buffer, text: string): Generator<Buffer> {
  let budget = MAX_INFLATED_BYTES;
  for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const dictionary = text.slice(
      Math.max(0, text.lastIndexOf(' obj', match.index), start - 4096),
      match.index,
    );
    const names = new Set(pdfNames(dictionary));
    if (!names.has('ObjStm') || !names.has('FlateDecode')) continue;
    const end = text.indexOf('endstream', start);
    if (end < 0 || budget <= 0) continue;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: budget,
      });
      budget -= inflated.length;
      yield inflated;
    } catch {
      // Not decodable: a damaged or encrypted stream. Readers cannot parse it either.
    }
  }
}

/**
 * The active-content names a PDF contains (empty when it is clean), searching the file's bytes and its
 * FlateDecode object streams.
 */
export function findPdfActiveContent(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const found = new Set<string>();
  findActiveNames(text, found);
  for (const inflated of objectStreams(bytes, text)) findActiveNames(inflated.toString('latin1'), found);
  return [...found].sort();
}
