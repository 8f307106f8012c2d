/**
 * A person invited in Arabic: the join page opens in Arabic, laid out right to left, even in a
 * browser set to English; they join, and the room speaks Arabic too, because the invite's
 * language became theirs. Both pages pass the axe scan at phone and desktop size. Then someone
 * picks Portuguese with the join page's switch, and that choice is what Meedi8 keeps.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { checkPage, launchChromium, onServer, openContext } from './helpers/browser.js';
import { signUp, startMediation } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Sarah (English) starts a mediation and copies an invite link; the invite reads `locale`. */
async function inviteLink(
  email: string,
  locale: string,
): Promise<{ link: string; roomId: string }> {
  const sarah = await (await openContext(browser, t.url, 'desktop')).newPage();
  await signUp(sarah, 'Sarah', email);
  const roomId = await startMediation(sarah, 'Weekend chores', 'Who does the dishes');
  await sarah.getByRole('radio', { name: 'Copy a link' }).check();
  const link = await sarah.getByLabel('Invite link (works once, for 7 days)').inputValue();
  // The language the inviter said the other person reads, as the invite routes store it.
  await t.services.db
    .updateTable('invites')
    .set({ recipient_locale: locale })
    .where('room_id', '=', roomId)
    .execute();
  return { link: onServer(link, t.url), roomId };
}

const documentLanguage = (page: Page) =>
  page.evaluate<string[]>('[document.documentElement.lang, document.documentElement.dir]');

const personIn = (roomId: string) =>
  t.services.db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['users.locale', 'users.locale_source'])
    .where('participants.room_id', '=', roomId)
    .where('participants.role', '=', 'invitee')
    .executeTakeFirstOrThrow();

it('walks the join page in Arabic, right to left, with no serious accessibility violation', async () => {
  const { link, roomId } = await inviteLink('sarah.arabic@example.com', 'ar');
  const found: string[] = [];

  const amal = await (await openContext(browser, t.url, 'phone')).newPage();
  await amal.goto(link);
  await amal.getByRole('heading', { name: 'دعاك Sarah إلى الحديث ومعالجة الأمر معًا' }).waitFor();
  expect(await documentLanguage(amal)).toEqual(['ar', 'rtl']);
  expect(await amal.getByText('Weekend chores').count()).toBe(1);
  found.push(...(await checkPage(amal, 'join-arabic')));

  // A missing name is refused in Arabic, at the field.
  await amal.getByRole('button', { name: 'انضم إلى الوساطة' }).click();
  await amal.getByRole('alert').filter({ hasText: 'أدخل اسمك' }).waitFor();
  found.push(...(await checkPage(amal, 'join-arabic-error')));

  await amal.getByLabel('اسمك').fill('أمل');
  await amal.getByRole('button', { name: 'انضم إلى الوساطة' }).click();
  await amal.waitForURL('**/rooms/*');
  // The room reads Arabic too: the invite's language is now hers.
  await amal.getByRole('region', { name: 'بعض الأسئلة الخاصة' }).waitFor({ timeout: 30_000 });
  expect(await documentLanguage(amal)).toEqual(['ar', 'rtl']);
  found.push(...(await checkPage(amal, 'room-arabic')));
  expect(await personIn(roomId)).toEqual({ locale: 'ar', locale_source: 'invite' });

  expect(found, found.join('\n')).toEqual([]);
}, 180_000);

it('keeps a language picked with the join page’s switch as the person’s own choice', async () => {
  const { link, roomId } = await inviteLink('sarah.switch@example.com', 'ar');
  const joao = await (await openContext(browser, t.url, 'phone')).newPage();
  await joao.goto(link);
  await joao.getByRole('button', { name: 'انضم إلى الوساطة' }).waitFor();
  await joao.getByLabel('اللغة').selectOption('pt-BR');
  await joao.getByRole('button', { name: 'Entrar na mediação' }).waitFor();
  expect(await documentLanguage(joao)).toEqual(['pt-BR', 'ltr']);
  await joao.getByLabel('Seu nome').fill('João');
  await joao.getByRole('button', { name: 'Entrar na mediação' }).click();
  await joao.waitForURL('**/rooms/*');
  await joao.getByRole('heading', { name: 'Algumas perguntas particulares' }).waitFor({
    timeout: 30_000,
  });
  expect(await personIn(roomId)).toEqual({ locale: 'pt-BR', locale_source: 'chosen' });
}, 180_000);
