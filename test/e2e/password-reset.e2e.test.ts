/**
 * A forgotten password in a real browser: "Forgot your password?" on the sign-in page, the
 * neutral answer, the link from the email (read in the sandbox outbox), a new password, and the
 * person is signed in — while the browser that was signed in with the old password is not.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchChromium, onServer, openContext, seriousViolations } from './helpers/browser.js';
import { PASSWORD, signUp } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const NEW_PASSWORD = 'my new and better sentence';

it('forgot → the emailed link → a new password → signed in, and the old session is over', async () => {
  const laptop = await openContext(browser, t.url, 'desktop');
  await signUp(await laptop.newPage(), 'Nora', 'nora.reset@example.com');
  expect((await laptop.request.get('/api/users/me')).status()).toBe(200);

  const phone = await openContext(browser, t.url, 'phone');
  const page = await phone.newPage();
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Email', { exact: true }).fill('nora.reset@example.com');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const answer = page.getByRole('main').getByRole('status');
  await answer.getByText('If an account uses this email').waitFor();

  // The same answer for an address with no account: the page cannot tell them apart.
  const other = await (await openContext(browser, t.url, 'phone')).newPage();
  await other.goto('/forgot-password');
  await other.getByLabel('Email', { exact: true }).fill('nobody.reset@example.com');
  await other.getByRole('button', { name: 'Send me a link' }).click();
  const neutral = other.getByRole('main').getByRole('status');
  await neutral.getByText('If an account uses this email').waitFor();
  expect(await neutral.textContent()).toBe(await answer.textContent());

  // Nora reads the email in the sandbox outbox (no SMTP server) and opens its link.
  await page.goto('/sandbox/outbox');
  const href = await page.locator('a[href*="/reset-password#token="]').first().getAttribute('href');
  expect(href).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{43}$/);
  await page.goto(onServer(href ?? '', t.url));
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  // The secret leaves the address bar (and so the history) at once.
  await page.waitForURL((url) => !url.hash);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.getByText('Use at least 10 characters').waitFor();
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.waitForURL('**/rooms');
  expect((await phone.request.get('/api/users/me')).status()).toBe(200);
  // The laptop's session, made with the old password, ended with the reset.
  expect((await laptop.request.get('/api/users/me')).status()).toBe(401);

  // The link worked once: opened again, it says what to do.
  const again = await (await openContext(browser, t.url, 'phone')).newPage();
  await again.goto(onServer(href ?? '', t.url));
  await again.getByLabel('New password').fill('one more long password');
  await again.getByRole('button', { name: 'Save and sign in' }).click();
  await again.getByRole('alert').getByText('Ask for a new one').waitFor();
  await again.getByRole('link', { name: 'Ask for a new link' }).waitFor();

  // The old password no longer signs in; the new one does.
  const login = (password: string) =>
    laptop.request.post('/api/auth/login', {
      data: { email: 'nora.reset@example.com', password },
    });
  expect((await login(PASSWORD)).status()).toBe(401);
  expect((await login(NEW_PASSWORD)).status()).toBe(200);
});
