import { type ApplicationState, isEditable } from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import { inspectUpload } from '../attachments/file-inspection';
import type { FileKind } from '../attachments/file-kinds';
import type { MalwareScanner } from '../attachments/malware-scanner';
import { type FileStorage, newStorageKey } from '../attachments/storage';

/** What an applicant may attach: documents and scans; never archives or anything that runs. */
export const attachmentKinds: readonly FileKind[] = [
  'pdf',
  'png',
  'jpeg',
  'docx',
  'xlsx',
  'doc',
  'xls',
  'ofd',
];

export type UploadInput = {
  code: string;
  scopeKind: 'organisation' | 'person' | null;
  scopeKey: string | null;
  signedOn: string | null;
  fileName: string;
  bytes: Buffer;
};

/**
 * Attachments of an application: inspected by content (hostile files refused with a reason), scanned when a scanner
 * is configured, stored under a random key, recorded with their SHA-256. Only while the application is editable.
 */
export function createAttachmentService(deps: {
  transaction: TransactionRunner;
  repos: Repositories;
  storage: FileStorage;
  scanner: MalwareScanner;
  clock: Clock;
  maxBytes: number;
}) {
  async function assertEditable(applicationId: string) {
    const app = await deps.repos.applications.findById(applicationId);
    if (!app) throw notFound();
    if (!isEditable(app.state as ApplicationState))
      throw new AppError('application_frozen', 409, {}, { state: app.state });
    return app;
  }

  return {
    async upload(applicationId: string, input: UploadInput, userId: string, locale: 'zh-CN' | 'en-US') {
      await assertEditable(applicationId);
      const inspected = await inspectUpload({
        fileName: input.fileName,
        bytes: input.bytes,
        maxBytes: deps.maxBytes,
        allowedKinds: attachmentKinds,
      });
      if (!inspected.ok) {
        throw new AppError(
          'attachment_rejected',
          400,
          { reason: inspected.message[locale] },
          {
            code: inspected.code,
            message: inspected.message,
            ...inspected.details,
          },
        );
      }
      const scan = await deps.scanner.scan(input.bytes);
      if (scan.status === 'infected' || scan.status === 'error') {
        const reason =
          scan.status === 'infected'
            ? locale === 'zh-CN'
              ? `检测到恶意代码（${scan.signature ?? ''}）`
              : `malware found (${scan.signature ?? ''})`
            : locale === 'zh-CN'
              ? '病毒扫描暂不可用，请稍后再试'
              : 'the malware scanner is unavailable; try again later';
        throw new AppError(
          'attachment_rejected',
          scan.status === 'infected' ? 400 : 503,
          { reason },
          { scan: scan.status },
        );
      }
      const storageKey = newStorageKey(deps.clock.now());
      await deps.storage.put(storageKey, input.bytes, inspected.contentType);
      return deps.transaction(async (repos) => {
        // the application may have been submitted while the file was being stored
        const app = await repos.applications.findForUpdate(applicationId);
        if (!app || !isEditable(app.state as ApplicationState)) {
          await deps.storage.delete(storageKey);
          throw new AppError('application_frozen', 409);
        }
        return repos.applications.insertAttachment({
          applicationId,
          code: input.code,
          scopeKind: input.scopeKind,
          scopeKey: input.scopeKey,
          signedOn: input.signedOn,
          fileName: inspected.safeFileName,
          contentType: inspected.contentType,
          kind: inspected.kind,
          size: inspected.size,
          sha256: inspected.sha256,
          storageKey,
          scanStatus: scan.status,
          uploadedBy: userId,
          createdAt: deps.clock.now(),
        });
      });
    },

    async remove(applicationId: string, attachmentId: string) {
      const app = await assertEditable(applicationId);
      const row = await deps.repos.applications.findAttachment(applicationId, attachmentId);
      if (!row) throw notFound();
      await deps.repos.applications.deleteAttachment(row.id);
      // a file of an application that was ever submitted stays stored: a frozen submission may name it
      if (app.submissionCount === 0) await deps.storage.delete(row.storageKey);
    },

    async read(applicationId: string, attachmentId: string) {
      const row = await deps.repos.applications.findAttachment(applicationId, attachmentId);
      if (!row) throw notFound();
      const bytes = await deps.storage.get(row.storageKey);
      if (!bytes) throw notFound();
      return { row, bytes };
    },
  };
}
export type AttachmentService = ReturnType<typeof createAttachmentService>;
