import { expect, test } from '@playwright/test';
import { createProgrammeOfficer } from '../support/catalogue-officer';
import { applicationAwaitingFormalReview, publishFormalReviewCall } from '../support/formal-review-setup';
import { menuItem, pageOf } from '../support/ui';
import { uniqueSuffix } from '../support/uscc';

const day = 86_400_000;

/** A correction deadline ten days ahead at 17:30, as Beijing wall-clock time ("2026-12-09 17:30"). */
function deadlineTenDaysAhead(): string {
  const shanghai = new Date(Date.now() + 10 * day + 8 * 3600_000).toISOString();
  return `${shanghai.slice(0, 10)} 17:30`;
}

test('the programme office returns a recommended application for correction, and its applicant is told why and until when', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const call = await publishFormalReviewCall();
  const application = await applicationAwaitingFormalReview(call.id, `中芬海洋装备联合研发${uniqueSuffix()}`);
  const officer = await createProgrammeOfficer('formal-review-officer');
  const reason = '合作协议缺少外方签字页，请补充完整的签字盖章版本。';
  const deadline = deadlineTenDaysAhead();

  // the officer finds the application among the recommended ones of the call
  const page = await pageOf(browser, officer);
  await menuItem(page, '形式审查').click();
  await expect(page).toHaveURL(/\/formal-reviews$/);
  await page.getByTestId('filter-call').click();
  await page.keyboard.type(call.title);
  await page.locator('.ant-select-item-option').filter({ hasText: call.title }).click();
  const row = page.getByRole('row').filter({ hasText: application.title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('已推荐，待形式审查');
  await expect(row).toContainText('丽水市科学技术局');
  await row.getByRole('button', { name: /^审\s?查$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/formal-reviews/${application.id}$`));
  await expect(page.getByRole('heading', { name: application.title })).toBeVisible();

  // starting the review runs the automatic checks on the frozen version
  await page.getByTestId('start-review').click();
  await expect(page.getByTestId('start-review')).toHaveCount(0);
  await expect(page.locator('.ant-tag', { hasText: /^形式审查中$/ })).toBeVisible();
  for (const code of [
    'eligibility',
    'requiredAttachments',
    'recommendationBatch',
    'duplicatePrincipalInvestigator',
  ]) {
    await expect(page.getByTestId(`check-${code}`)).toBeVisible();
  }
  const batchCheck = page.getByTestId('check-recommendationBatch');
  await expect(batchCheck).toContainText('推荐批次已报送且一致');
  await expect(batchCheck.locator('.ant-tag')).toHaveText('通过');
  await expect(page.getByText(/检查于 .+（北京时间），冻结版本 1/)).toBeVisible();
  await expect(page.locator('.ant-card-head-title', { hasText: /^人工核查清单$/ })).toBeVisible();

  // the return asks for a reason and a deadline ahead, in Beijing time
  await page.getByTestId('decide-return').click();
  const modal = page.locator('.ant-modal').filter({ hasText: '补正截止时间（北京时间）' });
  await expect(modal).toBeVisible();
  await modal.getByTestId('decision-reason').fill(reason);
  const picker = modal.getByTestId('decision-deadline');
  await picker.click();
  await picker.fill(deadline);
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await expect(picker).toHaveValue(deadline);
  await modal.getByRole('button', { name: /^确\s?定$/ }).click();
  await expect(modal).toBeHidden();

  // the review page now shows the outcome, and no decision is left to take
  await expect(page.locator('.ant-tag', { hasText: /^退回补正$/ })).toBeVisible();
  const outcome = page.locator('.ant-alert').filter({ hasText: '已退回补正' });
  await expect(outcome).toContainText(`理由：${reason}`);
  await expect(outcome).toContainText(`补正截止：${deadline}（北京时间）`);
  await expect(page.getByTestId('decide-return')).toHaveCount(0);

  // back in the list, the row carries the new state and the deadline
  await page.getByRole('link', { name: '返回列表' }).click();
  await page.getByTestId('filter-call').click();
  await page.keyboard.type(call.title);
  await page.locator('.ant-select-item-option').filter({ hasText: call.title }).click();
  const returnedRow = page.getByRole('row').filter({ hasText: application.title });
  await expect(returnedRow).toContainText('退回补正');
  await expect(returnedRow).toContainText(deadline);
  await page.context().close();

  // the applicant: the bell counts the unread messages
  const applicantPage = await pageOf(browser, application.applicant);
  const bell = applicantPage.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('aria-label', /^\d+ 条未读消息$/);
  const unread = Number((await bell.getAttribute('aria-label'))?.match(/^(\d+)/)?.[1]);
  expect(unread).toBeGreaterThanOrEqual(1);

  // the inbox holds the return, with the reason and the deadline
  await bell.click();
  await expect(applicantPage).toHaveURL(/\/notifications$/);
  const message = applicantPage
    .getByTestId('notification-item')
    .filter({ hasText: `申报书《${application.title}》：形式审查退回补正` });
  await expect(message).toHaveCount(1);
  await expect(message).toContainText(`理由：${reason}`);
  await expect(message).toContainText(`请于 ${deadline}（北京时间）前完成补正并重新提交。`);

  // from the message to the application, where the correction notice says the same
  await message.getByRole('link', { name: '查看申报书' }).click();
  await expect(applicantPage).toHaveURL(new RegExp(`/applications/${application.id}$`));
  await expect(applicantPage.getByTestId('application-state')).toHaveText('形式审查退回补正');
  const notice = applicantPage.getByTestId('correction-notice');
  await expect(notice).toContainText('形式审查退回补正');
  await expect(notice).toContainText(`退回理由：${reason}`);
  await expect(notice).toContainText(`补正截止时间：${deadline}（北京时间）`);
  await expect(notice).toContainText('重新提交补正材料');
  await applicantPage.context().close();
});
