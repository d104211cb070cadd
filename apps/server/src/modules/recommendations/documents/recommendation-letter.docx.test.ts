import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterInput } from './recommendation-input.factory';
import { renderRecommendationLetterDocx } from './recommendation-letter.docx';
import { listZipEntries, readZipEntry } from './zip-entry.test-helper';

const input = buildLetterInput(3);
let docx: Buffer;
let documentXml: string;
/** the document's words with the XML tags removed, so that runs split across tags still match */
let words: string;

beforeAll(async () => {
  docx = await renderRecommendationLetterDocx(input);
  documentXml = await readZipEntry(docx, 'word/document.xml');
  words = documentXml.replace(/<[^>]+>/g, '');
});

describe('renderRecommendationLetterDocx', () => {
  it('is a Word document', async () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await listZipEntries(docx)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    console.log(`letter .docx: ${(docx.length / 1024).toFixed(1)} KB`);
  });

  it('is addressed to the issuer of the call and cites the call', () => {
    expect(documentXml).toContain('<w:t xml:space="preserve">浙江省科学技术厅：</w:t>');
    expect(words).toContain('根据《关于组织申报2024年度浙江省国际科技合作项目的通知》要求');
  });

  it('says how many projects it recommends and lists each one with its funding', () => {
    expect(words).toContain('现推荐以下3个项目（申请财政经费合计526.50万元）');
    for (const application of input.applications) {
      expect(documentXml).toContain(application.projectName);
      expect(documentXml).toContain(application.leadOrganisation);
    }
    expect(words).toContain('1.6 中国和芬兰政府间科技合作项目');
    expect(words).toContain('175.50');
    expect(words).toContain('共3项');
  });

  it('is signed by the recommender, dated in Chinese in Shanghai time, with a place for the seal', () => {
    expect(words).toContain('杭州市科学技术局（盖章）');
    // 2024-09-23T20:00Z is 24 September in Shanghai
    expect(documentXml).toContain('2024年9月24日');
    expect(words).toContain('（联系人：张培锋，联系电话：0571-87054743）');
    expect(words.indexOf('特此推荐。')).toBeLessThan(words.indexOf('2024年9月24日'));
  });

  it('is set on A4 in 宋体', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = await readZipEntry(docx, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:ascii="SimSun"');
  });

  it('escapes names that contain XML characters', async () => {
    const tricky = buildLetterInput(1);
    const first = tricky.applications[0];
    if (first) first.projectName = 'R&D <一期> 项目';
    const xml = await readZipEntry(await renderRecommendationLetterDocx(tricky), 'word/document.xml');
    expect(xml).toContain('R&amp;D &lt;一期&gt; 项目');
  });

  it('refuses to write a letter that recommends nothing', async () => {
    await expect(renderRecommendationLetterDocx({ ...input, applications: [] })).rejects.toThrow(
      /at least one application/,
    );
  });
});
