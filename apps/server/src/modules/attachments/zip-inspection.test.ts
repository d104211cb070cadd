import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectUpload } from './file-inspection';
import { FILE_KINDS } from './file-kinds';
import { buildMinimalDocx, buildZip } from './zip.fixture';
import { DEFAULT_ARCHIVE_LIMITS, inspectZip } from './zip-inspection';

const MB = 1024 * 1024;

async function codeOf(bytes: Buffer, limits = DEFAULT_ARCHIVE_LIMITS) {
  const r = await inspectZip(bytes, limits);
  return r.ok ? 'ok' : r.code;
}

describe('inspectZip', () => {
  it('passes an ordinary zip and lists its entries', async () => {
    const zip = buildZip([
      { name: '申报材料/', data: '' },
      { name: '申报材料/合作协议.pdf', data: '%PDF-1.7 ...', deflate: true },
    ]);
    expect(await inspectZip(zip)).toEqual({ ok: true, entryNames: ['申报材料/', '申报材料/合作协议.pdf'] });
  });

  it('refuses a zip bomb: a highly compressible entry over 100:1', async () => {
    const bomb = buildZip([{ name: 'zeros.bin', data: Buffer.alloc(10 * MB), deflate: true }]);
    const r = await inspectZip(bomb);
    expect(r).toMatchObject({ ok: false, code: 'archive-compression-ratio', details: { maxRatio: 100 } });
    if (!r.ok) expect(r.message['en-US']).toContain('zip bomb');
  });

  it('refuses an entry declaring a huge uncompressed size', async () => {
    const liar = buildZip([{ name: 'huge.bin', data: 'x', deflate: true, declaredSize: 0xfffffff0 }]);
    const r = await inspectZip(liar);
    expect(r).toMatchObject({ ok: false, code: 'archive-too-large' });
    if (!r.ok) expect(r.message['zh-CN']).toContain('200 MB');
  });

  it('adds up the declared sizes of all entries against the total bound', async () => {
    const many = buildZip(
      [1, 2, 3].map((i) => ({ name: `${i}.txt`, data: Buffer.alloc(400), deflate: true })),
    );
    expect(await codeOf(many, { ...DEFAULT_ARCHIVE_LIMITS, maxTotalUncompressedBytes: 1000 })).toBe(
      'archive-too-large',
    );
  });

  it('leaves the ratio of small entries alone: repetitive XML parts compress well', async () => {
    const xml = buildZip([{ name: 'styles.xml', data: '<a/>'.repeat(50_000), deflate: true }]);
    expect(await codeOf(xml)).toBe('ok');
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, data: 'x' }));
    expect(await codeOf(buildZip(entries), { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 5 })).toBe(
      'archive-too-many-entries',
    );
  });

  it.each([
    ['../../etc/passwd', 'traversal'],
    ['docs/../../x.pdf', 'traversal'],
    ['..\\..\\Windows\\win.ini', 'traversal'],
    ['/etc/passwd', 'absolute'],
    ['C:\\Windows\\system32\\x.dll', 'absolute'],
  ])('refuses an entry named %s', async (name, reason) => {
    const r = await inspectZip(buildZip([{ name, data: 'root:x:0:0' }]));
    const entry = name.replace(/\\/g, '/'); // yauzl reports Windows separators as '/'
    expect(r).toMatchObject({ ok: false, code: 'archive-unsafe-path', details: { entry, reason } });
  });

  it('refuses a symbolic link entry', async () => {
    const link = buildZip([{ name: 'passwd', data: '/etc/passwd', symlink: true }]);
    expect(await inspectZip(link)).toMatchObject({ ok: false, details: { reason: 'symlink' } });
  });

  it('accepts names that merely contain dots', async () => {
    expect(await codeOf(buildZip([{ name: 'v1..2/报告...pdf', data: 'x' }]))).toBe('ok');
  });

  it('refuses an encrypted zip', async () => {
    expect(await codeOf(buildZip([{ name: 'secret.pdf', data: 'xxxxxxxxxxxx', encrypted: true }]))).toBe(
      'archive-encrypted',
    );
  });

  it('refuses a damaged zip', async () => {
    expect(await codeOf(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]))).toBe(
      'archive-unreadable',
    );
  });

  it('allows one level of nesting (a spreadsheet embedded in a .docx)', async () => {
    const inner = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<w/>' },
    ]);
    const docx = buildMinimalDocx([{ name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', data: inner }]);
    expect(await codeOf(docx)).toBe('ok');
  });

  it('refuses archives nested deeper than one level, even when renamed', async () => {
    const level2 = buildZip([{ name: 'deep.txt', data: 'x' }]);
    const level1 = buildZip([{ name: 'notes.txt', data: level2, deflate: true }]);
    const outer = buildZip([{ name: 'inner.zip', data: level1 }]);
    expect(await inspectZip(outer)).toMatchObject({
      ok: false,
      code: 'archive-too-deep',
      details: { entry: 'notes.txt', maxDepth: 1 },
    });
  });

  it('checks nested zips against the same rules', async () => {
    const inner = buildZip([{ name: '../evil.sh', data: 'x' }]);
    expect(await codeOf(buildZip([{ name: 'inner.zip', data: inner }]))).toBe('archive-unsafe-path');
  });

  it('refuses nested archives it cannot look into', async () => {
    const gz = gzipSync(Buffer.from('hidden'));
    expect(await inspectZip(buildZip([{ name: 'data.gz', data: gz }]))).toMatchObject({
      ok: false,
      code: 'archive-nested-unsupported',
      details: { format: 'GZIP' },
    });
  });
});

describe('inspectUpload with archives', () => {
  it('applies the archive checks to docx files too', async () => {
    const bomb = buildMinimalDocx([
      { name: 'word/media/image1.bin', data: Buffer.alloc(10 * MB), deflate: true },
    ]);
    const r = await inspectUpload({
      fileName: '协议.docx',
      bytes: bomb,
      maxBytes: 20 * MB,
      allowedKinds: FILE_KINDS,
    });
    expect(r).toMatchObject({ ok: false, code: 'archive-compression-ratio' });
  });

  it('refuses a zip with a traversal entry uploaded as .zip', async () => {
    const zip = buildZip([{ name: '../../etc/passwd', data: 'root' }]);
    const r = await inspectUpload({ fileName: 'a.zip', bytes: zip, maxBytes: MB, allowedKinds: ['zip'] });
    expect(r).toMatchObject({ ok: false, code: 'archive-unsafe-path' });
  });
});
