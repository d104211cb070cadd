import { type Actor, hasAnyRole } from '@yanzhen/domain';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import type { Policy } from '../../http/route';
import type { CallRow } from './catalogue.repository';

/** Programme officers (and administrators) write the catalogue and see drafts. */
export const isCatalogueAuthor = (actor: Actor | null) => hasAnyRole(actor, 'programmeOfficer', 'sysAdmin');
export const visibleStatuses = (actor: Actor | null) =>
  isCatalogueAuthor(actor) ? ['draft', 'published', 'withdrawn'] : ['published', 'withdrawn'];

async function loadCall(req: FastifyRequest, deps: Deps): Promise<CallRow> {
  const { id } = req.params as { id: string };
  const call = await deps.repos.catalogue.findCall(id);
  if (!call) throw notFound();
  return call;
}

/** Anyone may read a published (or withdrawn) call; a draft only its authors. A hidden draft answers 404. */
const readCall: Policy<CallRow> = {
  name: 'catalogue.readCall',
  authenticated: false,
  load: async (req, deps) => {
    const call = await loadCall(req, deps);
    if (call.status === 'draft' && !isCatalogueAuthor(req.ctx.actor)) throw notFound();
    return call;
  },
  allow: () => true,
};

const readCatalogue: Policy = { name: 'catalogue.read', authenticated: false, allow: () => true };
const author: Policy = { name: 'catalogue.author', authenticated: true, allow: isCatalogueAuthor };
const authorCall: Policy<CallRow> = {
  name: 'catalogue.authorCall',
  authenticated: true,
  load: loadCall,
  allow: isCatalogueAuthor,
};

export const cataloguePolicies = { readCall, readCatalogue, author, authorCall };
