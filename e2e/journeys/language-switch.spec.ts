import { expect, test } from '@playwright/test';
import { registerOrganisation } from '../support/api-actor';
import { logIn, menuItem } from '../support/ui';

test('switching to English and back changes the menu and antd texts, and the choice is remembered', async ({
  page,
}) => {
  const organisation = await registerOrganisation('language');
  await logIn(page, organisation.admin);
  await menuItem(page, '单位成员').click();
  await expect(page).toHaveURL(/\/organisation\/members$/);
  const sizeChanger = page.locator('.ant-pagination-options .ant-select-selection-item');
  await expect(sizeChanger).toHaveText('10 条/页');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(menuItem(page, 'Dashboard')).toBeVisible();
  await expect(menuItem(page, 'Members')).toBeVisible();
  await expect(sizeChanger).toHaveText('10 / page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await expect
    .poll(async () => (await (await page.request.get('/api/v1/auth/session')).json()).user.locale)
    .toBe('en-US');
  await page.reload();
  await expect(menuItem(page, 'Members')).toBeVisible();
  await expect(sizeChanger).toHaveText('10 / page');

  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(menuItem(page, '工作台')).toBeVisible();
  await expect(menuItem(page, '单位成员')).toBeVisible();
  await expect(sizeChanger).toHaveText('10 条/页');
});
