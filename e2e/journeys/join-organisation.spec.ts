import { expect, test } from '@playwright/test';
import { newPerson, registerOrganisation, verifyOrganisation } from '../support/api-actor';
import { lishuiRecommender } from '../support/environment';
import { confirmPopover, fillAccount, menuItem, pageOf } from '../support/ui';

test('a second person joins a verified organisation, its admin approves, the member sees the approval', async ({
  page,
  browser,
}) => {
  const organisation = await registerOrganisation('join');
  await verifyOrganisation(lishuiRecommender, organisation.id);
  const member = newPerson('member');

  await page.goto('/signup');
  await fillAccount(page, member);
  await page.getByTestId('organisation-mode').getByText('加入已有单位').click();
  await page.locator('#signup_organisation_organisationId').fill(organisation.name);
  await page.locator('.ant-select-item-option').filter({ hasText: organisation.name }).click();
  await page.locator('form#signup button[type="submit"]').click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('membership-status')).toContainText('您的加入申请正等待单位管理员批准');
  await expect(menuItem(page, '单位成员')).toHaveCount(0);

  const adminPage = await pageOf(browser, organisation.admin);
  await menuItem(adminPage, '单位成员').click();
  const row = adminPage.getByTestId('members-table').getByRole('row').filter({ hasText: member.email });
  await expect(row).toContainText('待批准');
  await row.getByRole('button', { name: '批准', exact: true }).click();
  await confirmPopover(adminPage);
  await expect(row).toContainText('已批准');
  await adminPage.context().close();

  await page.reload();
  await expect(page.getByTestId('membership-status')).toContainText('您已是该单位的成员');
  await expect(page.getByTestId('organisation-status')).toContainText('单位已通过审核');
});
