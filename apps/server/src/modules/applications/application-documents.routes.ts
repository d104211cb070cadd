import {
  type ApplicationContent,
  type Call,
  findNode,
  regionDisplayName,
  resolveNode,
} from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { AppError, notFound } from '../../http/app-error';
import { errorBodySchema, requestLocale } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { applicationPolicies, type LoadedApplication } from './application.policy';
import { eligibilityReportFor } from './application-eligibility';
import type { ApplicationSnapshot } from './documents/application-document.types';
import { renderApplicationPdf } from './documents/application-pdf';
import { renderReceiptPdf } from './documents/receipt-pdf';

const tags = ['applications'];
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/**
 * What the documents show: the frozen submission once there is one (the content and attachments as submitted),
 * otherwise the draft as it stands.
 */
async function snapshotOf(deps: Deps, app: LoadedApplication, locale: 'zh-CN' | 'en-US') {
  const { repos } = deps;
  const callRow = await repos.catalogue.findCall(app.callId);
  const org = await repos.organisations.findById(app.organisationId);
  if (!callRow || !org) throw notFound();
  const call = callRow.content as Call;
  const found = findNode(call, app.directionCode);
  const names = new Map<string, string>();
  if (found) {
    for (const a of resolveNode(call, found.ancestors, found.node).requiredAttachments)
      names.set(a.code, locale === 'zh-CN' ? a.name : (a.nameEn ?? a.name));
  }
  const submission = app.submissionCount > 0 ? await repos.applications.latestSubmission(app.id) : undefined;
  const files = submission
    ? (submission.attachments as { code: string; fileName: string; size: number; sha256: string }[])
    : await repos.applications.listAttachments(app.id);
  const snapshot: ApplicationSnapshot = {
    application: {
      id: app.id,
      version: submission?.version ?? 0,
      status: app.state,
      submittedAt: submission?.submittedAt.toISOString() ?? null,
      contentHash: submission?.contentHash ?? null,
    },
    content: deps.services.applications.parseContent(
      submission?.content ?? app.content,
    ) as ApplicationContent,
    call: { id: call.id, title: call.title, issuer: call.issuer, year: call.year },
    direction: {
      code: app.directionCode,
      name: found?.node.name ?? app.directionCode,
      path: found?.ancestors.map((a) => a.name) ?? [],
    },
    leadOrg: {
      id: org.id,
      name: org.name,
      uscc: org.uscc,
      regionName: org.regionCode ? regionDisplayName(org.regionCode, locale) : null,
      type: org.type as ApplicationSnapshot['leadOrg']['type'],
    },
    attachments: files.map((f) => ({
      code: f.code,
      name: names.get(f.code) ?? f.code,
      fileName: f.fileName,
      size: f.size,
      sha256: f.sha256,
    })),
    locale,
  };
  return { snapshot, call, org, submission };
}

function sendPdf(reply: import('fastify').FastifyReply, bytes: Buffer, fileName: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

export function registerApplicationDocumentRoutes(app: FastifyInstance, deps: Deps) {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/pdf',
    schema: {
      tags,
      summary:
        'The whole application as PDF (the submitted version once submitted; a draft carries a watermark)',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.any(), ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req, reply) => {
      const locale = requestLocale(req);
      const { snapshot, call, org } = await snapshotOf(deps, req.ctx.resource, locale);
      const attachments = await deps.repos.applications.listAttachments(req.ctx.resource.id);
      const report = eligibilityReportFor({
        call,
        directionCode: req.ctx.resource.directionCode,
        content: snapshot.content,
        organisation: org,
        attachments,
        otherUsesOfAgreements: [],
        now: deps.clock.now(),
      });
      const s = report.summary;
      const pdf = await renderApplicationPdf({
        ...snapshot,
        eligibility: {
          canSubmit: s.canSubmit,
          blocking: s.blockingFailures + s.blockingUnknowns,
          warnings: s.warnings,
          unknown: s.unknown,
        },
      });
      return sendPdf(reply, pdf, `application-${req.ctx.resource.id}.pdf`);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/receipt.pdf',
    schema: {
      tags,
      summary: 'The submission receipt: time, version, content hash and attachment hashes',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.any(), ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req, reply) => {
      const { snapshot, submission } = await snapshotOf(deps, req.ctx.resource, requestLocale(req));
      if (!submission) throw new AppError('transition_not_allowed', 409, { state: req.ctx.resource.state });
      return sendPdf(
        reply,
        await renderReceiptPdf(snapshot),
        `receipt-${req.ctx.resource.id}-v${submission.version}.pdf`,
      );
    },
  });
}
