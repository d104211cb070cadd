import { type Call, callPhase, findDirections, type ResolvedDirection } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute, type Policy } from '../../http/route';
import { applicationPolicies } from './application.policy';
import { eligibilityReportFor, leadFactsOf } from './application-eligibility';

const tags = ['eligibility'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const bilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const resultSchema = z.object({
  requirementId: z.string().nullable(),
  index: z.number(),
  kind: z.string(),
  outcome: z.enum(['pass', 'fail', 'unknown', 'manual']),
  severity: z.enum(['blocking', 'warning', 'manual']),
  message: bilingual,
  rule: bilingual,
  missing: z.array(z.string()),
  quote: z.string(),
  location: z.string(),
  interpretation: z.string().nullable(),
  definedAt: z.string().nullable(),
});
export const eligibilityReportSchema = z.object({
  callId: z.string().nullable(),
  directionCode: z.string().nullable(),
  results: z.array(resultSchema),
  summary: z.object({
    total: z.number(),
    passed: z.number(),
    failed: z.number(),
    unknown: z.number(),
    manual: z.number(),
    blockingFailures: z.number(),
    blockingUnknowns: z.number(),
    warnings: z.number(),
    canSubmit: z.boolean(),
  }),
});

/** Anyone of an organisation may ask what it can apply to. */
const finderPolicy: Policy = {
  name: 'eligibility.finder',
  authenticated: true,
  allow: (actor) => !!actor?.organisationId,
};

export function registerEligibilityRoutes(app: FastifyInstance, deps: Deps) {
  const { repos, clock } = deps;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/eligibility',
    schema: {
      tags,
      summary:
        "The eligibility report of the draft as it stands: each requirement's outcome, reason and clause",
      params: z.object({ id: z.uuid() }),
      response: { 200: eligibilityReportSchema, ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req) => {
      const application = req.ctx.resource;
      const callRow = await repos.catalogue.findCall(application.callId);
      const organisation = await repos.organisations.findById(application.organisationId);
      if (!callRow || !organisation) throw notFound();
      const attachments = await repos.applications.listAttachments(application.id);
      const others = await repos.applications.otherApplicationsWithFiles(
        application.id,
        attachments.map((a) => a.sha256),
      );
      return eligibilityReportFor({
        call: callRow.content as Call,
        directionCode: application.directionCode,
        content: deps.services.applications.parseContent(application.content),
        organisation,
        attachments,
        otherUsesOfAgreements: others.filter((o) => o.state !== 'withdrawn' && o.state !== 'draft'),
        now: clock.now(),
      });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/finder',
    schema: {
      tags,
      summary:
        'What can my organisation apply to, and what is missing: every direction of open (and upcoming) calls',
      querystring: z.object({ includeClosed: z.enum(['true', 'false']).default('false') }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              callId: z.string(),
              callTitle: z.string(),
              year: z.number(),
              code: z.string(),
              name: z.string(),
              phase: z.string(),
              verdict: z.enum(['eligible', 'ineligible', 'incomplete']),
              blockingReasons: z.array(
                z.object({ kind: z.string(), message: bilingual, quote: z.string(), location: z.string() }),
              ),
              missing: z.array(z.string()),
              openRequirements: z.number(),
            }),
          ),
        }),
        ...errors,
      },
    },
    policy: finderPolicy,
    handler: async (req) => {
      const org = await repos.organisations.findById(req.ctx.actor!.organisationId!);
      if (!org) throw notFound();
      const now = clock.now();
      const rows = (await repos.catalogue.listResolvedDirections(['published'])).map((r) => ({
        ...r,
        phase: callPhase(
          { start: r.submissionStart?.toISOString() ?? null, end: r.submissionEnd?.toISOString() ?? null },
          now,
        ),
      }));
      const wanted =
        req.query.includeClosed === 'true'
          ? rows
          : rows.filter((r) => r.phase === 'open' || r.phase === 'upcoming');
      const byKey = new Map(wanted.map((r) => [`${r.callId}\u0000${r.code}`, r]));
      const matches = findDirections(
        wanted.map((r) => r.resolved as ResolvedDirection),
        { lead: leadFactsOf(org), now: now.toISOString() },
      );
      return {
        items: matches.map((m) => {
          const r = byKey.get(`${m.callId}\u0000${m.code}`)!;
          return {
            callId: m.callId,
            callTitle: r.callTitle,
            year: r.year,
            code: m.code,
            name: r.name,
            phase: r.phase,
            verdict: m.verdict,
            blockingReasons: m.blockingReasons.map((b) => ({
              kind: b.kind,
              message: b.message,
              quote: b.quote,
              location: b.location,
            })),
            missing: m.missing,
            openRequirements: m.openRequirements,
          };
        }),
      };
    },
  });
}
