import { expect, type Page } from '@playwright/test';

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Waits until the editor says 已保存 (the server holds what is on screen). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

/** One requirement's line in the eligibility panel. */
export function requirement(page: Page, id: string) {
  return page
    .getByTestId('eligibility-panel')
    .locator(`[data-testid="eligibility-result"][data-requirement="${id}"]`);
}

/** Types a date into an antd date picker and confirms it. */
export async function fillDate(page: Page, selector: string, date: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}
