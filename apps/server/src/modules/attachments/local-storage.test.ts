import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage';
import { assertStorageKey, InvalidStorageKeyError, newStorageKey } from './storage';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-files-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('createLocalStorage', () => {
  it('stores, reads, overwrites and deletes an object', async () => {
    const storage = createLocalStorage(join(dataDir, 'files'));
    const key = newStorageKey(new Date('2025-03-09T12:00:00Z'));
    await storage.put(key, Buffer.from('第一版'), 'application/pdf');
    expect((await storage.get(key))?.toString()).toBe('第一版');
    await storage.put(key, Buffer.from('第二版'), 'application/pdf');
    expect((await storage.get(key))?.toString()).toBe('第二版');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it('leaves no temporary files behind', async () => {
    const storage = createLocalStorage(dataDir);
    await storage.put('2025/03/a', Buffer.from('x'), 'image/png');
    expect(readdirSync(join(dataDir, '2025/03'))).toEqual(['a']);
  });

  it('returns null for a missing object', async () => {
    expect(await createLocalStorage(dataDir).get('2025/03/missing')).toBeNull();
  });

  it.each([
    '../outside',
    '2025/../../outside',
    '/etc/passwd',
    'C:/Windows/win.ini',
    '2025\\..\\x',
    '2025//x',
    '.hidden',
    '2025/03/',
    '',
    'a\u0000b',
    '2025/03/合同.pdf',
  ])('refuses the key %j before touching the disk', async (key) => {
    const storage = createLocalStorage(join(dataDir, 'files'));
    writeFileSync(join(dataDir, 'outside'), 'secret');
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(readdirSync(dataDir)).toEqual(['outside']);
  });
});

describe('newStorageKey', () => {
  it('makes a random year/month/uuid key that passes the key check', () => {
    const a = newStorageKey(new Date('2025-01-31T23:59:59Z'));
    const b = newStorageKey(new Date('2025-01-31T23:59:59Z'));
    expect(a).toMatch(/^2025\/01\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(() => assertStorageKey(a)).not.toThrow();
  });
});
