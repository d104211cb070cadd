import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { sniffArchiveFormat } from './content-sniffing';
import { rejectUpload, type UploadRejection } from './upload-rejection';

/** Bounds that keep a hostile archive from exhausting memory, disk or CPU of whoever opens it later. */
export type ArchiveLimits = {
  /** Entries across the archive and any archive nested in it. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes, nested archives included. */
  maxTotalUncompressedBytes: number;
  /** Largest uncompressed:compressed ratio of one entry... */
  maxCompressionRatio: number;
  /** ...checked only for entries at least this large, as small repetitive XML parts compress well legitimately. */
  ratioCheckMinBytes: number;
  /** Archives inside the upload: 1 allows a spreadsheet embedded in a .docx but not a zip inside that. */
  maxNestingDepth: number;
};

/** The bounds we apply unless told otherwise. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 1000,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 1024 * 1024,
  maxNestingDepth: 1,
};

/** The archive passed: the names of its top-level entries, for telling docx, xlsx, ofd and zip apart. */
export type ZipInspection = { ok: true; entryNames: string[] } | UploadRejection;

type Budget = { entries: number; bytes: number };
type NamedEntry = { name: string; entry: Entry };

const STORED = 0;
const DEFLATED = 8;
const HEAD_BYTES = 16;

function openZip(bytes: Buffer): Promise<ZipFile> {
  return yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: false, autoClose: false });
}

function unsafePathReason(name: string): 'traversal' | 'absolute' | null {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'absolute';
  const isDotsOnly = (segment: string) => segment.includes('..') && /^[. ]+$/.test(segment);
  if (path.includes('\0') || path.split('/').some(isDotsOnly)) return 'traversal';
  return null;
}

function isSymlink(entry: Entry): boolean {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  return madeOnUnix && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

/** Checks one central-directory record; nothing is decompressed. */
function checkEntry(
  name: string,
  entry: Entry,
  limits: ArchiveLimits,
  budget: Budget,
): UploadRejection | null {
  budget.entries += 1;
  if (budget.entries > limits.maxEntries) {
    return rejectUpload('archive-too-many-entries', { maxEntries: limits.maxEntries });
  }
  // Bit 0: traditional or AES encryption; bit 6: strong encryption; method 99: WinZip AES.
  if ((entry.generalPurposeBitFlag & 0x41) !== 0 || entry.compressionMethod === 99) {
    return rejectUpload('archive-encrypted', { entry: name });
  }
  const reason = unsafePathReason(name);
  if (reason) return rejectUpload('archive-unsafe-path', { entry: name, reason });
  if (isSymlink(entry)) return rejectUpload('archive-unsafe-path', { entry: name, reason: 'symlink' });
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return rejectUpload('archive-unreadable', { reason: `compression method ${entry.compressionMethod}` });
  }
  budget.bytes += entry.uncompressedSize;
  if (budget.bytes > limits.maxTotalUncompressedBytes) {
    return rejectUpload('archive-too-large', { maxBytes: limits.maxTotalUncompressedBytes });
  }
  if (entry.uncompressedSize >= limits.ratioCheckMinBytes) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      const rounded = Math.round(ratio);
      return rejectUpload('archive-compression-ratio', {
        entry: name,
        ratio: rounded,
        maxRatio: limits.maxCompressionRatio,
      });
    }
  }
  return null;
}

async function listEntries(
  zip: ZipFile,
  limits: ArchiveLimits,
  budget: Budget,
): Promise<NamedEntry[] | UploadRejection> {
  if (budget.entries + zip.entryCount > limits.maxEntries) {
    return rejectUpload('archive-too-many-entries', { maxEntries: limits.maxEntries });
  }
  const entries: NamedEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(
      entry.generalPurposeBitFlag,
      entry.fileNameRaw,
      entry.extraFields,
      false,
    );
    const rejection = checkEntry(name, entry, limits, budget);
    if (rejection) return rejection;
    entries.push({ name, entry });
  }
  return entries;
}

/** Reads at most `maxBytes` of an entry's decompressed data; yauzl fails the stream if it outgrows its declared size. */
async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= maxBytes) break;
    }
  } finally {
    stream.destroy();
  }
  const data = Buffer.concat(chunks);
  return data.length > maxBytes ? data.subarray(0, maxBytes) : data;
}

/** Looks inside every entry's first bytes for archives: zips are inspected one level down, others refused. */
async function checkNestedArchives(
  zip: ZipFile,
  entries: NamedEntry[],
  depth: number,
  limits: ArchiveLimits,
  budget: Budget,
): Promise<UploadRejection | null> {
  for (const { name, entry } of entries) {
    if (name.endsWith('/') || entry.uncompressedSize < 4) continue;
    const format = sniffArchiveFormat(await readEntry(zip, entry, HEAD_BYTES));
    if (!format) continue;
    if (depth + 1 > limits.maxNestingDepth) {
      return rejectUpload('archive-too-deep', { entry: name, maxDepth: limits.maxNestingDepth });
    }
    if (format !== 'zip') return rejectUpload('archive-nested-unsupported', { entry: name, format });
    const inner = await inspectArchive(
      await readEntry(zip, entry, Number.POSITIVE_INFINITY),
      depth + 1,
      limits,
      budget,
    );
    if (!inner.ok) return inner;
  }
  return null;
}

async function inspectArchive(
  bytes: Buffer,
  depth: number,
  limits: ArchiveLimits,
  budget: Budget,
): Promise<ZipInspection> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (err) {
    return rejectUpload('archive-unreadable', { reason: (err as Error).message });
  }
  try {
    const entries = await listEntries(zip, limits, budget);
    if (!Array.isArray(entries)) return entries;
    const nested = await checkNestedArchives(zip, entries, depth, limits, budget);
    if (nested) return nested;
    return { ok: true, entryNames: entries.map((e) => e.name) };
  } catch (err) {
    return rejectUpload('archive-unreadable', { reason: (err as Error).message });
  } finally {
    zip.close();
  }
}

/**
 * Checks a zip (or docx, xlsx, ofd) from its central directory: entry count, encryption, unsafe paths and
 * symbolic links, compression methods, declared total size and per-entry ratio. Then it reads the first bytes of
 * each entry to find nested archives, and inspects nested zips the same way, sharing one budget. Only declared
 * sizes are trusted up front; yauzl stops any stream that decompresses to more than its entry declared.
 */
export function inspectZip(
  bytes: Buffer,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<ZipInspection> {
  return inspectArchive(bytes, 0, limits, { entries: 0, bytes: 0 });
}
