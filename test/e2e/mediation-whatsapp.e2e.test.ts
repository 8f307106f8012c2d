/**
 * Sarah invites John by WhatsApp from the web client; John opens the invite template's link on
 * his phone, joins with WhatsApp updates on, and they finish a mediation side by side.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchChromium, onServer, openContext } from './helpers/browser.js';
import { finishMediation, join, signUp, startMediation } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const JOHN_PHONE = '+447700900321';

it('invites by WhatsApp, joins from the template on a phone, and finishes a mediation', async () => {
  t.emulator.state.addPhone(JOHN_PHONE, { name: 'John' });
  const sarah = await (await openContext(browser, t.url, 'desktop')).newPage();
  await signUp(sarah, 'Sarah', 'sarah.whatsapp@example.com');
  const roomId = await startMediation(sarah, 'Weekend chores', 'Who does what at the weekend');

  // WhatsApp is the first choice; the number is written as people write it.
  await sarah.getByLabel('Their name (optional)').fill('John');
  await sarah.getByLabel('Country').selectOption('GB');
  await sarah.getByLabel('Mobile number').fill('07700 900321');
  await sarah.getByText('Reads as').waitFor();
  await sarah.getByRole('button', { name: 'Send the invite on WhatsApp' }).click();
  await sarah
    .locator('.form-ok[role=status]')
    .filter({ hasText: /WhatsApp/ })
    .waitFor();

  // The phone gets the mediation_invite template; its button carries the join token.
  const template = await eventually(async () =>
    t.emulator.state.phone(JOHN_PHONE)?.received.find((m) => m.type === 'template'),
  );
  const payload = template.payload as {
    template: {
      name: string;
      components: { type: string; sub_type?: string; parameters: { text?: string }[] }[];
    };
  };
  expect(payload.template.name).toBe('mediation_invite');
  const button = payload.template.components.find((c) => c.type === 'button');
  const token = button?.parameters[0]?.text;
  expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  // The button's URL is the template's `PUBLIC_URL/join/{{1}}`.
  const link = onServer(`${t.config.publicUrl}/join/${token}`, t.url);

  // Sarah's invite shows its delivery live.
  await sarah.getByText('Invite by WhatsApp to John: delivered').waitFor();

  const john = await (await openContext(browser, t.url, 'phone')).newPage();
  await john.goto(link);
  expect(await join(john, 'Sarah', 'John', true)).toBe(roomId);
  await sarah.goto(`/rooms/${roomId}`);

  await finishMediation(sarah, john, 'wa');

  const user = await t.services.db
    .selectFrom('users')
    .select(['phone_number', 'whatsapp_opt_in'])
    .where('name', '=', 'John')
    .executeTakeFirstOrThrow();
  expect(user).toEqual({ phone_number: JOHN_PHONE, whatsapp_opt_in: true });
});
