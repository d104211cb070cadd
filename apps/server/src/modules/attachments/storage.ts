import { randomUUID } from 'node:crypto';

/**
 * Where attachment bytes live. Keys come from `newStorageKey`, never from a user's file name; the name, content
 * type and hash belong in the database row, so `get` returns the bytes alone.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no object under this key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

/** A fresh random key such as "2025/03/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed" (UTC year and month, for tidy listings). */
export function newStorageKey(now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${year}/${month}/${randomUUID()}`;
}

/** Thrown for a key that is not of the shape `newStorageKey` makes, before any I/O happens. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/**
 * Accepts only keys made of '/'-separated segments of ASCII letters, digits, '-', '_' and inner dots, so no
 * segment can be empty, '.', '..' or hidden, and the key cannot be absolute or carry a drive letter.
 */
export function assertStorageKey(key: string): void {
  if (key.length === 0 || key.length > 512 || !key.split('/').every((s) => SEGMENT.test(s))) {
    throw new InvalidStorageKeyError(key);
  }
}
