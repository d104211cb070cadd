import { useCallback, useEffect, useState } from 'react';
import type { EditableCall, EditableNode } from '../api/authoring-types';
import { type NodePath, updateNodeAt } from '../utils/guide-tree-edit';

/**
 * The call being edited: a copy of the stored content that the forms change, with whether it differs from
 * what was loaded. Loading new content (after a save) starts again from the server's copy.
 */
export function useCallDraft(loaded: EditableCall | undefined) {
  const [draft, setDraft] = useState<EditableCall | null>(null);
  const [isDirty, setDirty] = useState(false);
  /** grows each time content is loaded, so forms holding their own state can start again */
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!loaded) return;
    setDraft(structuredClone(loaded));
    setDirty(false);
    setGeneration((g) => g + 1);
  }, [loaded]);

  const updateCall = useCallback((update: (call: EditableCall) => EditableCall) => {
    setDraft((current) => (current ? update(current) : current));
    setDirty(true);
  }, []);

  const setNodes = useCallback(
    (nodes: EditableNode[]) => updateCall((call) => ({ ...call, nodes })),
    [updateCall],
  );

  const updateNode = useCallback(
    (path: NodePath, update: (node: EditableNode) => EditableNode) =>
      updateCall((call) => ({ ...call, nodes: updateNodeAt(call.nodes, path, update) })),
    [updateCall],
  );

  return { draft, isDirty, generation, updateCall, setNodes, updateNode };
}
