import { type Call, type CatalogueFile, callSchema, listDirections } from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { AppError, notFound } from '../../http/app-error';
import { sha256 } from '../../shared/tokens';
import { summaryOf } from './catalogue.presenter';
import type { NewCallRow, NewDirectionRow } from './catalogue.repository';

export type CallStatus = 'draft' | 'published' | 'withdrawn';
const hashOf = (call: Call) => sha256(JSON.stringify(call));
const instant = (iso: string | null) => (iso ? new Date(iso) : null);

/** The search rows of a call: one per direction, with inherited values resolved. */
export function directionRows(call: Call): NewDirectionRow[] {
  return listDirections(call).map((d, position) => {
    const e = d.effective;
    const country = e.countryOrRegion?.value as Call['nodes'][number]['countryOrRegion'] | undefined;
    const deadline = e.foreignDeadline?.value as { status: string; date?: string } | undefined;
    const top = d.ancestors[0] ?? d.node;
    const fields = (e.priorityFields?.value as string[] | undefined) ?? [];
    return {
      callId: call.id,
      code: d.node.code,
      name: d.node.name,
      categoryCode: top.code,
      categoryName: top.name,
      countryCode: country?.code ?? null,
      countryName: country?.name ?? null,
      priorityFields: fields,
      applicantTypes: (e.applicantTypes?.value as string[] | undefined) ?? [],
      organisationMode: (e.organisationMode?.value as string | undefined) ?? null,
      fundingCapWan: (e.fundingCapWan?.value as number | undefined) ?? null,
      bilateral: (e.bilateral?.value as boolean | undefined) ?? null,
      foreignDeadline: deadline?.status === 'date' && deadline.date ? new Date(deadline.date) : null,
      foreignAgency: (e.foreignAgency?.value as string | undefined) ?? null,
      searchText: [
        call.title,
        ...d.ancestors.map((a) => a.name),
        d.node.name,
        d.node.nameEn ?? '',
        country?.name ?? '',
        country?.nameEn ?? '',
        ...(country?.subRegions ?? []),
        ...fields,
        (e.researchContent?.value as string | undefined) ?? '',
        (e.foreignAgency?.value as string | undefined) ?? '',
      ].join(' '),
      position,
      // stored without the subtrees: each ancestor would otherwise carry the whole tree below it again
      resolved: {
        ...d,
        node: { ...d.node, children: [] },
        ancestors: d.ancestors.map((a) => ({ ...a, children: [] })),
      },
    };
  });
}

function callColumns(call: Call, status: CallStatus): Omit<NewCallRow, 'version' | 'origin' | 'contentHash'> {
  return {
    id: call.id,
    programmeId: call.programme.id,
    title: call.title,
    year: call.year,
    status,
    content: { ...call, status },
    summary: summaryOf(call),
    submissionStart: instant(call.submissionWindow.start),
    submissionEnd: instant(call.submissionWindow.end),
    recommendationDeadline: instant(call.recommendationDeadline),
  };
}

/**
 * The catalogue: calls loaded from the repository's catalogue files at start (idempotent, versioned), and
 * calls created or edited by programme officers. Every change to a published call is a new version.
 */
export function createCatalogueService(deps: { transaction: TransactionRunner }) {
  async function writeVersion(
    repos: Repositories,
    call: Call,
    status: CallStatus,
    meta: { origin: 'file' | 'editor'; note: string; actorId: string | null; newVersion: boolean },
  ) {
    const existing = await repos.catalogue.findCall(call.id);
    const version = existing ? (meta.newVersion ? existing.version + 1 : existing.version) : 1;
    const columns = callColumns(call, status);
    const contentHash = hashOf(columns.content as Call);
    if (existing)
      await repos.catalogue.updateCall(call.id, { ...columns, version, contentHash, origin: meta.origin });
    else await repos.catalogue.insertCall({ ...columns, version, contentHash, origin: meta.origin });
    const versionRow = {
      callId: call.id,
      version,
      status,
      content: columns.content,
      contentHash,
      note: meta.note,
      createdBy: meta.actorId,
    };
    if (existing && !meta.newVersion) await repos.catalogue.replaceVersion(versionRow);
    else await repos.catalogue.insertVersion(versionRow);
    await repos.catalogue.replaceDirections(call.id, directionRows(call));
    return version;
  }

  function parse(content: unknown): Call {
    const parsed = callSchema.safeParse(content);
    if (!parsed.success) {
      throw new AppError(
        'validation_failed',
        400,
        {},
        parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    return parsed.data;
  }

  return {
    parse,
    /**
     * Loads the catalogue files: a new call is inserted; a call still owned by its file gets a new version when
     * the file changed; a call a programme officer has edited is left as they made it.
     */
    async syncFromFiles(files: CatalogueFile[]) {
      return deps.transaction(async (repos) => {
        await repos.catalogue.lockForWrite();
        const result = { created: 0, updated: 0, unchanged: 0, keptEdited: 0 };
        for (const file of files) {
          for (const call of file.calls) {
            const existing = await repos.catalogue.findCall(call.id);
            const hash = hashOf({ ...call, status: call.status });
            if (!existing) {
              await writeVersion(repos, call, call.status, {
                origin: 'file',
                note: `${file.sourceDocument} v${file.version}`,
                actorId: null,
                newVersion: true,
              });
              result.created++;
            } else if (existing.origin !== 'file') {
              result.keptEdited++;
            } else if (existing.contentHash !== hash) {
              await writeVersion(repos, call, call.status, {
                origin: 'file',
                note: `${file.sourceDocument} v${file.version}`,
                actorId: null,
                newVersion: true,
              });
              result.updated++;
            } else {
              result.unchanged++;
            }
          }
        }
        return result;
      });
    },

    async createCall(content: unknown, actorId: string | null) {
      const call = parse(content);
      return deps.transaction(async (repos) => {
        await repos.catalogue.lockForWrite();
        if (await repos.catalogue.findCall(call.id))
          throw new AppError('conflict', 409, {}, [{ path: 'id', message: 'exists' }]);
        await writeVersion(repos, call, 'draft', {
          origin: 'editor',
          note: 'created',
          actorId,
          newVersion: true,
        });
        return call.id;
      });
    },

    /** Saves an officer's edit: a draft is saved in place, a published call gets a new version. */
    async updateCall(id: string, content: unknown, actorId: string | null, note: string | undefined) {
      const call = parse(content);
      if (call.id !== id)
        throw new AppError('validation_failed', 400, {}, [{ path: 'id', message: 'cannot change' }]);
      return deps.transaction(async (repos) => {
        await repos.catalogue.lockForWrite();
        const existing = await repos.catalogue.findCall(id);
        if (!existing) throw notFound();
        const status = existing.status as CallStatus;
        const changed = hashOf({ ...call, status }) !== existing.contentHash;
        if (!changed) return existing.version;
        return writeVersion(repos, call, status, {
          origin: 'editor',
          note: note ?? 'edited',
          actorId,
          newVersion: status !== 'draft',
        });
      });
    },

    async setStatus(id: string, status: 'published' | 'withdrawn', actorId: string | null) {
      return deps.transaction(async (repos) => {
        await repos.catalogue.lockForWrite();
        const existing = await repos.catalogue.findCall(id);
        if (!existing) throw notFound();
        if (existing.status === status) return existing.version;
        if (status === 'withdrawn' && existing.status !== 'published') throw new AppError('conflict', 409);
        return writeVersion(repos, parse(existing.content), status, {
          origin: 'editor',
          note: status,
          actorId,
          newVersion: true,
        });
      });
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
