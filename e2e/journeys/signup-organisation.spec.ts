import { expect, test } from '@playwright/test';
import { newPerson } from '../support/api-actor';
import { longquan } from '../support/environment';
import { fillAccount, pickRegion } from '../support/ui';
import { breakUscc, makeUscc, uniqueSuffix } from '../support/uscc';

test('a new enterprise in 龙泉市 signs up and awaits verification; a wrong USCC is flagged at its field first', async ({
  page,
}) => {
  const admin = newPerson('signup');
  const organisationName = `龙泉青瓷新材料有限公司${uniqueSuffix()}`;
  const uscc = makeUscc(longquan.code);

  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: '注册' })).toBeVisible();
  await fillAccount(page, admin);
  await page.locator('#signup_organisation_name').fill(organisationName);
  await pickRegion(page, longquan.path);
  await expect(page.getByTestId('region-hint')).toContainText('龙泉市属于浙江省山区 26 县');
  await page.locator('#signup_organisation_contactName').fill(admin.name);
  await page.locator('#signup_organisation_contactPhone').fill('0578-7123456');

  // Right shape, wrong check character: only the server can tell, and its message lands under the field.
  await page.locator('#signup_organisation_uscc').fill(breakUscc(uscc));
  await page.locator('form#signup button[type="submit"]').click();
  const usccError = page.locator('#signup_organisation_uscc_help');
  await expect(usccError).toBeVisible();
  await expect(usccError).not.toHaveText('');
  await expect(usccError).not.toContainText('18 位数字或大写字母');
  await expect(page).toHaveURL(/\/signup$/);

  await page.locator('#signup_organisation_uscc').fill(uscc);
  await expect(usccError).toBeHidden();
  await page.locator('form#signup button[type="submit"]').click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('organisation-status')).toContainText('等待推荐单位审核');
  await expect(page.getByText(organisationName)).toBeVisible();
  await expect(page.getByTestId('my-roles')).toContainText('单位管理员');
});
