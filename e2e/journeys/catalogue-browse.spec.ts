import { expect, test } from '@playwright/test';

const call2025 = '关于组织申报2025年度“尖兵”“领雁”科技计划科技合作领域项目的通知';

test('an anonymous visitor finds the 2025 Finland direction, reads its cap in the source, compares the years and subscribes to deadlines', async ({
  page,
}) => {
  // Many pages on a cold server (tsx, embedded database): more room than the default minute.
  test.setTimeout(120_000);
  await page.goto('/login');
  await page.getByTestId('public-calls-link').click();
  await expect(page).toHaveURL(/\/calls$/);

  const calls = page.getByTestId('calls-table');
  const row2025 = calls.getByRole('row').filter({ hasText: call2025 });
  await expect(row2025.getByTestId('phase-tag')).toHaveText('已截止');
  await expect(row2025).toContainText('2024-09-05 00:00 至 2024-09-20 17:30');
  await expect(row2025).toContainText('2024-09-24 17:30');
  const row2026 = calls
    .getByRole('row')
    .filter({ hasText: '2026年度省“尖兵”“领雁”科技计划科技合作项目申报指南' });
  await expect(row2026.getByTestId('phase-tag')).toHaveText('未定');
  // The central-fund notice printed inside Longquan's needs collection is listed under it.
  await expect(calls.locator('tr.ant-table-row-level-1')).toContainText('中央引导地方科技发展资金储备项目');

  await page.getByRole('button', { name: '指南方向' }).click();
  const search = page.getByRole('searchbox', { name: '搜索方向、国别、领域、外方机构…' });
  await search.fill('芬兰');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/directions\?q=%E8%8A%AC%E5%85%B0$/);
  const directions = page.getByTestId('directions-table');
  await expect(directions.locator('tr[data-row-key="zj-2026-cooperation-guide/1.1.6"]')).toContainText(
    '芬兰',
  );
  const finland2025 = directions.locator('tr[data-row-key="zj-2025-cooperation/1.1.1"]');
  await expect(finland2025).toContainText('芬兰');
  await expect(finland2025).toContainText('150');
  await expect(finland2025).toContainText('2024-09-25 23:59');
  await finland2025.getByTestId('direction-link').click();

  await expect(page).toHaveURL(/\/calls\/zj-2025-cooperation\/directions\/1\.1\.1$/);
  await expect(page.getByTestId('value-fundingCapWan')).toContainText('150 万元');
  await expect(page.getByTestId('inherited-fundingCapWan')).toHaveText('继承自 1 国际科技合作项目');
  await page.getByTestId('value-fundingCapWan').click();
  const highlight = page.getByTestId('source-drawer').getByTestId('source-highlight');
  await expect(highlight).toHaveText('国际科技合作项目最高补助 150 万元');
  await expect(highlight).toBeInViewport();
  await expect(page.getByTestId('source-drawer')).toContainText('一、（三）');
  await page.keyboard.press('Escape');
  await page.getByTestId('value-foreignAgency').click();
  await expect(page.getByTestId('source-interpretation')).toContainText('解读：同段后文写作“芬兰创新资金署”');

  await page.goto('/compare?country=FI');
  await expect(page.getByTestId('compare-year')).toContainText(['2024', '2025', '2026']);
  await expect(page.locator('td[data-field="priorityFields"][data-changed="true"]')).not.toHaveCount(0);
  await expect(page.getByTestId('compare-changes')).toContainText(
    '优先支持领域：碳减排、医疗健康、工业数字化、循环经济 → 气候变化、循环经济、可持续发展、医疗健康',
  );

  await page.goto('/calls');
  const calendar = page.getByTestId('calendar-panel');
  await calendar.getByText('外方截止').click();
  await expect(page.getByTestId('calendar-url')).toContainText('/api/v1/calendar.ics?include=foreign');
  const href = await page.getByTestId('calendar-download').getAttribute('href');
  expect(href).toBeTruthy();
  const feed = await page.request.get(href!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
});
