import { type ComponentType, lazy } from 'react';

/** React.lazy for a module's named page export, so every page lands in its own chunk. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => {
    const module = await load();
    return { default: module[name] as ComponentType };
  });
}
