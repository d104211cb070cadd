import type { ApplicationContent, OrganisationType } from '@yanzhen/domain';
import type { DocumentLocale } from './document-format';

/** An uploaded attachment as the documents list it: what it is, and the digest that pins its bytes. */
export interface DocumentAttachment {
  /** the requirement's code, e.g. integrityPledge */
  code: string;
  /** the attachment's label, e.g. 诚信承诺书 */
  name: string;
  fileName: string;
  /** bytes */
  size: number;
  /** SHA-256, hex */
  sha256: string;
}

/** The application as the documents show it. The caller assembles it; the renderers read nothing else. */
export interface ApplicationSnapshot {
  application: {
    id: string;
    version: number;
    /** a lifecycle state (`applicationStates`); `draft` gets the watermark */
    status: string;
    /** ISO 8601 instant, null before the first submission */
    submittedAt: string | null;
    /** SHA-256 hex of the submitted content, null before the first submission */
    contentHash: string | null;
  };
  content: ApplicationContent;
  call: { id: string; title: string; issuer: string; year: number };
  /** `path` holds the names of the direction's ancestors, category first */
  direction: { code: string; name: string; path: string[] };
  leadOrg: {
    /** lets team members' `organisationId` point at the lead */
    id?: string;
    name: string;
    uscc: string | null;
    regionName: string | null;
    type: OrganisationType | null;
  };
  attachments: DocumentAttachment[];
  locale: DocumentLocale;
}

/** What the application PDF shows: the application and the summary of its eligibility check. */
export interface ApplicationDocumentInput extends ApplicationSnapshot {
  eligibility: { canSubmit: boolean; blocking: number; warnings: number; unknown: number };
}

/** What the submission receipt shows; `submittedAt` and `contentHash` must be set. */
export type ReceiptDocumentInput = ApplicationSnapshot;
