import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { assertStorageKey, type FileStorage, InvalidStorageKeyError } from './storage';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Stores files under a root directory (the data directory's `files/`). A write goes to a temporary file in the
 * same directory, is flushed to disk, then renamed over the key, so a reader sees the old object or the whole new
 * one, never half a file. Keys are checked twice: their shape, and that the resolved path stays inside the root.
 */
export function createLocalStorage(rootDir: string): FileStorage {
  const root = resolve(rootDir);

  function pathFor(key: string): string {
    assertStorageKey(key);
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }

  return {
    async put(key, bytes) {
      const path = pathFor(key);
      await mkdir(dirname(path), { recursive: true });
      // Temporary names start with '.', which no key segment can, so they never collide with a stored object.
      const temporary = resolve(dirname(path), `.${randomUUID()}.tmp`);
      const handle = await open(temporary, 'wx', 0o640);
      try {
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
      } catch (err) {
        await rm(temporary, { force: true });
        throw err;
      }
    },

    async get(key) {
      try {
        return await readFile(pathFor(key));
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },

    async delete(key) {
      await rm(pathFor(key), { force: true });
    },
  };
}
