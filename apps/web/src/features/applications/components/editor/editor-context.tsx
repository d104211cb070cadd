import { createContext, type ReactNode, useContext } from 'react';
import type { OrganisationView } from '../../../../shared/api/api-types';
import type { ApplicationContent, DirectionNode } from '../../api/application-types';

/** What every section of the editor needs: the content, the way to change it, and what it is about. */
export interface EditorContextValue {
  applicationId: string;
  content: ApplicationContent;
  update: (change: (current: ApplicationContent) => ApplicationContent) => void;
  readOnly: boolean;
  /** the lead organisation (the session's organisation) */
  lead: OrganisationView | undefined;
  direction: DirectionNode | undefined;
}

const EditorContext = createContext<EditorContextValue | null>(null);

export function EditorProvider({ value, children }: { value: EditorContextValue; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside <EditorProvider>');
  return value;
}
