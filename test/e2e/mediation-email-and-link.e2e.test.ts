/**
 * The same mediation with the other two ways of inviting: an email (read from the sandbox
 * outbox) and a link Sarah copies herself.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
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

it('invites by email, joins from the outbox link on a phone, and finishes a mediation', async () => {
  const sarah = await (await openContext(browser, t.url, 'desktop')).newPage();
  await signUp(sarah, 'Sarah', 'sarah.email@example.com');
  const roomId = await startMediation(sarah, 'Holiday plans', 'Where we go this summer');

  await sarah.getByRole('radio', { name: 'Email' }).check();
  await sarah.getByLabel('Their name (optional)').fill('John');
  await sarah.getByLabel('Their email').fill('john.email@example.com');
  await sarah.getByRole('button', { name: 'Send the invite by email' }).click();
  await sarah.getByText('Invite by email to John', { exact: false }).first().waitFor();

  // John reads the email in the sandbox outbox (no SMTP server) and takes its join link.
  const john = await (await openContext(browser, t.url, 'phone')).newPage();
  await john.goto('/sandbox/outbox');
  const href = await john.locator('a[href*="/join/"]').first().getAttribute('href');
  expect(href).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);
  await john.goto(onServer(href ?? '', t.url));
  // An email invite has no number to offer WhatsApp updates at.
  expect(await john.getByRole('checkbox').count()).toBe(0);
  expect(await join(john, 'Sarah', 'John', false)).toBe(roomId);
  await sarah.goto(`/rooms/${roomId}`);

  await finishMediation(sarah, john, 'email');
});

it('invites with a copied link and finishes a mediation', async () => {
  const sarahContext = await openContext(browser, t.url, 'desktop');
  await sarahContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sarah = await sarahContext.newPage();
  await signUp(sarah, 'Sarah', 'sarah.link@example.com');
  const roomId = await startMediation(sarah, 'The car', 'Sharing the car on weekdays');

  await sarah.getByRole('radio', { name: 'Copy a link' }).check();
  await sarah.getByRole('button', { name: 'Copy link' }).click();
  await sarah.getByText('Link copied.').waitFor();
  const copied = await sarah.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);

  const john = await (await openContext(browser, t.url, 'phone')).newPage();
  await john.goto(onServer(copied, t.url));
  expect(await join(john, 'Sarah', 'John', false)).toBe(roomId);
  await sarah.goto(`/rooms/${roomId}`);

  await finishMediation(sarah, john, 'link');
});
