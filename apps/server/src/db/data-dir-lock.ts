import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: { pid: number; host: string; startedAt: string },
  ) {
    super(
      `The embedded database in ${dir} is already in use by process ${holder.pid} on ${holder.host} ` +
        `(started ${holder.startedAt}). Only one process may open it: stop that process first, use another ` +
        'YANZHEN_DATA_DIR, or set DATABASE_URL to run several processes on server PostgreSQL.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on a data directory: a lock file created with O_EXCL naming this process.
 * A lock left by a process that no longer runs (on this host) is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'yanzhen.lock');
  const me = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(readFileSync(path, 'utf8')) as { pid: number };
          if (current.pid === process.pid) unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: typeof me | null = null;
      try {
        holder = JSON.parse(readFileSync(path, 'utf8')) as typeof me;
      } catch {
        holder = null; // half-written or unreadable: treat as stale only if it stays so
      }
      if (holder && (holder.host !== me.host || isAlive(holder.pid)))
        throw new DataDirLockedError(dir, holder);
      if (!holder && attempt === 0) {
        // another process may be writing it this very moment
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      try {
        unlinkSync(path);
      } catch {
        // someone else removed it
      }
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
