import { describe, expect, it } from 'vitest';
import { claimedExtension, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './safe-file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['合作协议.pdf', '合作协议.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['..\\..\\windows\\system32\\承诺书.PDF', '承诺书.pdf'],
    ['/var/www/推荐信.pdf', '推荐信.pdf'],
    ['C:\\Users\\李四\\Desktop\\支持函.pdf', '支持函.pdf'],
    ['D:扫描件.pdf', '扫描件.pdf'],
    ['a\u0000b\u0007c\r\n.pdf', 'abc.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2067协议\u2069\u200b.pdf', '协议.pdf'],
    ['what?<>|*":.pdf', 'what_______.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1.tar.pdf', '_lpt1.tar.pdf'],
    ['  .hidden.pdf  ', 'hidden.pdf'],
    ['..', 'attachment.pdf'],
    ['', 'attachment.pdf'],
    ['.pdf', 'pdf.pdf'],
    ['\u202e', 'attachment.pdf'],
    ['项目申报书.终稿', '项目申报书.终稿.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw, 'pdf')).toBe(expected);
  });

  it('caps the length at 120 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'国家重点研发计划'.repeat(30)}.docx`, 'docx');
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).toBe(`${'国家重点研发计划'.repeat(15).slice(0, 115)}.docx`);
  });

  it('does not split a character outside the Basic Multilingual Plane', () => {
    const name = sanitizeFileName(`${'𠀀'.repeat(200)}.pdf`, 'pdf');
    expect(name).toBe(`${'𠀀'.repeat(116)}.pdf`);
  });
});

describe('claimedExtension', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['report.final.docx', 'docx'],
    ['x.pdf/..\\evil.exe', 'exe'],
    ['noextension', null],
    ['.bashrc', null],
    ['报告.终稿', null],
    ['张三.2024', null],
    ['a.pdf.', 'pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(claimedExtension(raw)).toBe(expected);
  });
});
