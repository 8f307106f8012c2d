/**
 * Every page of the web client, scanned with axe-core (WCAG 2.0–2.2 A and AA) at 360 px and at
 * desktop width, and photographed at both sizes into test-results/screenshots/. Any serious or
 * critical violation fails the test, listing every page where one was found.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { checkPage, launchChromium, onServer, openContext } from './helpers/browser.js';
import {
  answerScreening,
  finishMediation,
  join,
  signUp,
  startMediation,
} from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('has no serious or critical accessibility violations on any page, at phone and desktop size', async () => {
  const found: string[] = [];
  const check = async (page: Page, name: string) => {
    found.push(...(await checkPage(page, name)));
  };
  const heading = (page: Page, name: string) => page.getByRole('heading', { name }).waitFor();

  const ada = await (await openContext(browser, t.url, 'phone')).newPage();
  await ada.goto('/');
  await ada.getByRole('heading', { level: 1 }).waitFor();
  await check(ada, 'home');
  await ada.goto('/signin');
  await ada.getByRole('button', { name: 'Sign in' }).waitFor();
  await check(ada, 'sign-in');

  await ada.goto('/signup');
  await ada.getByRole('button', { name: 'Create account' }).waitFor();
  await check(ada, 'sign-up');
  await signUp(ada, 'Ada', 'ada.a11y@example.com');
  await check(ada, 'new-mediation');

  await ada.goto('/rooms');
  await ada.getByText('No mediations yet.').waitFor();
  await check(ada, 'my-mediations-empty');

  await ada.goto('/rooms/new');
  const roomId = await startMediation(ada, 'Chores', 'Who does the washing up');
  await check(ada, 'new-mediation-invite');
  await ada.getByRole('radio', { name: 'Copy a link' }).check();
  const link = await ada.getByLabel('Invite link (works once, for 7 days)').inputValue();

  await ada.goto('/rooms');
  await ada
    .getByRole('link', { name: /Chores/ })
    .first()
    .waitFor();
  await check(ada, 'my-mediations');

  const ben = await (await openContext(browser, t.url, 'phone')).newPage();
  await ben.goto(onServer(link, t.url));
  await ben.getByRole('button', { name: 'Join the mediation' }).waitFor();
  await check(ben, 'join');
  await join(ben, 'Ada', 'Ben', false);
  // The private questions, as each person sees them before the joint session.
  await ben.getByRole('region', { name: 'A few private questions' }).waitFor();
  await check(ben, 'room-screening');
  await answerScreening(ben);
  await ada.goto(`/rooms/${roomId}`);
  await answerScreening(ada);
  await ben.getByText('Write now, shared on your turn').waitFor({ timeout: 30_000 });
  await check(ben, 'room-not-your-turn');

  await ada.getByText('Your turn: write your message').waitFor();
  await check(ada, 'room-your-turn');

  await finishMediation(ada, ben, 'a11y', { owner: 'Ada', guest: 'Ben' }, { screened: true });
  await heading(ada, 'Our agreement');
  await check(ada, 'resolution');
  await ada.goto(`/rooms/${roomId}`);
  await ada.getByText('You reached an agreement').waitFor();
  await check(ada, 'room-resolved');

  await ada.goto('/settings');
  await heading(ada, 'Settings');
  await check(ada, 'settings');

  // The operator console, as an administrator (granted in the database, as the admin CLI does).
  await t.services.db
    .updateTable('users')
    .set({ is_admin: true })
    .where('email', '=', 'ada.a11y@example.com')
    .execute();
  await ada.goto('/admin');
  await heading(ada, 'Operator console');
  for (const section of [
    'WhatsApp number: quality and tier',
    'Message templates',
    'Doctor’s checklist',
    'Failed jobs',
  ]) {
    const region = ada.getByRole('region', { name: section });
    await region.locator('table, p.muted').first().waitFor();
  }
  await ada.getByRole('status').filter({ hasText: '(UTC days)' }).waitFor();
  expect(await ada.getByText(/Could not load/).count()).toBe(0);
  await check(ada, 'operator-console');

  expect(found, found.join('\n')).toEqual([]);
  // Every page at two sizes, with a whole mediation walked through between them: minutes, not one.
}, 300_000);
