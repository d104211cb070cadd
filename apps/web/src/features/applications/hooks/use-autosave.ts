import { useCallback, useEffect, useRef, useState } from 'react';
import { type FieldIssue, isApiError } from '../../../shared/api/api-error';
import { queryClient, sessionQueryKey } from '../../../shared/api/query-client';
import { saveDraft } from '../api/application-actions.api';
import type { ApplicationContent, EditConflict, SavedDraft } from '../api/application-types';
import { deepEqual, reapplyChanges } from '../utils/content-merge';
import { currentTabId, type LocalDraft, removeLocalDraft, writeLocalDraft } from '../utils/local-draft-store';

/**
 * saved: the server holds what is on screen · saving · unsaved: edits wait for the debounce · offline: the last
 * save failed for the network or the server, retried · conflict: someone saved in between (409 edit_conflict)
 * · invalid: the server refused a value (400) · frozen: the application can no longer be edited.
 */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'invalid' | 'frozen';

export interface ServerVersion {
  revision: number;
  content: ApplicationContent;
  lastSavedAt: string;
}

interface AutosaveOptions {
  applicationId: string;
  initial: ServerVersion;
  editable: boolean;
  onSaved?: (saved: SavedDraft) => void;
  debounceMs?: number;
  retryMs?: number;
}

/**
 * The editor's content and its way to the server. Every edit is copied at once to localStorage (keyed by
 * application, base revision and tab) and saved 1.5 s after typing stops, on blur, when the tab is hidden and when
 * the network comes back. Saves are serial and carry the revision they start from; a 409 stops saving and keeps
 * the text on screen until the person chooses what to do.
 */
export function useAutosave({
  applicationId,
  initial,
  editable,
  onSaved,
  debounceMs = 1500,
  retryMs = 5000,
}: AutosaveOptions) {
  const [content, setContent] = useState(initial.content);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [revision, setRevision] = useState(initial.revision);
  const [lastSavedAt, setLastSavedAt] = useState(initial.lastSavedAt);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [localCopyFailed, setLocalCopyFailed] = useState(false);

  const contentRef = useRef(initial.content);
  const baseRef = useRef({ revision: initial.revision, content: initial.content });
  const dirtyRef = useRef(false);
  const blockedRef = useRef<'conflict' | 'frozen' | null>(editable ? null : 'frozen');
  const inFlightRef = useRef<Promise<void> | null>(null);
  const timerRef = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const localKey = useCallback(
    (baseRevision: number) => ({ applicationId, baseRevision, tabId: currentTabId }),
    [applicationId],
  );

  const keepLocalCopy = useCallback(
    (next: ApplicationContent) => {
      const copy: LocalDraft = {
        ...localKey(baseRef.current.revision),
        baseContent: baseRef.current.content,
        content: next,
        editedAt: new Date().toISOString(),
      };
      setLocalCopyFailed(!writeLocalDraft(copy));
    },
    [localKey],
  );

  /** One PUT of what is on screen; says whether to save again soon (edits during the save) or retry later. */
  const saveOnce = useCallback(async (): Promise<'done' | 'again' | 'retry'> => {
    const snapshot = contentRef.current;
    const base = baseRef.current;
    setStatus('saving');
    try {
      const saved = await saveDraft(applicationId, base.revision, snapshot);
      removeLocalDraft(localKey(base.revision));
      baseRef.current = { revision: saved.revision, content: snapshot };
      setRevision(saved.revision);
      setLastSavedAt(saved.lastSavedAt);
      setIssues([]);
      onSavedRef.current?.(saved);
      if (contentRef.current === snapshot) {
        dirtyRef.current = false;
        setStatus('saved');
        return 'done';
      }
      keepLocalCopy(contentRef.current);
      setStatus('unsaved');
      return 'again';
    } catch (error) {
      if (isApiError(error) && error.code === 'edit_conflict') {
        blockedRef.current = 'conflict';
        setConflict((error.details ?? { currentRevision: base.revision + 1 }) as EditConflict);
        setStatus('conflict');
        return 'done';
      }
      if (isApiError(error) && error.code === 'application_frozen') {
        blockedRef.current = 'frozen';
        setStatus('frozen');
        return 'done';
      }
      if (isApiError(error) && error.code === 'validation_failed') {
        setIssues(error.fieldIssues);
        setStatus('invalid');
        return 'done';
      }
      // the session ended: the guard sends the person to login; the local copy is offered back afterwards
      if (isApiError(error) && error.status === 401)
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      setStatus('offline');
      return 'retry';
    }
  }, [applicationId, keepLocalCopy, localKey]);

  /** Saves what is on screen if it changed; waits for a save in flight first, so saves never overlap. */
  const runSave = useCallback(async (): Promise<void> => {
    while (inFlightRef.current) await inFlightRef.current;
    if (!dirtyRef.current || blockedRef.current) return;
    const attempt = saveOnce().finally(() => {
      inFlightRef.current = null;
    });
    inFlightRef.current = attempt.then(() => undefined);
    const outcome = await attempt;
    if (outcome === 'done') return;
    window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => void runSave(), outcome === 'retry' ? retryMs : debounceMs);
  }, [saveOnce, debounceMs, retryMs]);

  /** Applies an edit: on screen at once, in localStorage at once, on the server after the debounce. */
  const update = useCallback(
    (change: (current: ApplicationContent) => ApplicationContent) => {
      if (blockedRef.current === 'frozen') return;
      const next = change(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      dirtyRef.current = true;
      setContent(next);
      keepLocalCopy(next);
      if (blockedRef.current) return;
      setStatus((s) => (s === 'saving' ? s : 'unsaved'));
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => void runSave(), debounceMs);
    },
    [keepLocalCopy, runSave, debounceMs],
  );

  /** Saves now (blur, tab hidden, network back). */
  const saveNow = useCallback(() => {
    window.clearTimeout(timerRef.current);
    void runSave();
  }, [runSave]);

  /** Saves everything pending and returns the revision the server holds; throws when that is not possible. */
  const flush = useCallback(async (): Promise<number> => {
    window.clearTimeout(timerRef.current);
    await runSave();
    while (inFlightRef.current) await inFlightRef.current;
    if (dirtyRef.current || blockedRef.current) throw new Error('unsaved');
    return baseRef.current.revision;
  }, [runSave]);

  /**
   * Takes a newer server version and puts my edits back on top of it: after "load the latest and re-apply my
   * changes" (edits since `baseContent`), or when restoring a local copy.
   */
  const rebase = useCallback(
    (latest: ServerVersion, mine: { baseContent: ApplicationContent; content: ApplicationContent }) => {
      const merged = reapplyChanges(mine.baseContent, mine.content, latest.content);
      removeLocalDraft(localKey(baseRef.current.revision));
      baseRef.current = { revision: latest.revision, content: latest.content };
      blockedRef.current = null;
      contentRef.current = merged;
      dirtyRef.current = !deepEqual(merged, latest.content);
      setContent(merged);
      setRevision(latest.revision);
      setLastSavedAt(latest.lastSavedAt);
      setConflict(null);
      setIssues([]);
      if (dirtyRef.current) {
        keepLocalCopy(merged);
        setStatus('unsaved');
        saveNow();
      } else {
        setStatus('saved');
      }
    },
    [keepLocalCopy, localKey, saveNow],
  );

  /** Restores a copy kept in this browser: its edits are put on top of what is on screen, then saved. */
  const applyLocalCopy = useCallback(
    (draft: LocalDraft) => {
      const merged = reapplyChanges(draft.baseContent, draft.content, contentRef.current);
      removeLocalDraft(draft);
      update(() => merged);
    },
    [update],
  );

  /** What I changed since the version my edits start from (for "re-apply" and "copy my text"). */
  const myEdits = useCallback(
    () => ({ baseContent: baseRef.current.content, content: contentRef.current }),
    [],
  );

  useEffect(() => {
    if (!editable) return;
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', saveNow);
    };
  }, [editable, saveNow]);

  // leaving the page inside the app (another route): save what is pending instead of waiting for the debounce
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;
  useEffect(() => () => saveNowRef.current(), []);

  return {
    content,
    update,
    status,
    revision,
    lastSavedAt,
    conflict,
    issues,
    localCopyFailed,
    saveNow,
    flush,
    rebase,
    applyLocalCopy,
    myEdits,
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
