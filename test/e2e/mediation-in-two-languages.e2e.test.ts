/**
 * A whole mediation in a real browser with each person in their own language: Sarah's browser
 * is British English, Joana's Brazilian Portuguese. Joana opens Sarah's invite link: the join
 * page, the room, the private questions, the turns, the break, the agreement and its PDF all
 * read Portuguese for her (checked against the Portuguese catalogue, with no English catalogue
 * text on her pages), while Sarah reads English throughout.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Namespace } from '../../src/i18n/catalogue-types.js';
import { catalogue } from '../../src/i18n/catalogues.js';
import type { Locale } from '../../src/i18n/locales.js';
import { englishRuns, runsFoundIn, wordsOf } from '../helpers/catalogue-words.js';
import { pdfText } from '../helpers/pdf-text.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchChromium, onServer, openContext } from './helpers/browser.js';
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

/** A web text in `locale`, whole (for button and label names). */
const web = (locale: Locale, key: string) => {
  const text = catalogue('web', locale)[key];
  if (text === undefined) throw new Error(`no web:${key} in ${locale}`);
  return text;
};
const words = (namespace: Namespace, locale: Locale, key: string) =>
  wordsOf(namespace, locale, key);
const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SARAH_SAYS = {
  first: 'We keep arguing about who has the children at the weekend.',
  offer: 'I can take them every Saturday and you have them on Sundays.',
};
const JOANA_SAYS = {
  first: 'Eu posso ficar com as crianças no domingo e levar os dois para a escola na segunda.',
};

const log = (page: Page) => page.getByRole('log', { name: /./ }).first();

async function write(page: Page, locale: Locale, text: string) {
  await page.locator('form.composer textarea').fill(text);
  await page.getByRole('button', { name: web(locale, 'composer.send'), exact: true }).click();
}

async function answerScreening(page: Page, locale: Locale) {
  const form = page.getByRole('region', { name: web(locale, 'screening.title') });
  await form.waitFor({ timeout: 30_000 }).catch(async (error) => {
    throw new Error(
      `no private questions on: ${await page.evaluate<string>('document.body.innerText')}`,
      {
        cause: error,
      },
    );
  });
  const questions = form.getByRole('group');
  await questions.first().waitFor();
  expect(await questions.count()).toBe(6);
  for (let i = 0; i < 6; i++) {
    await questions
      .nth(i)
      .getByRole('radio', { name: web(locale, 'screening.no'), exact: true })
      .check();
  }
  await form.getByRole('button', { name: web(locale, 'screening.submit') }).click();
  await form.waitFor({ state: 'detached' });
}

/** What a page shows, with the lines quoting the other person's own words left out. */
async function shownOn(page: Page, theirWords: string[]): Promise<string> {
  const text = await page.evaluate<string>('document.body.innerText');
  return text
    .split('\n')
    .filter((line) => !theirWords.some((w) => line.includes(w)))
    .join('\n');
}

const ENGLISH = englishRuns(['web', 'mediator', 'notices', 'safety', 'common', 'pdf'], 'pt-BR');

async function downloadPdf(page: Page, locale: Locale): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: web(locale, 'resolution.pdf') }).click();
  return pdfText(readFileSync(await (await download).path()));
}

it('runs a mediation with Sarah in English and Joana in Portuguese, each in their own language', async () => {
  const leaks: string[] = [];
  const sarah = await (await openContext(browser, t.url, 'desktop', 'en-GB')).newPage();
  await signUp(sarah, 'Sarah', 'sarah.two-languages@example.com');
  const roomId = await startMediation(sarah, 'Weekends', 'Who has the children at the weekend');
  await sarah.getByRole('radio', { name: 'Copy a link' }).check();
  const link = await sarah.getByLabel('Invite link (works once, for 7 days)').inputValue();

  // Joana's browser reads Portuguese: the join page does too.
  const joana = await (await openContext(browser, t.url, 'phone', 'pt-BR')).newPage();
  await joana.goto(onServer(link, t.url));
  await joana
    .getByRole('heading', { name: new RegExp(asPattern(words('web', 'pt-BR', 'join.heading'))) })
    .waitFor();
  expect(await joana.evaluate('document.documentElement.lang')).toBe('pt-BR');
  leaks.push(...runsFoundIn(await shownOn(joana, []), ENGLISH).map((l) => `join: ${l}`));
  await joana.getByLabel(web('pt-BR', 'field.yourName')).fill('Joana');
  await joana.getByRole('button', { name: web('pt-BR', 'join.submit') }).click();
  await joana.waitForURL('**/rooms/*');
  expect(new URL(joana.url()).pathname).toBe(`/rooms/${roomId}`);
  await sarah.goto(`/rooms/${roomId}`);

  // The private questions, each in their own language.
  await answerScreening(sarah, 'en-GB');
  await answerScreening(joana, 'pt-BR');

  // Turns: Sarah writes English, Joana reads it and answers in Portuguese on her turn.
  await sarah.getByText(web('en-GB', 'composer.turnLabel')).waitFor({ timeout: 30_000 });
  await joana.getByText(web('pt-BR', 'composer.holdLabel')).waitFor();
  await write(sarah, 'en-GB', SARAH_SAYS.first);
  await log(joana).getByText(SARAH_SAYS.first).waitFor();
  await joana.getByText(web('pt-BR', 'composer.turnLabel')).waitFor({ timeout: 30_000 });
  await write(joana, 'pt-BR', JOANA_SAYS.first);
  await log(sarah).getByText(JOANA_SAYS.first).waitFor();

  // Joana takes a break: Sarah sees only that the session is paused, in English.
  await joana.getByRole('button', { name: web('pt-BR', 'break.take') }).click();
  await joana.getByLabel(web('pt-BR', 'break.reasonLabel')).fill('Preciso de dez minutos');
  await joana.getByRole('button', { name: web('pt-BR', 'break.start') }).click();
  const sarahBreak = sarah.getByRole('region', { name: web('en-GB', 'turn.paused') });
  await sarahBreak.getByText(web('en-GB', 'break.theirs')).waitFor();
  expect(await sarahBreak.getByText('Preciso de dez minutos').count()).toBe(0);
  const joanaBreak = joana.getByRole('region', { name: web('pt-BR', 'turn.paused') });
  await joanaBreak.getByText('Preciso de dez minutos').waitFor();
  leaks.push(
    ...runsFoundIn(await shownOn(joana, [SARAH_SAYS.first]), ENGLISH).map((l) => `break: ${l}`),
  );
  await joanaBreak.getByRole('button', { name: web('pt-BR', 'break.resume') }).click();
  await sarah.getByRole('button', { name: web('en-GB', 'break.take') }).waitFor();

  // Sarah offers something concrete and asks for the draft; both confirm it.
  await sarah.getByText(web('en-GB', 'composer.turnLabel')).waitFor({ timeout: 30_000 });
  await write(sarah, 'en-GB', SARAH_SAYS.offer);
  await log(joana).getByText(SARAH_SAYS.offer).waitFor();
  await sarah.getByRole('button', { name: web('en-GB', 'agreement.ask') }).click();
  await sarah.getByRole('article', { name: web('en-GB', 'agreement.draftLabel') }).waitFor({
    timeout: 30_000,
  });
  await joana.getByRole('article', { name: web('pt-BR', 'agreement.draftLabel') }).waitFor();
  await sarah.getByRole('button', { name: web('en-GB', 'agreement.confirm') }).click();
  await sarah.getByText(web('en-GB', 'agreement.youConfirmed')).waitFor();
  await joana.getByRole('button', { name: web('pt-BR', 'agreement.confirm') }).click();
  await sarah.getByText(words('web', 'en-GB', 'room.agreedOn')).waitFor({ timeout: 30_000 });
  await joana.getByText(words('web', 'pt-BR', 'room.agreedOn')).waitFor();
  const theirWords = [...Object.values(SARAH_SAYS), 'Weekends', 'Who has the children'];
  leaks.push(...runsFoundIn(await shownOn(joana, theirWords), ENGLISH).map((l) => `room: ${l}`));

  // Each reads the agreement and its PDF in their own language.
  await joana.getByRole('link', { name: web('pt-BR', 'room.seeAgreement') }).click();
  await joana.getByRole('heading', { name: web('pt-BR', 'resolution.title') }).waitFor();
  // The draft both confirmed, as the mediator wrote it in Portuguese for her.
  await joana
    .getByText(words('mediator', 'pt-BR', 'agreement.offers'))
    .first()
    .waitFor();
  leaks.push(
    ...runsFoundIn(await shownOn(joana, theirWords), ENGLISH).map((l) => `agreement: ${l}`),
  );
  const joanasPdf = await downloadPdf(joana, 'pt-BR');
  expect(joanasPdf).toContain(words('pdf', 'pt-BR', 'what_we_agreed'));
  leaks.push(...runsFoundIn(joanasPdf, ENGLISH).map((l) => `PDF: ${l}`));

  await sarah.getByRole('link', { name: web('en-GB', 'room.seeAgreement') }).click();
  await sarah.getByRole('heading', { name: web('en-GB', 'resolution.title') }).waitFor();
  await sarah
    .getByText(words('mediator', 'en-GB', 'agreement.offers'))
    .first()
    .waitFor();
  const sarahsPdf = await downloadPdf(sarah, 'en-GB');
  expect(sarahsPdf).toContain(words('pdf', 'en-GB', 'what_we_agreed'));
  expect(sarahsPdf).not.toContain(words('pdf', 'pt-BR', 'what_we_agreed'));
  expect(await sarah.evaluate('document.documentElement.lang')).toBe('en-GB');
  expect(await shownOn(sarah, [JOANA_SAYS.first])).not.toMatch(/\b(?:você|vocês|acordo)\b/);

  expect(leaks, leaks.join('\n')).toEqual([]);
}, 240_000);
