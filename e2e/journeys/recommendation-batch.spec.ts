import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { samplePdf } from '../support/application-practice-call';
import { lishuiRecommender } from '../support/environment';
import {
  type ApprovedApplication,
  applicationAwaitingRecommendation,
  ensureQuotaCall,
  quotaCallId,
  quotaCallTitle,
} from '../support/recommend-quota-call';
import { confirmPopover, menuItem, pageOf } from '../support/ui';

test.beforeAll(ensureQuotaCall);

/** Opens an application of the workspace in the review drawer and recommends it, confirming. */
async function recommend(page: Page, application: ApprovedApplication) {
  await page
    .getByTestId('recommendation-workspace')
    .getByRole('row')
    .filter({ hasText: application.title })
    .getByTestId('action-review')
    .click();
  const drawer = page.getByTestId('review-drawer');
  await expect(drawer.getByTestId('review-content')).toContainText('1.1 芬兰');
  await drawer.getByTestId('action-recommend').click();
  await page.getByTestId('confirm-decision').click();
}

async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-close').click();
  await expect(page.getByTestId('review-drawer')).toHaveCount(0);
}

async function downloaded(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

test('a city bureau recommends up to its quota of two, sends its batch, and the applicant sees it recommended', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const first = await applicationAwaitingRecommendation('recommend-a', '中芬智能装备联合研发');
  const second = await applicationAwaitingRecommendation('recommend-b', '中芬青瓷材料联合研发');
  const third = await applicationAwaitingRecommendation('recommend-c', '中芬数字孪生联合研发');
  const page = await pageOf(browser, lishuiRecommender);

  // the workspace: choose the call, see the quota and the deadline
  await menuItem(page, '推荐工作台').click();
  await expect(page).toHaveURL(/\/recommendations/);
  await page.getByTestId('call-selector').click();
  await page.locator('.ant-select-item-option').filter({ hasText: quotaCallTitle }).click();
  await expect(page).toHaveURL(new RegExp(`callId=${quotaCallId}`));
  const counter = page.locator('[data-testid="quota-counter"][data-holder="丽水市"]');
  await expect(counter.getByTestId('quota-used')).toHaveText('已推荐 0 / 2 项');
  await expect(page.getByTestId('recommendation-deadline')).toContainText('17:30（北京时间）');
  await expect(page.getByTestId('recommendation-deadline')).toContainText('距截止');
  const table = page.getByTestId('recommendation-workspace');
  for (const a of [first, second, third]) {
    await expect(
      table.getByRole('row').filter({ hasText: a.title }).getByTestId('application-state'),
    ).toHaveText('待推荐');
  }

  // two recommendations take both places
  await recommend(page, first);
  await expect(page.getByText(`已推荐「${first.title}」`)).toBeVisible();
  await expect(page.getByTestId('review-drawer').getByTestId('no-decision')).toBeVisible();
  await expect(counter.getByTestId('quota-used')).toHaveText('已推荐 1 / 2 项');
  await closeDrawer(page);
  await recommend(page, second);
  await expect(page.getByText(`已推荐「${second.title}」`)).toBeVisible();
  await expect(counter.getByTestId('quota-used')).toHaveText('已推荐 2 / 2 项');
  await expect(counter.getByTestId('quota-left')).toHaveText('剩余 0 项');
  await closeDrawer(page);

  // the third is refused: the drawer says which quota, with its numbers
  await recommend(page, third);
  const error = page.getByTestId('review-drawer').getByTestId('decision-error');
  await expect(error).toContainText('推荐限额已用完：丽水市限额 2 项。');
  await expect(error.getByTestId('exceeded-quota')).toHaveText('丽水市：已推荐 2 项，限额 2 项');
  await expect(page.getByTestId('review-drawer').getByTestId('action-recommend')).toBeVisible();
  await expect(counter.getByTestId('quota-used')).toHaveText('已推荐 2 / 2 项');
  await closeDrawer(page);
  await expect(
    table.getByRole('row').filter({ hasText: third.title }).getByTestId('application-state'),
  ).toHaveText('待推荐');

  // the workspace list as xlsx: all three, two of them recommended
  const list = await downloaded(page, 'export-list');
  const listBook = new ExcelJS.Workbook();
  await listBook.xlsx.load(list.bytes as unknown as ArrayBuffer);
  const listRows: string[] = [];
  listBook.worksheets[0]?.eachRow((row) => listRows.push(JSON.stringify(row.values)));
  for (const a of [first, second, third]) {
    expect(listRows.filter((text) => text.includes(a.title))).toHaveLength(1);
  }
  expect(listRows.filter((text) => text.includes('已推荐'))).toHaveLength(2);

  // the batch: nothing can be sent before the documents and the scan are there
  await page.getByTestId('open-batch').click();
  await expect(page).toHaveURL(new RegExp(`/recommendation-batch\\?callId=${quotaCallId}`));
  await expect(page.getByTestId('batch-recommended')).toHaveText('2 项');
  await expect(page.getByTestId('send-batch')).toBeDisabled();
  const blockers = page.getByTestId('batch-blockers');
  await expect(blockers.locator('[data-blocker]')).toHaveCount(3);
  await expect(blockers).toContainText('尚未上传盖章扫描件');

  const summary = await downloaded(page, 'download-summary');
  expect(summary.download.suggestedFilename()).toBe(`recommendation-summary-${quotaCallId}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(summary.bytes as unknown as ArrayBuffer);
  const rowTexts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => rowTexts.push(JSON.stringify(row.values)));
  const projectRows = rowTexts.filter((text) => text.includes('中芬'));
  expect(projectRows).toHaveLength(2);
  expect(projectRows.some((text) => text.includes(first.title))).toBe(true);
  expect(projectRows.some((text) => text.includes(second.title))).toBe(true);
  await expect(page.getByTestId('batch-summary')).toHaveAttribute('data-done', 'true');

  const docx = await downloaded(page, 'download-letter-docx');
  expect(docx.download.suggestedFilename()).toBe(`recommendation-letter-${quotaCallId}.docx`);
  expect(docx.bytes.length).toBeGreaterThan(1000);
  expect(docx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  const pdf = await downloaded(page, 'download-letter-pdf');
  expect(pdf.bytes.length).toBeGreaterThan(1000);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('batch-letter')).toHaveAttribute('data-done', 'true');
  await expect(blockers).toContainText('尚未上传盖章扫描件');
  await expect(page.getByTestId('send-batch')).toBeDisabled();

  await page
    .getByTestId('scan-upload')
    .locator('input[type="file"]')
    .setInputFiles({ name: '盖章扫描件.pdf', mimeType: 'application/pdf', buffer: samplePdf('Stamped') });
  await expect(page.getByTestId('batch-scan')).toContainText('盖章扫描件.pdf');
  await expect(page.getByTestId('send-batch')).toBeEnabled();
  await page.getByTestId('send-batch').click();
  await confirmPopover(page);
  await expect(page.getByTestId('batch-sent')).toContainText('已报送');
  await expect(page.getByTestId('batch-sent')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('send-batch')).toBeDisabled();
  await page.context().close();

  // the applicant sees the recommendation in the record of the application
  const applicantPage = await pageOf(browser, first.applicant);
  await applicantPage.goto(`/applications/${first.id}`);
  await expect(applicantPage.getByTestId('application-state')).toHaveText('已推荐');
  const entry = applicantPage.locator('[data-testid="timeline-entry"][data-transition="recommend"]');
  await expect(entry).toContainText('单位已审核，待推荐 → 已推荐');
  await expect(entry).toContainText(lishuiRecommender.name);
  await applicantPage.context().close();
});
