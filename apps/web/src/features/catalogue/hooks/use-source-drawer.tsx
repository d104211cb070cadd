import { useState } from 'react';
import type { SourceRef } from '../api/catalogue-types';
import { type OpenSource, SourceDrawer } from '../components/source-drawer';

/** One source drawer per page: `show(label)` gives the handler that opens a clause under that label. */
export function useSourceDrawer(documentName: string | null) {
  const [opened, setOpened] = useState<OpenSource | null>(null);
  const show = (label: string) => (source: SourceRef) => setOpened({ label, source });
  const drawer = <SourceDrawer documentName={documentName} opened={opened} onClose={() => setOpened(null)} />;
  return { show, drawer };
}
