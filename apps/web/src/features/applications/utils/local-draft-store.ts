import type { ApplicationContent } from '../api/application-types';

/**
 * A copy of unsaved edits in this browser, keyed by application, by the server revision the edits start from
 * and by the tab (`yanzhen.draft.<id>.<revision>.<tab>`), so that two tabs never remove or overwrite each
 * other's copy. It holds the base content too, so that edits made on an older revision can be re-applied to a
 * newer one.
 */
export interface LocalDraft {
  applicationId: string;
  baseRevision: number;
  tabId: string;
  baseContent: ApplicationContent;
  content: ApplicationContent;
  editedAt: string;
}

const prefix = 'yanzhen.draft.';
const keyOf = (d: Pick<LocalDraft, 'applicationId' | 'baseRevision' | 'tabId'>) =>
  `${prefix}${d.applicationId}.${d.baseRevision}.${d.tabId}`;

/**
 * This tab's id among the browser's tabs. Kept in sessionStorage, which lives as long as the tab: a reload keeps
 * the id (its copy is "mine"), another tab has its own.
 */
export const currentTabId: string = (() => {
  const fresh = Math.random().toString(36).slice(2, 10);
  try {
    const stored = window.sessionStorage.getItem('yanzhen.tab');
    if (stored) return stored;
    window.sessionStorage.setItem('yanzhen.tab', fresh);
  } catch {
    // no session storage: one id per page load
  }
  return fresh;
})();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Writes the copy; false when the browser refuses (private mode, quota), which the editor shows. */
export function writeLocalDraft(draft: LocalDraft): boolean {
  try {
    const store = storage();
    store?.setItem(keyOf(draft), JSON.stringify(draft));
    return store !== null;
  } catch {
    return false;
  }
}

export function removeLocalDraft(draft: Pick<LocalDraft, 'applicationId' | 'baseRevision' | 'tabId'>): void {
  try {
    storage()?.removeItem(keyOf(draft));
  } catch {
    // nothing to do: the copy simply stays
  }
}

function keysOf(applicationId: string): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(`${prefix}${applicationId}.`)) keys.push(key);
  }
  return keys;
}

/** Every copy of this application, the most recently edited first. */
export function readLocalDrafts(applicationId: string): LocalDraft[] {
  const drafts: LocalDraft[] = [];
  for (const key of keysOf(applicationId)) {
    try {
      const parsed = JSON.parse(storage()?.getItem(key) ?? 'null') as LocalDraft | null;
      if (parsed && parsed.applicationId === applicationId && parsed.content) drafts.push(parsed);
    } catch {
      // a damaged copy is ignored
    }
  }
  return drafts.sort((a, b) => b.editedAt.localeCompare(a.editedAt));
}

export function removeAllLocalDrafts(applicationId: string): void {
  for (const key of keysOf(applicationId)) {
    try {
      storage()?.removeItem(key);
    } catch {
      // ignore
    }
  }
}
