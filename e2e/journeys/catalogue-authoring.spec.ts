import { expect, test } from '@playwright/test';
import { createProgrammeOfficer } from '../support/catalogue-officer';
import { confirmPopover, menuItem, pageOf } from '../support/ui';
import { uniqueSuffix } from '../support/uscc';

test('a programme officer copies a call into a draft, renames a node, publishes, edits again and reads version 3 in words', async ({
  browser,
}) => {
  // Many pages on a cold server (tsx, embedded database): more room than the default minute.
  test.setTimeout(120_000);
  const officer = await createProgrammeOfficer('officer');
  const page = await pageOf(browser, officer);
  const id = `longquan-copy-${uniqueSuffix().toLowerCase()}`;

  await menuItem(page, '通知管理').click();
  await expect(page).toHaveURL(/\/authoring\/calls$/);
  await page.getByTestId('create-call').click();
  await page.locator('#create-call_sourceId').fill('科技项目技术攻关需求');
  await page.locator('#create-call_sourceId').press('Enter');
  await expect(page.locator('#create-call_id')).toHaveValue('longquan-2024-needs-collection-copy');
  await page.locator('#create-call_id').fill(id);
  await page.getByTestId('create-call-submit').click();
  await expect(page).toHaveURL(new RegExp(`/authoring/calls/${id}$`));
  await expect(page.getByTestId('editor-call-status')).toHaveText('草稿');

  await page.getByRole('tab', { name: '指南树' }).click();
  await page.getByTestId('tree-node-1.1').click();
  await expect(page.locator('#node_name')).toHaveValue('人工智能');
  await page.locator('#node_name').fill('人工智能（试点）');
  await expect(page.getByTestId('tree-node-1.1')).toHaveText('1.1 人工智能（试点）');
  await page.getByTestId('save-call').click();
  await expect(page.getByText('已保存（第 1 版）')).toBeVisible();

  await page.getByTestId('publish-call').click();
  await confirmPopover(page);
  await expect(page.getByText('已发布（第 2 版）')).toBeVisible();
  await expect(page.getByTestId('editor-call-status')).toHaveText('已发布');

  await expect(page.locator('#node_name')).toHaveValue('人工智能（试点）');
  await page.locator('#node_name').fill('人工智能（二期）');
  await page.getByTestId('save-note').fill('方向更名');
  await page.getByTestId('save-call').click();
  await expect(page.getByText('已保存（第 3 版）')).toBeVisible();

  await page.getByRole('tab', { name: '版本记录' }).click();
  await page.getByTestId('version-3').click();
  const diff = page.getByTestId('version-diff');
  await expect(diff.getByTestId('diff-path-words')).toHaveText(['节点 1.1「人工智能（二期）」 › 名称']);
  await expect(diff.getByTestId('diff-values')).toHaveText('人工智能（试点） → 人工智能（二期）');
  await expect(page.getByTestId('versions-list')).toContainText('方向更名');
  await page.context().close();
});
