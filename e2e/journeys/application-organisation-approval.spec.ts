import { expect, test } from '@playwright/test';
import { submittedApplication, verifiedLongquanEnterprise } from '../support/application-factory';
import { ensurePracticeCall, practiceCallId } from '../support/application-practice-call';
import { confirmPopover, menuItem, pageOf } from '../support/ui';

test.beforeAll(ensurePracticeCall);

test('the organisation admin approves one submitted application and returns another with a reason', async ({
  browser,
}) => {
  const organisation = await verifiedLongquanEnterprise('approve');
  const finland = await submittedApplication(organisation.admin, practiceCallId, '1.1', '芬兰合作项目');
  await submittedApplication(organisation.admin, practiceCallId, '1.2', '以色列合作项目');
  const page = await pageOf(browser, organisation.admin);

  await menuItem(page, '单位申报审核').click();
  await expect(page).toHaveURL(/\/organisation\/applications$/);
  const table = page.getByTestId('organisation-applications');
  const finlandRow = table.getByRole('row').filter({ hasText: '芬兰合作项目' });
  const israelRow = table.getByRole('row').filter({ hasText: '以色列合作项目' });
  await expect(finlandRow.getByTestId('application-state')).toHaveText('待单位审核');
  await expect(israelRow.getByTestId('application-state')).toHaveText('待单位审核');

  await finlandRow.getByTestId('action-orgApprove').click();
  await confirmPopover(page);
  await expect(page.getByText('「芬兰合作项目」已审核通过')).toBeVisible();
  await expect(finlandRow).toHaveCount(0);

  await israelRow.getByTestId('action-orgReturn').click();
  const dialog = page.getByRole('dialog', { name: '退回「以色列合作项目」' });
  await dialog.locator('#org-return_reason').fill('请补充外方合作单位和任务分工');
  await dialog.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByText('「以色列合作项目」已退回申报人')).toBeVisible();
  await expect(israelRow).toHaveCount(0);

  await page.getByTestId('organisation-applications-filter').getByText('已审核').click();
  await expect(finlandRow.getByTestId('application-state')).toHaveText('待推荐');
  await page.getByTestId('organisation-applications-filter').getByText('已退回').click();
  await expect(israelRow.getByTestId('application-state')).toHaveText('已退回');

  // the applicant sees it editable again, with the reason in the record
  await israelRow.getByRole('link', { name: '以色列合作项目' }).click();
  await expect(page.getByTestId('application-state')).toHaveText('已退回修改');
  await expect(page.locator('#basics-title')).toBeEnabled();
  await expect(page.locator('[data-testid="timeline-entry"][data-transition="orgReturn"]')).toContainText(
    '理由：请补充外方合作单位和任务分工',
  );

  // the approved one is read-only for the applicant and can still be withdrawn
  await page.goto(`/applications/${finland}`);
  await expect(page.getByTestId('application-state')).toHaveText('单位已审核，待推荐');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('action-withdraw')).toBeVisible();
  await page.context().close();
});
