import type { ApplicationContent } from '../api/application-types';
import { deepEqual, reapplyChanges } from './content-merge';
import { currentTabId, type LocalDraft, readLocalDrafts, removeLocalDraft } from './local-draft-store';

export interface RestoreOffer {
  draft: LocalDraft;
  /** the server moved on since the copy was made: restoring re-applies its edits to the newer version */
  isBehindServer: boolean;
}

/** Another tab's copy younger than this may belong to a tab still open, which will save it itself. */
const otherTabGraceMs = 30_000;

/**
 * The local copy worth offering when the editor opens: the most recent one that would change what the server
 * holds, made in this tab (before a reload) or left behind by a tab closed or crashed. Copies that add nothing
 * (the save went through after all) are removed on the way.
 */
export function findRestorableDraft(
  applicationId: string,
  server: { revision: number; content: ApplicationContent },
  now = Date.now(),
): RestoreOffer | null {
  for (const draft of readLocalDrafts(applicationId)) {
    const isOtherLiveTab = draft.tabId !== currentTabId && now - Date.parse(draft.editedAt) < otherTabGraceMs;
    if (isOtherLiveTab) continue;
    const restored =
      draft.baseRevision === server.revision
        ? draft.content
        : reapplyChanges(draft.baseContent, draft.content, server.content);
    if (deepEqual(restored, server.content) || draft.baseRevision > server.revision) {
      removeLocalDraft(draft);
      continue;
    }
    return { draft, isBehindServer: draft.baseRevision < server.revision };
  }
  return null;
}
