import { expect, test } from '@playwright/test';
import { registerOrganisation } from '../support/api-actor';
import { lishuiRecommender } from '../support/environment';
import { confirmPopover, logIn, menuItem, pageOf } from '../support/ui';

test('the 丽水 recommender verifies a pending organisation and its admin sees it verified', async ({
  page,
  browser,
}) => {
  const organisation = await registerOrganisation('verify');

  await logIn(page, lishuiRecommender);
  await expect(page.getByTestId('pending-organisations-card')).toBeVisible();
  await menuItem(page, '单位审核').click();
  await expect(page).toHaveURL(/\/verification$/);
  const row = page.getByTestId('verification-table').getByRole('row').filter({ hasText: organisation.name });
  await expect(row).toContainText('待审核');
  await expect(row).toContainText(organisation.uscc);
  await expect(row).toContainText('龙泉');
  await row.getByRole('button', { name: '通过', exact: true }).click();
  await confirmPopover(page);
  await expect(page.getByText(`${organisation.name} 已通过审核`)).toBeVisible();
  await expect(row).toHaveCount(0);

  await page.getByTestId('verification-filter').getByText('已审核').click();
  await expect(row).toContainText('已审核');

  const adminPage = await pageOf(browser, organisation.admin);
  await expect(adminPage.getByTestId('organisation-status')).toContainText('单位已通过审核');
  await adminPage.context().close();
});
