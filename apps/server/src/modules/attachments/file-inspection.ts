import { createHash } from 'node:crypto';
import { classifyZipEntries, type SniffedContent, sniffContent } from './content-sniffing';
import { describeKinds, FILE_KIND_INFO, type FileKind } from './file-kinds';
import { findPdfActiveContent } from './pdf-inspection';
import { claimedExtension, sanitizeFileName } from './safe-file-name';
import { rejectUpload, type UploadRejection } from './upload-rejection';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS, inspectZip } from './zip-inspection';

/** An upload as received: the name and type the browser sent (both untrusted) and the bytes. */
export type UploadToInspect = {
  fileName: string;
  /** The browser's Content-Type. Deliberately unused: browsers guess it from the extension, so it proves nothing. */
  declaredType?: string | null;
  bytes: Buffer;
  maxBytes: number;
  allowedKinds: readonly FileKind[];
  archiveLimits?: Partial<ArchiveLimits>;
};

/** An accepted upload: the kind found in its content, the content type to serve it with, and a safe name. */
export type AcceptedUpload = {
  ok: true;
  kind: FileKind;
  contentType: string;
  safeFileName: string;
  sha256: string;
  size: number;
};

/** The outcome of inspecting an upload. */
export type UploadInspection = AcceptedUpload | UploadRejection;

/** The kind the content shows, a refusal, or null when we cannot tell. */
async function identifyKind(
  bytes: Buffer,
  sniffed: SniffedContent,
  limits: ArchiveLimits,
): Promise<{ kind: FileKind } | UploadRejection | null> {
  switch (sniffed.type) {
    case 'executable':
      return rejectUpload('executable', { signature: sniffed.signature });
    case 'active':
      return rejectUpload('active-content', { signature: sniffed.signature });
    case 'unknown':
      return null;
    case 'ole':
      if (sniffed.kind && sniffed.hasMacros)
        return rejectUpload('office-macros', { evidence: 'ole-vba-storage' });
      return sniffed.kind ? { kind: sniffed.kind } : null;
    case 'zip': {
      const zip = await inspectZip(bytes, limits);
      if (!zip.ok) return zip;
      const classified = classifyZipEntries(zip.entryNames);
      if (classified.type === 'executable')
        return rejectUpload('executable', { signature: classified.signature });
      if (classified.type === 'unknown') return null;
      if (classified.hasMacros) return rejectUpload('office-macros', { evidence: 'vbaProject.bin' });
      return { kind: classified.kind };
    }
    default:
      return { kind: sniffed.type };
  }
}

/**
 * Decides whether an upload may be stored, from its content alone: size, magic bytes, the zip central directory
 * (docx, xlsx, ofd, zip, with bomb and traversal checks), PDF active content and Office macros. The extension must
 * agree with the content and the kind must be allowed for this upload. On success it returns the content type to
 * serve, a sanitised file name and the SHA-256. It reads only the given buffer and never throws for bad input.
 */
export async function inspectUpload(upload: UploadToInspect): Promise<UploadInspection> {
  const { bytes, maxBytes, allowedKinds } = upload;
  if (bytes.length === 0) return rejectUpload('empty-file', {});
  if (bytes.length > maxBytes) return rejectUpload('too-large', { size: bytes.length, maxBytes });

  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...upload.archiveLimits };
  const sniffed = sniffContent(bytes);
  const identified = await identifyKind(bytes, sniffed, limits);
  if (!identified) {
    return rejectUpload('unknown-type', { found: sniffed.type === 'ole' ? 'ole-other' : sniffed.type });
  }
  if (!('kind' in identified)) return identified;
  const { kind } = identified;
  const info = FILE_KIND_INFO[kind];

  const extension = claimedExtension(upload.fileName);
  if (extension && !info.extensions.includes(extension)) {
    return rejectUpload('extension-mismatch', { extension, found: info.label });
  }
  if (!allowedKinds.includes(kind)) {
    return rejectUpload('type-not-allowed', { found: info.label, allowed: describeKinds(allowedKinds) });
  }
  if (kind === 'pdf') {
    const names = findPdfActiveContent(bytes);
    if (names.length > 0) return rejectUpload('pdf-active-content', { names });
  }
  return {
    ok: true,
    kind,
    contentType: info.contentType,
    safeFileName: sanitizeFileName(upload.fileName, extension ?? info.extensions[0]!),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
  };
}
