import { beforeAll, describe, expect, it } from 'vitest';
import {
  compact,
  type ExtractedPdf,
  extractPdfText,
} from '../../applications/documents/pdf-text.test-helper';
import { buildLetterInput } from './recommendation-input.factory';
import { renderRecommendationLetterPdf } from './recommendation-letter.pdf';

const input = buildLetterInput(3);
let pdf: Buffer;
let extracted: ExtractedPdf;
/** all pages' text without white space, so that a phrase matches even where a line wrapped inside it */
let text: string;

beforeAll(async () => {
  pdf = await renderRecommendationLetterPdf(input);
  extracted = await extractPdfText(pdf);
  text = compact(extracted.pages.join(''));
}, 30_000);

describe('renderRecommendationLetterPdf', () => {
  it('is a one-page A4 PDF with the Noto font embedded', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(extracted.numPages).toBe(1);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toContain('NotoSansHans');
    console.log(`letter PDF: ${(pdf.length / 1024).toFixed(1)} KB`);
  });

  it('has extractable Chinese text: addressee, body and count', () => {
    expect(text).toContain('推荐函');
    expect(text).toContain('浙江省科学技术厅：');
    expect(text).toContain('根据《关于组织申报2024年度浙江省国际科技合作项目的通知》要求');
    expect(text).toContain('现推荐以下3个项目（申请财政经费合计526.50万元）');
    expect(text).toContain('我单位已对申报材料的真实性进行审核');
  });

  it('lists every project in the table', () => {
    for (const heading of ['序号', '项目名称', '申报单位', '指南方向', '申请财政经费（万元）']) {
      expect(text).toContain(heading);
    }
    for (const application of input.applications) {
      expect(text).toContain(compact(application.projectName));
      expect(text).toContain(compact(application.leadOrganisation));
    }
    expect(text).toContain('合计共3项');
  });

  it('ends with the recommender, the seal mark, the date in Chinese and the contact', () => {
    expect(text).toContain('杭州市科学技术局（盖章）');
    expect(text).toContain('2024年9月24日');
    expect(text).toContain('（联系人：张培锋，联系电话：0571-87054743）');
  });

  it('repeats the table header when many projects spill onto more pages', async () => {
    const long = await extractPdfText(await renderRecommendationLetterPdf(buildLetterInput(40)));
    expect(long.numPages).toBeGreaterThan(1);
    expect(compact(long.pages[1] ?? '')).toContain('申请财政经费（万元）');
    expect(compact(long.pages.join(''))).toContain('现推荐以下40个项目');
  }, 30_000);
});
