import { expect, test } from '@playwright/test';
import { openTab, waitSaved } from '../support/application-editor';
import { startApplication, verifiedLongquanEnterprise } from '../support/application-factory';
import { ensurePracticeCall, practiceCallId } from '../support/application-practice-call';
import { pageOf } from '../support/ui';

test.beforeAll(ensurePracticeCall);

test('a refresh mid-edit loses nothing, not even when the network dropped before the save', async ({
  browser,
}) => {
  const organisation = await verifiedLongquanEnterprise('refresh');
  const id = await startApplication(organisation.admin, practiceCallId, '1.1');
  const page = await pageOf(browser, organisation.admin);
  await page.goto(`/applications/${id}`);
  await openTab(page, '申报书正文');

  // saved, then refreshed: the text comes back from the server; 字数 counts a word or a number as one
  const summary = page.locator('#section-summary');
  await summary.fill('龙泉青瓷 AI 2024');
  await expect(page.getByTestId('section-summary-count')).toHaveText('6 / 800 字');
  await waitSaved(page);
  await page.reload();
  await openTab(page, '申报书正文');
  await expect(summary).toHaveValue('龙泉青瓷 AI 2024');
  await expect(page.getByTestId('restore-draft')).toHaveCount(0);

  // the network drops: the save fails, the text stays in this browser; after a refresh it is offered back
  const drafts = '**/api/v1/applications/*/draft';
  await page.route(drafts, (route) => route.abort('internetdisconnected'));
  const background = page.locator('#section-background');
  await background.fill('断网时写下的立项背景');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'offline', {
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByTestId('restore-draft')).toBeVisible();
  await page.unroute(drafts);
  await page.getByTestId('restore-draft-apply').click();
  await openTab(page, '申报书正文');
  await expect(background).toHaveValue('断网时写下的立项背景');
  await expect(summary).toHaveValue('龙泉青瓷 AI 2024');
  await waitSaved(page);

  await page.reload();
  await openTab(page, '申报书正文');
  await expect(background).toHaveValue('断网时写下的立项背景');
  await expect(page.getByTestId('restore-draft')).toHaveCount(0);
  await page.context().close();
});

test('a stale second tab is told that someone saved in between, keeps its text, and re-applies it on the latest', async ({
  browser,
}) => {
  const organisation = await verifiedLongquanEnterprise('conflict');
  const id = await startApplication(organisation.admin, practiceCallId, '1.1');
  const first = await pageOf(browser, organisation.admin);
  const second = await first.context().newPage();
  for (const page of [first, second]) {
    await page.goto(`/applications/${id}`);
    await openTab(page, '申报书正文');
  }

  await first.locator('#section-summary').fill('第一个窗口写的摘要');
  await waitSaved(first);

  await second.locator('#section-background').fill('第二个窗口写的背景');
  const conflict = second.getByTestId('edit-conflict');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText('另一个窗口或同事');
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  await expect(second.locator('#section-background')).toHaveValue('第二个窗口写的背景');
  await expect(second.getByTestId('submit-button')).toBeDisabled();

  await second.getByTestId('conflict-copy').click();
  await expect(second.getByTestId('my-changes')).toContainText('第二个窗口写的背景');
  await second
    .getByRole('dialog', { name: '我的修改' })
    .getByRole('button', { name: /^取\s*消$/ })
    .click();
  await expect(second.getByTestId('my-changes')).toHaveCount(0);

  await second.getByTestId('conflict-reapply').click();
  await expect(conflict).toHaveCount(0);
  await expect(second.locator('#section-summary')).toHaveValue('第一个窗口写的摘要');
  await expect(second.locator('#section-background')).toHaveValue('第二个窗口写的背景');
  await waitSaved(second);

  await first.reload();
  await openTab(first, '申报书正文');
  await expect(first.locator('#section-background')).toHaveValue('第二个窗口写的背景');
  await first.context().close();
});
