import { expect, test } from '@playwright/test';
import { ApiActor } from '../support/api-actor';
import { fillDate, openTab, requirement, waitSaved } from '../support/application-editor';
import { verifiedLongquanEnterprise } from '../support/application-factory';
import { ensurePracticeCall, practiceCallId, samplePdf } from '../support/application-practice-call';
import { logIn } from '../support/ui';

test.beforeAll(ensurePracticeCall);

test('a 龙泉 enterprise finds Finland, is told about the 20% rule, fixes it, uploads the agreement and submits once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const organisation = await verifiedLongquanEnterprise('finland');
  await logIn(page, organisation.admin);

  // the finder on the home page: Finland (1.1) of the practice call lacks the budget figures
  const finder = page.getByTestId('home-finder');
  const call = finder.locator(`[data-testid="finder-call"][data-call="${practiceCallId}"]`);
  const finland = call.locator('[data-testid="finder-direction"][data-code="1.1"]');
  await expect(finland).toContainText('芬兰');
  await expect(finland.getByTestId('finder-verdict')).toHaveText('信息待补充');
  await expect(finland.getByTestId('finder-missing')).toContainText('申请财政补助经费、企业实际研发投入');
  await finland.getByTestId('finder-start').click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('application-state')).toHaveText('填写中');

  // 40 万元 public funding against 150 万元 R&D investment: more than 20%
  await openTab(page, '经费预算');
  await page.locator('#budget-publicFundingWan').fill('40');
  await page.locator('#budget-rdInvestmentWan').fill('150');
  await page.locator('#budget-rdInvestmentWan').blur();
  await expect(page.getByTestId('ratio-public-of-rd')).toContainText('26.7%');
  await waitSaved(page);
  const twentyPercent = requirement(page, 'funding-share-of-rd');
  await expect(twentyPercent).toHaveAttribute('data-outcome', 'fail');
  await expect(twentyPercent).toContainText(
    '申请财政补助 40 万元超过企业实际研发投入 150 万元的 20%（30 万元）',
  );
  await twentyPercent.getByRole('button', { name: '查看原文' }).click();
  const clause = page.getByTestId('clause-popover');
  await expect(clause).toContainText('且不超过企业实际投入研发经费的20%');
  await expect(clause).toContainText('出处：三、（三）');
  await expect(page.getByTestId('submit-button')).toBeDisabled();
  await expect(page.getByTestId('submit-disabled-reason')).toContainText('否决性条件不符合');
  // blocking failures come first in the panel
  await expect(page.getByTestId('eligibility-result').first()).toHaveAttribute(
    'data-requirement',
    'funding-share-of-rd',
  );

  // 30 万元 is exactly 20%
  await page.locator('#budget-publicFundingWan').fill('30');
  await page.locator('#budget-publicFundingWan').blur();
  await expect(page.getByTestId('ratio-public-of-rd')).toContainText('20%');
  await waitSaved(page);
  await expect(twentyPercent).toHaveAttribute('data-outcome', 'pass');

  // the remaining facts: title, dates (two years), the Finnish side's application reference
  await openTab(page, '基本信息');
  await page.locator('#basics-title').fill('龙泉青瓷窑炉智能控制中芬联合研发');
  await fillDate(page, '#basics-startDate', '2027-01-01');
  await fillDate(page, '#basics-endDate', '2028-12-31');
  await page.locator('#basics-foreignApplicationReference').fill('BF-2024-0917');
  await page.locator('#basics-foreignApplicationReference').blur();
  await waitSaved(page);
  await expect(requirement(page, 'bilateral-submission')).toHaveAttribute('data-outcome', 'pass');
  await expect(requirement(page, 'duration')).toHaveAttribute('data-outcome', 'pass');

  // the cooperation agreement, signed on a date, as a small valid PDF
  await openTab(page, '附件');
  await fillDate(page, '#other-attachment-upload-signedOn', '2024-05-20');
  await page
    .getByTestId('other-attachment-upload')
    .locator('input[type="file"]')
    .setInputFiles({ name: '合作协议.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  const uploaded = page.getByTestId('attachment-file').filter({ hasText: '合作协议.pdf' });
  await expect(uploaded).toBeVisible();
  await expect(uploaded.getByTestId('attachment-sha')).toHaveText(/^[0-9a-f]{12}$/);
  await expect(uploaded).toContainText('签署于 2024-05-20');

  // submit: confirm, and a double click on the confirmation submits once
  await expect(page.getByTestId('submit-button')).toBeEnabled();
  await page.getByTestId('submit-button').click();
  const dialog = page.getByRole('dialog', { name: '确认提交申报书？' });
  await dialog.getByRole('button', { name: '确认提交' }).dblclick();
  const receipt = page.getByTestId('submission-receipt');
  await expect(receipt).toBeVisible();
  await expect(page.getByTestId('submission-receipt')).toHaveCount(1);
  await expect(receipt.getByTestId('receipt-version')).toHaveText('1');
  await expect(receipt.getByTestId('receipt-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(receipt.getByTestId('receipt-time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await expect(receipt).toContainText('合作协议.pdf');
  await expect(page.getByTestId('application-state')).toHaveText('已提交，待单位审核');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('submit-button')).toHaveCount(0);
  await expect(page.locator('#basics-title')).toBeDisabled();

  // one submission: the record shows one submit, the server counts one
  await expect(page.getByTestId('timeline-entry')).toHaveCount(1);
  await expect(page.locator('[data-testid="timeline-entry"][data-transition="submit"]')).toContainText(
    '填写中 → 已提交，待单位审核',
  );
  const api = await ApiActor.login(organisation.admin.email, organisation.admin.password);
  try {
    const stored = await api.get<{ submissionCount: number; state: { code: string } }>(
      `/applications/${applicationId}`,
    );
    expect(stored).toMatchObject({ submissionCount: 1, state: { code: 'submitted' } });
  } finally {
    await api.dispose();
  }

  // the whole application as PDF
  const pdfResponse = await page.request.get(`/api/v1/applications/${applicationId}/pdf`);
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
  const downloadPromise = page.waitForEvent('download');
  await receipt.getByTestId('download-pdf').click();
  const download = await downloadPromise;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 4).toString('latin1')).toBe('%PDF');
});
