import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectUpload, type UploadToInspect } from './file-inspection';
import { FILE_KINDS } from './file-kinds';
import {
  buildJpegHead,
  buildMinimalPdf,
  buildMinimalPng,
  buildOleFile,
  buildPdfWithHiddenScript,
} from './sample-files.fixture';
import { buildMinimalDocx, buildZip } from './zip.fixture';

const MB = 1024 * 1024;

function inspect(fileName: string, bytes: Buffer, overrides: Partial<UploadToInspect> = {}) {
  return inspectUpload({ fileName, bytes, maxBytes: 20 * MB, allowedKinds: FILE_KINDS, ...overrides });
}

async function expectRejected(result: ReturnType<typeof inspect>, code: string) {
  const r = await result;
  if (r.ok) throw new Error(`expected ${code}, but the upload was accepted`);
  expect(r.code).toBe(code);
  expect(r.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(r.message['en-US']).toMatch(/^[\x20-\x7e]+$/);
  return r;
}

describe('inspectUpload accepts real files of each kind', () => {
  it('accepts a minimal PDF and returns type, safe name, hash and size', async () => {
    const pdf = buildMinimalPdf();
    expect(await inspect('合作协议（盖章版）.pdf', pdf)).toEqual({
      ok: true,
      kind: 'pdf',
      contentType: 'application/pdf',
      safeFileName: '合作协议（盖章版）.pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      size: pdf.length,
    });
  });

  it.each([
    ['scan.png', buildMinimalPng(), 'png', 'image/png'],
    ['photo.JPG', buildJpegHead(), 'jpeg', 'image/jpeg'],
    [
      'letter.docx',
      buildMinimalDocx(),
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'budget.xlsx',
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<w/>' },
      ]),
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'invoice.ofd',
      buildZip([
        { name: 'OFD.xml', data: '<ofd:OFD/>' },
        { name: 'Doc_0/Document.xml', data: '<d/>' },
      ]),
      'ofd',
      'application/ofd',
    ],
    ['bundle.zip', buildZip([{ name: 'a.txt', data: 'hello', deflate: true }]), 'zip', 'application/zip'],
    [
      'old.doc',
      buildOleFile([
        { name: 'Root Entry', type: 5 },
        { name: 'WordDocument', type: 2 },
      ]),
      'doc',
      'application/msword',
    ],
    [
      'old.xls',
      buildOleFile([
        { name: 'Root Entry', type: 5 },
        { name: 'Workbook', type: 2 },
      ]),
      'xls',
      'application/vnd.ms-excel',
    ],
  ])('accepts %s as %s', async (name, bytes, kind, contentType) => {
    const r = await inspect(name, bytes);
    expect(r).toMatchObject({ ok: true, kind, contentType });
  });

  it('adds the extension of the content when the name has none', async () => {
    expect(await inspect('推荐信', buildMinimalPdf())).toMatchObject({
      ok: true,
      safeFileName: '推荐信.pdf',
    });
  });

  it('strips directories from the name it returns', async () => {
    const r = await inspect('..\\..\\C:\\Users\\张三\\承诺书.pdf', buildMinimalPdf());
    expect(r).toMatchObject({ ok: true, safeFileName: '承诺书.pdf' });
  });
});

describe('inspectUpload refuses', () => {
  it('an empty file, including a 0-byte .docx', async () => {
    await expectRejected(inspect('x.pdf', Buffer.alloc(0)), 'empty-file');
    await expectRejected(inspect('协议.docx', Buffer.alloc(0)), 'empty-file');
  });

  it('a file over the limit, naming the limit in MB', async () => {
    const r = await expectRejected(inspect('big.pdf', Buffer.alloc(21 * MB)), 'too-large');
    expect(r.message['zh-CN']).toContain('20 MB');
    expect(r.message['en-US']).toContain('21 MB, over the 20 MB limit');
  });

  it('an .exe renamed .pdf, an ELF binary and a shell script', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200)]);
    await expectRejected(inspect('协议.pdf', exe), 'executable');
    await expectRejected(inspect('a.pdf', Buffer.from('\x7fELF\x02\x01\x01', 'latin1')), 'executable');
    await expectRejected(inspect('a.txt', Buffer.from('#!/bin/sh\nrm -rf /\n')), 'executable');
  });

  it('a Java archive disguised as a zip', async () => {
    const jar = buildZip([
      { name: 'META-INF/MANIFEST.MF', data: 'Main-Class: A' },
      { name: 'A.class', data: 'x' },
    ]);
    await expectRejected(inspect('files.zip', jar), 'executable');
  });

  it('SVG and HTML with a specific message', async () => {
    const svg = Buffer.from(
      '\ufeff<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const r = await expectRejected(inspect('logo.svg', svg), 'active-content');
    expect(r.message['en-US']).toContain('SVG and HTML');
    await expectRejected(
      inspect('letter.pdf', Buffer.from('  <!DOCTYPE html><html><body>x</body></html>')),
      'active-content',
    );
    await expectRejected(inspect('a.png', Buffer.from('<script>fetch("/api")</script>')), 'active-content');
  });

  it('content it does not recognise', async () => {
    await expectRejected(inspect('notes.txt', Buffer.from('plain text')), 'unknown-type');
    const ppt = buildOleFile([{ name: 'PowerPoint Document', type: 2 }]);
    await expectRejected(inspect('slides.ppt', ppt), 'unknown-type');
    const pptx = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'ppt/presentation.xml', data: '<p/>' },
    ]);
    await expectRejected(inspect('slides.pptx', pptx), 'unknown-type');
  });

  it('a .pdf that is really a PNG, and a .docx that is really a .doc', async () => {
    const r = await expectRejected(inspect('报告.pdf', buildMinimalPng()), 'extension-mismatch');
    expect(r.message['zh-CN']).toContain('.pdf');
    expect(r.message['en-US']).toContain('PNG image');
    const doc = buildOleFile([{ name: 'WordDocument', type: 2 }]);
    await expectRejected(inspect('协议.docx', doc), 'extension-mismatch');
  });

  it('a kind this upload does not allow, listing what it allows', async () => {
    const r = await expectRejected(
      inspect('a.docx', buildMinimalDocx(), { allowedKinds: ['pdf', 'ofd'] }),
      'type-not-allowed',
    );
    expect(r.message['zh-CN']).toContain('PDF 文档、OFD 版式文档');
    expect(r.message['en-US']).toContain('PDF document, OFD document');
  });

  it('Office documents with macros', async () => {
    const doc = buildOleFile([
      { name: 'WordDocument', type: 2 },
      { name: 'Macros', type: 1 },
    ]);
    await expectRejected(inspect('a.doc', doc), 'office-macros');
    const docx = buildMinimalDocx([{ name: 'word/vbaProject.bin', data: 'vba' }]);
    await expectRejected(inspect('a.docx', docx), 'office-macros');
  });
});

describe('PDF active content', () => {
  it.each([
    ['JavaScript', '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>', ['JS', 'JavaScript']],
    ['a launch action', '/OpenAction << /S /Launch /F (cmd.exe) >>', ['Launch']],
    ['an escaped name', '/OpenAction << /S /J#61vaScript /J#53 (x) >>', ['JS', 'JavaScript']],
  ])('refuses a PDF with %s', async (_, catalogExtra, names) => {
    const r = await expectRejected(inspect('a.pdf', buildMinimalPdf(catalogExtra)), 'pdf-active-content');
    expect(r.details).toEqual({ names });
  });

  it('refuses a PDF with an embedded file', async () => {
    const pdf = buildMinimalPdf('/Names << /EmbeddedFiles 4 0 R >> ', [
      '<< /Type /EmbeddedFile /Length 0 >>',
    ]);
    await expectRejected(inspect('a.pdf', pdf), 'pdf-active-content');
  });

  it('finds JavaScript hidden in a compressed object stream', async () => {
    const r = await expectRejected(inspect('a.pdf', buildPdfWithHiddenScript()), 'pdf-active-content');
    expect(r.details).toEqual({ names: ['JS', 'JavaScript'] });
  });

  it('does not mistake similar names such as /JSON or a /URI link for scripts', async () => {
    const pdf = buildMinimalPdf('/JSON 1 /OpenAction << /S /URI /URI (https://kjt.example.cn) >> ');
    expect(await inspect('a.pdf', pdf)).toMatchObject({ ok: true });
  });
});
