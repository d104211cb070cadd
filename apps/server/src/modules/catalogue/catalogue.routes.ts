import {
  type Call,
  diffValues,
  findNode,
  type GuideNode,
  listDirections,
  resolveNode,
} from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { changeSchema } from '../../http/change.presenter';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { cataloguePolicies, visibleStatuses } from './catalogue.policy';
import {
  callSummarySchema,
  directionSummarySchema,
  phaseOf,
  presentCallSummary,
  presentDirectionSummary,
  presentResolved,
  resolvedDirectionSchema,
} from './catalogue.presenter';
import { readSourceDocument } from './catalogue-files';
import { buildDeadlineCalendar } from './deadline-calendar';

const tags = ['catalogue'];
const errors = { 400: errorBodySchema, 404: errorBodySchema };
const callIdParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/) });
const optionalNumber = z.coerce.number().finite().optional();
const optionalDate = z.iso.datetime({ offset: true }).optional();

export const directionQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  country: z.string().trim().max(50).optional(),
  field: z.string().trim().max(50).optional(),
  category: z.string().trim().max(100).optional(),
  applicantType: z.string().trim().max(40).optional(),
  organisationMode: z.enum(['competitive', 'commissioned']).optional(),
  capMin: optionalNumber,
  capMax: optionalNumber,
  deadlineFrom: optionalDate,
  deadlineTo: optionalDate,
  callId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export function registerCatalogueRoutes(app: FastifyInstance, deps: Deps) {
  const { repos, clock } = deps;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calls',
    schema: {
      tags,
      summary: 'Calls with their phase (upcoming / open / closed, Asia/Shanghai) and countdown',
      response: { 200: z.object({ items: z.array(callSummarySchema), now: z.string() }) },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req) => {
      const now = clock.now();
      const rows = await repos.catalogue.listCallSummaries(visibleStatuses(req.ctx.actor));
      return { items: rows.map((r) => presentCallSummary(r, r.directionCount, now)), now: now.toISOString() };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calls/:id',
    schema: {
      tags,
      summary: 'One call with its whole guide tree, quotas, forms and requirements',
      params: callIdParams,
      response: {
        200: z.object({ summary: callSummarySchema, call: z.record(z.string(), z.unknown()) }),
        ...errors,
      },
    },
    policy: cataloguePolicies.readCall,
    handler: async (req) => {
      const row = req.ctx.resource;
      const call = row.content as Call;
      return {
        summary: presentCallSummary(row, listDirections(call).length, clock.now()),
        call: call as unknown as Record<string, unknown>,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calls/:id/nodes/:code',
    schema: {
      tags,
      summary:
        'A node of the guide tree with every value resolved: its own, or inherited (and from where), with its clause',
      params: callIdParams.extend({ code: z.string().min(1).max(100) }),
      response: { 200: resolvedDirectionSchema, ...errors },
    },
    policy: cataloguePolicies.readCall,
    handler: async (req) => {
      const call = req.ctx.resource.content as Call;
      const found = findNode(call, req.params.code);
      if (!found) throw notFound();
      return {
        ...presentResolved(resolveNode(call, found.ancestors, found.node as GuideNode)),
        sourceDocument: call.sourceDocument,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/directions',
    schema: {
      tags,
      summary: 'Search and filter directions across calls',
      querystring: directionQuerySchema,
      response: {
        200: z.object({ items: z.array(directionSummarySchema), total: z.number() }),
        400: errorBodySchema,
      },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req) => {
      const q = req.query;
      const now = clock.now();
      const { rows, total } = await repos.catalogue.searchDirections({
        ...q,
        deadlineFrom: q.deadlineFrom ? new Date(q.deadlineFrom) : undefined,
        deadlineTo: q.deadlineTo ? new Date(q.deadlineTo) : undefined,
        statuses: visibleStatuses(req.ctx.actor),
      });
      return { items: rows.map((r) => presentDirectionSummary(r.direction, r.call, now)), total };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/directions/facets',
    schema: {
      tags,
      summary: 'The values the direction filters offer: countries or regions, fields, categories',
      response: {
        200: z.object({
          countries: z.array(z.object({ code: z.string().nullable(), name: z.string(), count: z.number() })),
          fields: z.array(z.object({ name: z.string(), count: z.number() })),
          categories: z.array(z.object({ name: z.string(), count: z.number() })),
        }),
      },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req) => {
      const rows = await repos.catalogue.facets(visibleStatuses(req.ctx.actor));
      const tally = <K>(keys: K[]) => {
        const m = new Map<string, { key: K; count: number }>();
        for (const k of keys) {
          const id = JSON.stringify(k);
          m.set(id, { key: k, count: (m.get(id)?.count ?? 0) + 1 });
        }
        return [...m.values()].sort((a, b) => b.count - a.count);
      };
      return {
        countries: tally(
          rows.filter((r) => r.countryName).map((r) => ({ code: r.countryCode, name: r.countryName! })),
        ).map((t) => ({ ...t.key, count: t.count })),
        fields: tally(rows.flatMap((r) => r.priorityFields as string[])).map((t) => ({
          name: t.key,
          count: t.count,
        })),
        categories: tally(rows.map((r) => r.categoryName)).map((t) => ({ name: t.key, count: t.count })),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/compare',
    schema: {
      tags,
      summary:
        'The same partner country or region across calls and years, and what changed from one to the next',
      querystring: z.object({ country: z.string().trim().min(1).max(50) }),
      response: {
        200: z.object({
          items: z.array(z.object({ direction: directionSummarySchema, resolved: resolvedDirectionSchema })),
          changes: z.array(
            z.object({
              from: z.object({ callId: z.string(), code: z.string(), year: z.number() }),
              to: z.object({ callId: z.string(), code: z.string(), year: z.number() }),
              changes: z.array(changeSchema),
            }),
          ),
        }),
        400: errorBodySchema,
      },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req) => {
      const now = clock.now();
      const { rows } = await repos.catalogue.searchDirections({
        country: req.query.country,
        statuses: ['published', 'withdrawn'],
        limit: 200,
        offset: 0,
      });
      const ordered = [...rows].sort((a, b) => a.call.year - b.call.year);
      const resolved = await repos.catalogue.resolvedOf(
        ordered.map((r) => ({ callId: r.call.id, code: r.direction.code })),
      );
      const resolvedOf = (r: (typeof rows)[number]) =>
        resolved.get(`${r.call.id}\u0000${r.direction.code}`) as z.infer<typeof resolvedDirectionSchema>;
      const comparable = (r: (typeof rows)[number]) => {
        const e = resolvedOf(r).effective as Record<string, { value: unknown }>;
        return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v.value]));
      };
      const changes = ordered.slice(1).map((r, i) => {
        const prev = ordered[i]!;
        return {
          from: { callId: prev.call.id, code: prev.direction.code, year: prev.call.year },
          to: { callId: r.call.id, code: r.direction.code, year: r.call.year },
          changes: diffValues(comparable(prev), comparable(r)),
        };
      });
      return {
        items: ordered.map((r) => ({
          direction: presentDirectionSummary(r.direction, r.call, now),
          resolved: resolvedOf(r),
        })),
        changes,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/catalogue/sources/:name',
    schema: {
      tags,
      summary: 'The text of a source document, to show a quoted clause in place',
      params: z.object({ name: z.string().regex(/^[\w-]+\.txt$/, 'a source document name') }),
      response: { 200: z.object({ name: z.string(), text: z.string() }), ...errors },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req, reply) => {
      let text: string;
      try {
        text = readSourceDocument(req.params.name);
      } catch {
        throw notFound();
      }
      reply.header('cache-control', 'public, max-age=3600');
      return { name: req.params.name, text };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calendar.ics',
    schema: {
      tags,
      summary: 'Deadlines as an iCalendar feed: domestic windows and foreign deadlines, with filters',
      querystring: z.object({
        country: z.string().trim().max(50).optional(),
        callId: z.string().max(100).optional(),
        include: z.enum(['all', 'domestic', 'foreign']).default('all'),
      }),
      response: { 200: z.string(), 400: errorBodySchema },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async (req, reply) => {
      const calls = await repos.catalogue.listCalls(['published']);
      const { rows } = await repos.catalogue.searchDirections({
        statuses: ['published'],
        limit: 100_000,
        offset: 0,
        country: req.query.country,
        callId: req.query.callId,
      });
      const ics = buildDeadlineCalendar({
        calls: calls.filter((c) => !req.query.callId || c.id === req.query.callId),
        directions: rows.map((r) => r.direction),
        include: req.query.include,
        countryFilter: !!req.query.country,
        publicUrl: deps.config.publicUrl,
        now: clock.now(),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="yanzhen-deadlines.ics"')
        .send(ics);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/catalogue/export',
    schema: {
      tags,
      summary: 'Every published call as JSON (docs/catalogue-format.md)',
      response: {
        200: z.object({
          format: z.literal('yanzhen-catalogue/1'),
          exportedAt: z.string(),
          calls: z.array(z.record(z.string(), z.unknown())),
        }),
      },
    },
    policy: cataloguePolicies.readCatalogue,
    handler: async () => exportCatalogue(deps),
  });
}

/** The public export: every published or withdrawn call, as stored, with its version and phase. */
export async function exportCatalogue(deps: Pick<Deps, 'repos' | 'clock'>) {
  const now = deps.clock.now();
  const rows = await deps.repos.catalogue.listCalls(['published', 'withdrawn']);
  return {
    format: 'yanzhen-catalogue/1' as const,
    exportedAt: now.toISOString(),
    calls: rows.map((r) => {
      const call = r.content as Call;
      return { ...call, version: r.version, phase: phaseOf(r.status, call.submissionWindow, now) } as Record<
        string,
        unknown
      >;
    }),
  };
}
