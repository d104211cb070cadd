import { beforeAll, describe, expect, it } from 'vitest';
import { renderApplicationPdf } from './application-pdf';
import {
  buildEmptyDraft,
  buildSubmittedApplication,
  longSectionEnd,
  longSectionStart,
} from './document-input.factory';
import { compact, type ExtractedPdf, extractPdfText } from './pdf-text.test-helper';

// Real renders parsed back with pdf.js: text only comes out if the CJK font is embedded with a ToUnicode map.
// Two renders keep the file fast (each embeds two 8 MB fonts): a full submitted application in Chinese, and an
// empty draft in English.
const submitted = buildSubmittedApplication();
let zh: ExtractedPdf;
let enDraft: ExtractedPdf;

beforeAll(async () => {
  const zhPdf = await renderApplicationPdf(submitted);
  const enDraftPdf = await renderApplicationPdf({ ...buildEmptyDraft(), locale: 'en-US' });
  expect(zhPdf.subarray(0, 5).toString()).toBe('%PDF-');
  zh = await extractPdfText(zhPdf);
  enDraft = await extractPdfText(enDraftPdf);
}, 30_000);

const allText = (pdf: ExtractedPdf) => pdf.pages.join('\n');
const pageOf = (pdf: ExtractedPdf, phrase: string) =>
  pdf.pages.findIndex((page) => compact(page).includes(phrase)) + 1;

describe('renderApplicationPdf', () => {
  it('embeds the Chinese font so that the title and the lead organisation can be extracted', () => {
    const cover = compact(zh.pages[0] ?? '');
    expect(cover).toContain(compact(submitted.content.basics.title ?? ''));
    expect(cover).toContain(submitted.leadOrg.name);
    expect(cover).toContain('项目申报书');
    expect(cover).toContain('政府间国际科技创新合作计划项目');
    expect(cover).toContain('2024年9月20日');
  });

  it('puts the version and the grouped content hash on the cover of a submitted application', () => {
    const cover = zh.pages[0] ?? '';
    const hash = submitted.application.contentHash ?? '';
    expect(cover).toContain(`${hash.slice(0, 8)} ${hash.slice(8, 16)}`);
    expect(compact(cover)).toContain(compact(hash));
    expect(compact(cover)).toContain('版本2');
  });

  it('numbers every page "第 X 页 / 共 Y 页" with Y the real page count, beside the application id', () => {
    expect(zh.pages[0]).toMatch(/第 1 页/);
    const total = Number(/共 (\d+) 页/.exec(zh.pages[0] ?? '')?.[1]);
    expect(total).toBe(zh.numPages);
    zh.pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${zh.numPages} 页`);
      expect(page).toContain(submitted.application.id);
    });
  });

  it('runs the call title as a header on every page after the cover', () => {
    expect(zh.pages.slice(1).every((page) => page.includes(submitted.call.title))).toBe(true);
  });

  it('breaks a long section across pages', () => {
    const start = pageOf(zh, longSectionStart);
    const end = pageOf(zh, longSectionEnd);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(compact(allText(zh))).toContain('字数3544/6000');
  });

  it('shows every section with a bilingual title, in order, and every table', () => {
    const text = compact(allText(zh));
    const titles = [
      '一、基本信息Basicinformation',
      '二、申报单位与合作单位',
      '三、项目负责人及团队',
      '七、主要研究内容',
    ];
    titles.push('十三、绩效目标', '十四、经费预算Budget', '十五、实施计划', '十六、附件清单Attachments');
    const positions = titles.map((title) => text.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const phrase of [
      '芬兰国家技术研究中心',
      '芬兰（FI）',
      '外方合作单位',
      'MikkoVirtanen',
      '课题设置',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('一级指标二级指标三级指标指标值产出指标数量指标申请发明专利3项');
    expect(text).toContain('2025-01-01至2025-12-31');
    expect(text).toContain(compact(submitted.attachments[1]?.sha256 ?? 'missing'));
    expect(text).toContain('1.3MB');
  });

  it('computes the budget ratios and shows "—" for a ratio whose figure is missing', () => {
    const text = compact(allText(zh));
    expect(text).toContain('项目总经费（财政+自筹+配套）600');
    expect(text).toContain('自筹经费占项目总经费比例66.7%');
    expect(text).toContain('财政经费占企业上年度研发投入比例5.7%');
    expect(text).toContain('转拨经费占财政经费比例—');
  });

  it('says 未填写 for missing values, never undefined or NaN', () => {
    const text = compact(allText(zh));
    expect(text).toContain('依托国合载体未填写');
    expect(text).toContain('转拨帮扶地经费未填写');
    expect(text).toContain('九、外方合作单位优势Strengthsoftheforeignpartner字数0/2000未填写');
    for (const pdf of [zh, enDraft]) {
      expect(allText(pdf)).not.toMatch(/undefined|NaN|null/);
    }
  });

  it('marks every page of a draft, and only a draft, with the watermark', () => {
    expect(enDraft.pages.every((page) => page.includes('草稿 DRAFT'))).toBe(true);
    expect(allText(zh)).not.toContain('DRAFT');
  });

  it('writes the labels in English for en-US, and says so when a value is missing', () => {
    const text = allText(enDraft);
    expect(enDraft.pages[0]).toContain(`Page 1 of ${enDraft.numPages}`);
    for (const label of [
      'Project application',
      '1. Basic information',
      'Lead organisation',
      'Principal investigator',
    ]) {
      expect(text).toContain(label);
    }
    expect(compact(text)).toContain('ProjecttitleNotfilledin');
    expect(compact(text)).toContain('SubmissiondateNotsubmitted');
    expect(text).toContain('Characters 0 / 800');
    expect(text).toContain('Cannot be submitted; 5 blocking, 0 warnings, 3 unknown');
    expect(compact(text)).toContain('Self-fundingasashareofthetotal—');
    expect(compact(text)).toContain(submitted.leadOrg.name);
    expect(text).not.toMatch(/第 \d+ 页|基本信息|申报单位|未填写/);
  });
});
