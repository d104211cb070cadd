import {
  type ApplicationContent,
  type Call,
  findNode,
  formatShanghai,
  regionDisplayName,
} from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import { inspectUpload } from '../attachments/file-inspection';
import { type FileStorage, newStorageKey } from '../attachments/storage';
import { notifyBatchSent } from '../notifications/notify-events';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { SummaryRow } from './documents/recommendation-document.types';
import { renderRecommendationLetterDocx } from './documents/recommendation-letter.docx';
import { renderRecommendationLetterPdf } from './documents/recommendation-letter.pdf';
import { renderRecommendationSummaryXlsx } from './documents/recommendation-summary.xlsx';

const years = (c: ApplicationContent) => {
  const { startDate, endDate } = c.basics;
  if (!startDate || !endDate) return 0;
  return Math.round(((Date.parse(endDate) - Date.parse(startDate)) / (365.25 * 86_400_000)) * 10) / 10;
};

/**
 * The recommender's batch for a call: the recommendation letter (DOCX, PDF) and the summary table (xlsx) of what it
 * recommended, the stamped scan it uploads, and "send" — allowed only with all three, before the deadline.
 */
export function createRecommendationBatchService(deps: {
  repos: Repositories;
  transaction: TransactionRunner;
  storage: FileStorage;
  clock: Clock;
}) {
  const { repos, clock } = deps;

  async function recommendedBy(callId: string, body: OrganisationRow, r: Repositories = repos) {
    const callRow = await r.catalogue.findCall(callId);
    if (!callRow) throw notFound();
    const call = callRow.content as Call;
    const rows = (await r.recommendations.listRecommended(callId)).filter(
      (r) => r.recommenderOrganisationId === body.id,
    );
    const submissions = await r.recommendations.latestSubmissions(rows.map((row) => row.id));
    const latest = new Map<string, (typeof submissions)[number]>();
    for (const s of submissions) if (!latest.has(s.applicationId)) latest.set(s.applicationId, s);
    return { call, rows, latest };
  }

  function summaryRows(call: Call, data: Awaited<ReturnType<typeof recommendedBy>>): SummaryRow[] {
    return data.rows.map((r, i) => {
      const c = r.content as ApplicationContent;
      const node = findNode(call, r.directionCode)?.node;
      const sub = data.latest.get(r.id);
      return {
        serialNo: i + 1,
        projectName: c.basics.title ?? r.title,
        leadOrganisation: r.organisationName,
        leadOrganisationUscc: r.organisationUscc ?? '',
        region: r.organisationRegionCode ? regionDisplayName(r.organisationRegionCode) : '',
        direction: { code: r.directionCode, name: node?.name ?? '' },
        principalInvestigator: c.principalInvestigator.name ?? '',
        contactPhone: c.principalInvestigator.phone ?? '',
        publicFundingWan: c.budget.publicFundingWan ?? 0,
        selfFundingWan: c.budget.selfFundingWan ?? 0,
        matchingFundsWan: c.budget.matchingFundsWan ?? 0,
        durationYears: years(c),
        mainContent: c.sections.summary ?? '',
        field: (node?.priorityFields ?? []).join('、'),
        incentive: r.recommendedIncentive,
        submittedAt: sub?.submittedAt ?? new Date(0),
        contentHash: sub?.contentHash ?? '',
      };
    });
  }

  function assertOpen(call: Call) {
    if (call.recommendationDeadline && clock.now().getTime() > Date.parse(call.recommendationDeadline)) {
      throw new AppError('recommendation_closed', 409, {
        deadline: formatShanghai(call.recommendationDeadline),
      });
    }
  }

  return {
    async summaryXlsx(callId: string, body: OrganisationRow) {
      const data = await recommendedBy(callId, body);
      const xlsx = await renderRecommendationSummaryXlsx({
        call: { id: data.call.id, title: data.call.title, year: data.call.year },
        recommender: { name: body.name },
        generatedAt: clock.now(),
        rows: summaryRows(data.call, data),
      });
      await repos.recommendations.upsertBatch(callId, body.id, { summaryGeneratedAt: clock.now() });
      return xlsx;
    },

    async letter(
      callId: string,
      body: OrganisationRow,
      format: 'docx' | 'pdf',
      contact: { name: string; phone: string },
    ) {
      const data = await recommendedBy(callId, body);
      if (!data.rows.length) throw new AppError('nothing_recommended', 409);
      const input = {
        call: { title: data.call.title, issuer: data.call.issuer },
        recommender: { name: body.name },
        date: clock.now(),
        applications: summaryRows(data.call, data).map((r) => ({
          projectName: r.projectName,
          leadOrganisation: r.leadOrganisation,
          direction: r.direction,
          publicFundingWan: r.publicFundingWan,
        })),
        contact,
      };
      const bytes =
        format === 'docx'
          ? await renderRecommendationLetterDocx(input)
          : await renderRecommendationLetterPdf(input);
      await repos.recommendations.upsertBatch(callId, body.id, { letterGeneratedAt: clock.now() });
      return bytes;
    },

    async uploadScan(
      callId: string,
      body: OrganisationRow,
      file: { fileName: string; bytes: Buffer },
      maxBytes: number,
      locale: 'zh-CN' | 'en-US',
    ) {
      const callRow = await repos.catalogue.findCall(callId);
      if (!callRow) throw notFound();
      assertOpen(callRow.content as Call);
      const batch = await repos.recommendations.findBatch(callId, body.id);
      if (batch?.sentAt) throw new AppError('batch_already_sent', 409);
      const inspected = await inspectUpload({
        fileName: file.fileName,
        bytes: file.bytes,
        maxBytes,
        allowedKinds: ['pdf', 'jpeg', 'png', 'ofd'],
      });
      if (!inspected.ok) {
        throw new AppError(
          'attachment_rejected',
          400,
          { reason: inspected.message[locale] },
          { code: inspected.code, ...inspected.details },
        );
      }
      const key = newStorageKey(clock.now());
      await deps.storage.put(key, file.bytes, inspected.contentType);
      await repos.recommendations.upsertBatch(callId, body.id, {
        scanFileName: inspected.safeFileName,
        scanStorageKey: key,
        scanSha256: inspected.sha256,
        scanContentType: inspected.contentType,
        scanUploadedAt: clock.now(),
      });
    },

    async status(callId: string, body: OrganisationRow) {
      const batch = await repos.recommendations.findBatch(callId, body.id);
      const data = await recommendedBy(callId, body);
      return {
        callId,
        recommended: data.rows.length,
        letterGeneratedAt: batch?.letterGeneratedAt?.toISOString() ?? null,
        summaryGeneratedAt: batch?.summaryGeneratedAt?.toISOString() ?? null,
        scan: batch?.scanStorageKey
          ? {
              fileName: batch.scanFileName ?? '',
              sha256: batch.scanSha256 ?? '',
              uploadedAt: batch.scanUploadedAt?.toISOString() ?? '',
            }
          : null,
        sentAt: batch?.sentAt?.toISOString() ?? null,
      };
    },

    /** Sends the batch: the letter and the summary generated, the stamped scan uploaded, before the deadline. */
    async send(callId: string, body: OrganisationRow, userId: string) {
      return deps.transaction(async (tx) => {
        const callRow = await tx.catalogue.findCall(callId);
        if (!callRow) throw notFound();
        assertOpen(callRow.content as Call);
        const batch = await tx.recommendations.findBatch(callId, body.id);
        if (batch?.sentAt) return batch.sentAt;
        const missing = [
          ...(batch?.letterGeneratedAt ? [] : ['letter']),
          ...(batch?.summaryGeneratedAt ? [] : ['summary']),
          ...(batch?.scanStorageKey ? [] : ['scan']),
        ];
        if (missing.length) throw new AppError('batch_incomplete', 409, {}, { missing });
        // inside the transaction: the embedded database has one connection, and the transaction holds it
        const data = await recommendedBy(callId, body, tx);
        const now = clock.now();
        await tx.recommendations.upsertBatch(callId, body.id, {
          sentAt: now,
          sentBy: userId,
          applications: data.rows.map((r) => ({
            id: r.id,
            contentHash: data.latest.get(r.id)?.contentHash ?? null,
          })),
        });
        await notifyBatchSent(tx, {
          callId,
          recommenderOrganisationId: body.id,
          count: data.rows.length,
          at: now,
        });
        return now;
      });
    },
  };
}
export type RecommendationBatchService = ReturnType<typeof createRecommendationBatchService>;
