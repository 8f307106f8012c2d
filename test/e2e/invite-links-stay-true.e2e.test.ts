/**
 * Invites that stay true: Sarah copies a link, then also sends a WhatsApp invite; the copied
 * link still works, John joins by it, and the WhatsApp invite is used up with it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchChromium, onServer, openContext } from './helpers/browser.js';
import { join, signUp, startMediation } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const JOHN_PHONE = '+447700900654';

it('copies a link, sends a WhatsApp invite, and joins by the copied link', async () => {
  t.emulator.state.addPhone(JOHN_PHONE, { name: 'John' });
  const sarahContext = await openContext(browser, t.url, 'desktop');
  await sarahContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sarah = await sarahContext.newPage();
  await signUp(sarah, 'Sarah', 'sarah.both@example.com');
  const roomId = await startMediation(sarah, 'School runs', 'Who drives on which day');
  // Creating the room made no link: nobody asked for one yet.
  const before = await t.services.db
    .selectFrom('invites')
    .select('id')
    .where('room_id', '=', roomId)
    .execute();
  expect(before).toEqual([]);

  await sarah.getByRole('radio', { name: 'Copy a link' }).check();
  await sarah.getByRole('button', { name: 'Copy link' }).click();
  await sarah.getByText('Link copied.').waitFor();
  const copied = await sarah.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);

  await sarah.getByRole('radio', { name: 'WhatsApp' }).check();
  await sarah.getByLabel('Their name (optional)').fill('John');
  await sarah.getByLabel('Country').selectOption('GB');
  await sarah.getByLabel('Mobile number').fill('07700 900654');
  await sarah.getByRole('button', { name: 'Send the invite on WhatsApp' }).click();
  await sarah
    .locator('.form-ok[role=status]')
    .filter({ hasText: /WhatsApp/ })
    .waitFor();
  // A way into the room while she waits.
  await sarah.getByRole('link', { name: 'Go to the mediation room' }).waitFor();
  const whatsappToken = await eventually(async () => {
    const template = t.emulator.state
      .phone(JOHN_PHONE)
      ?.received.find((m) => m.type === 'template');
    return /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(template?.payload ?? ''))?.[1];
  });
  // Both invites are live side by side.
  await sarah.getByText('Invite by WhatsApp to John', { exact: false }).first().waitFor();
  await sarah.getByText('Invite by link', { exact: false }).first().waitFor();

  const john = await (await openContext(browser, t.url, 'phone')).newPage();
  await john.goto(onServer(copied, t.url));
  expect(await join(john, 'Sarah', 'John', false)).toBe(roomId);

  // The WhatsApp invite is used up with it, and its page blames nobody.
  const preview = await t.app.inject({ url: `/api/join/${whatsappToken}` });
  expect(preview.json()).toMatchObject({ status: 'revoked', cancelled_by_name: null });
  const other = await (await openContext(browser, t.url, 'phone')).newPage();
  await other.goto(`/join/${whatsappToken}`);
  await other.getByText('replaced by a newer one or has already been used').waitFor();
  expect(await other.getByText('Sarah cancelled').count()).toBe(0);
});
