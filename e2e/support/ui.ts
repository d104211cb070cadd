import { type Browser, expect, type Page } from '@playwright/test';
import type { Person } from './api-actor';

/** Signs in through the login page and waits for the dashboard. */
export async function logIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.locator('#login_email').fill(person.email);
  await page.locator('#login_password').fill(person.password);
  await page.locator('form#login button[type="submit"]').click();
  await expect(page).toHaveURL(/\/$/);
}

/** A fresh browser context (no cookies, no stored language) with the person signed in. */
export async function pageOf(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, person);
  return page;
}

/** Fills the account part of the sign-up form. */
export async function fillAccount(page: Page, person: Person): Promise<void> {
  await page.locator('#signup_email').fill(person.email);
  await page.locator('#signup_name').fill(person.name);
  await page.locator('#signup_password').fill(person.password);
  await page.locator('#signup_confirmPassword').fill(person.password);
}

/** Picks Zhejiang → city → county in the region cascader. */
export async function pickRegion(page: Page, path: string[]): Promise<void> {
  await page.locator('#signup_organisation_regionCode').click();
  for (const label of path) {
    await page.locator(`.ant-cascader-menu-item[title="${label}"]`).click();
  }
}

/** The side menu's entry with this label. */
export function menuItem(page: Page, label: string) {
  return page.getByTestId('side-menu').getByRole('menuitem', { name: label });
}

/** Confirms the open antd Popconfirm. */
export async function confirmPopover(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}
