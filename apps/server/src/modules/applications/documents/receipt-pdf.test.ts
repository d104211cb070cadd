import { beforeAll, describe, expect, it } from 'vitest';
import { buildEmptyDraft, buildPledgeAttachments, buildSubmittedApplication } from './document-input.factory';
import { compact, type ExtractedPdf, extractPdfText } from './pdf-text.test-helper';
import { renderReceiptPdf } from './receipt-pdf';

const base = buildSubmittedApplication();
// twenty attachments: the receipt must still fit on one page
const submitted = buildSubmittedApplication({
  attachments: [...base.attachments, ...buildPledgeAttachments(17)],
});
let receipt: ExtractedPdf;

beforeAll(async () => {
  receipt = await extractPdfText(await renderReceiptPdf(submitted));
}, 30_000);

describe('renderReceiptPdf', () => {
  it('fits on one page, even with twenty attachments', () => {
    expect(receipt.numPages).toBe(1);
    expect(receipt.pages[0]).toContain('第 1 页 / 共 1 页');
  });

  it('identifies the application, its lead organisation, call and direction', () => {
    const text = compact(receipt.pages[0] ?? '');
    expect(text).toContain('申报回执');
    expect(text).toContain(submitted.application.id);
    expect(text).toContain(compact(submitted.content.basics.title ?? ''));
    expect(text).toContain(`${submitted.leadOrg.name}（${submitted.leadOrg.uscc}）`);
    expect(text).toContain(compact(submitted.call.title));
    expect(text).toContain('1.6中国和芬兰政府间科技合作项目');
    expect(text).toContain('版本2');
  });

  it('gives the submission time in Asia/Shanghai time', () => {
    // 09:29:58 UTC is 17:29:58 in Shanghai
    expect(receipt.pages[0]).toContain('2024年9月20日 17:29:58');
  });

  it('shows the content hash in groups of eight and explains what it proves', () => {
    const page = receipt.pages[0] ?? '';
    const hash = submitted.application.contentHash ?? '';
    const groups = hash.match(/.{8}/g) ?? [];
    expect(groups).toHaveLength(8);
    expect(page.replace(/\s+/g, ' ')).toContain(groups.join(' '));
    expect(compact(page)).toContain('内容的任何改动都会得到不同的哈希值');
  });

  it("lists every attachment's SHA-256", () => {
    const text = compact(receipt.pages[0] ?? '');
    for (const attachment of submitted.attachments) {
      expect(text).toContain(attachment.sha256);
      expect(text).toContain(compact(attachment.fileName));
    }
  });

  it('refuses to certify an application that has not been submitted', async () => {
    await expect(renderReceiptPdf(buildEmptyDraft())).rejects.toThrow(/has not been submitted/);
  });
});
