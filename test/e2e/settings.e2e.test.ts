/**
 * Settings in a real browser: a WhatsApp number written the ways people write it is saved and
 * shown back as E.164; one the server cannot read shows the server's own message at the field.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { codeReceivedBy } from '../helpers/verify-phone.js';
import { launchChromium, openContext } from './helpers/browser.js';
import { signUp } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const phoneGroup = (page: Page) => page.getByRole('group', { name: 'Your WhatsApp number' });

async function savePhone(page: Page, country: string, number: string) {
  await phoneGroup(page).getByLabel('Country').selectOption(country);
  await phoneGroup(page).getByLabel('Mobile number').fill(number);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/users/me') && r.request().method() === 'PATCH',
  );
  await page.getByRole('button', { name: 'Save settings' }).click();
  return saved;
}

it('saves a number written several ways as E.164 and shows a bad one’s error at the field', async () => {
  const page = await (await openContext(browser, t.url, 'phone')).newPage();
  await signUp(page, 'Ada', 'ada.settings@example.com');
  t.emulator.state.addPhone('+447700900123', { name: 'Ada' });
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();

  for (const [country, written] of [
    ['GB', '07700 900123'],
    ['US', '+44 7700 900123'],
    ['GB', '+447700900123'],
  ] as const) {
    // Start from no number, so each writing is a change the server stores.
    if (await phoneGroup(page).getByLabel('Mobile number').inputValue()) {
      await savePhone(page, 'GB', '');
      await page.getByText('Your settings are saved.').waitFor();
    }
    const response = await savePhone(page, country, written);
    expect(response.status()).toBe(200);
    await page.getByText('Saved. Your WhatsApp number is +447700900123; verify it').waitFor();
    await page.getByText(/Saved as \+447700900123/).waitFor();
    expect(await phoneGroup(page).getByLabel('Mobile number').inputValue()).toBe('+447700900123');
    const row = await t.services.db
      .selectFrom('users')
      .select(['phone_number', 'pending_phone_number'])
      .where('email', '=', 'ada.settings@example.com')
      .executeTakeFirstOrThrow();
    // Typed in, not yet proven: it waits for its code.
    expect(row).toEqual({ phone_number: null, pending_phone_number: '+447700900123' });
  }

  // The code Meedi8 sends on WhatsApp, typed back, proves the number.
  const verify = page.getByRole('region', { name: 'Verify your WhatsApp number' });
  await verify.getByRole('button', { name: 'Send me a code' }).click();
  await verify.getByRole('status').getByText('A code is on its way').waitFor();
  const code = await codeReceivedBy(t, '+447700900123');
  await verify.getByLabel('Code from WhatsApp').fill(code);
  await verify.getByRole('button', { name: 'Verify number' }).click();
  await page.getByText(/Saved as \+447700900123.*verified\./).waitFor();
  const proven = await t.services.db
    .selectFrom('users')
    .select('phone_number')
    .where('email', '=', 'ada.settings@example.com')
    .executeTakeFirstOrThrow();
  expect(proven.phone_number).toBe('+447700900123');

  // A number nobody can read: the server refuses it, and the field says why in people's words
  // (not the API's field name), tied to the input.
  const response = await savePhone(page, 'GB', '12345');
  expect(response.status()).toBe(422);
  const alert = phoneGroup(page).getByRole('alert');
  await alert.getByText('This does not look like a mobile number.').waitFor();
  expect(await alert.textContent()).not.toContain('phone_number');
  const input = phoneGroup(page).getByLabel('Mobile number');
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const errorId = await alert.getAttribute('id');
  expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
});
