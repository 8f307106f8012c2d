/**
 * The agreement in the web room: a mediation to a draft, a change asked for in plain words, a
 * new draft made with it without anyone asking again, and both confirming that draft.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { DraftAgreementRequest, MediatorRequest } from '../../src/mediator/mediator.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { launchChromium, onServer, openContext } from './helpers/browser.js';
import { answerScreening, join, signUp, startMediation } from './helpers/mediation-flow.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const log = (page: Page) => page.getByRole('log', { name: 'Conversation' });

async function say(page: Page, text: string) {
  await page.getByText('Your turn: write your message').waitFor({ timeout: 30_000 });
  await page.locator('form.composer textarea').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

it('asks for a change in plain words and confirms the new draft made with it', async () => {
  const requests: MediatorRequest[] = [];
  const draftTexts: string[] = [];
  const mediator = t.services.mediator;
  const original = mediator.respond.bind(mediator);
  vi.spyOn(mediator, 'respond').mockImplementation(async (request, signal) => {
    requests.push(request);
    const response = await original(request, signal);
    if (response.agreement) draftTexts.push(response.agreement.text);
    return response;
  });

  const sarahContext = await openContext(browser, t.url, 'desktop');
  await sarahContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sarah = await sarahContext.newPage();
  await signUp(sarah, 'Sarah', 'sarah.changes@example.com');
  const roomId = await startMediation(sarah, 'Jobs at home', 'Bins and cooking');
  await sarah.getByRole('radio', { name: 'Copy a link' }).check();
  await sarah.getByRole('button', { name: 'Copy link' }).click();
  await sarah.getByText('Link copied.').waitFor();
  const link = await sarah.evaluate<string>('navigator.clipboard.readText()');
  const john = await (await openContext(browser, t.url, 'phone')).newPage();
  await john.goto(onServer(link, t.url));
  expect(await join(john, 'Sarah', 'John', false)).toBe(roomId);
  await sarah.goto(`/rooms/${roomId}`);
  // Each answers the private questions before the joint session.
  await answerScreening(sarah);
  await answerScreening(john);
  await sarah.getByText('Your turn: write your message').waitFor({ timeout: 30_000 });

  await say(sarah, 'I will cook dinner on weekdays.');
  await say(john, 'I will take the bins out every Tuesday evening.');

  // A first draft, seen by both.
  await sarah.getByRole('button', { name: 'Ask the mediator for a draft agreement' }).click();
  const johnDraft = john.getByRole('article', { name: 'Draft agreement' });
  await johnDraft.waitFor({ timeout: 30_000 });
  await johnDraft.getByText('You have not answered yet').waitFor();

  // John asks for a change in his own words.
  const change = 'The bins should be on Wednesday instead of Tuesday';
  await john.getByRole('button', { name: 'Ask for changes' }).click();
  await john.getByLabel('What would you change?').fill(change);
  await john.getByRole('button', { name: 'Send my change request' }).click();
  await log(sarah).getByText(`John asked for changes to the draft: ${change}`).waitFor();

  // The next draft is made with it, without anyone asking again; both see it, unanswered.
  const redrafts = () =>
    requests.filter((r): r is DraftAgreementRequest => r.kind === 'draft_agreement');
  await expect.poll(() => redrafts().length, { timeout: 30_000 }).toBe(2);
  expect(redrafts()[1]!.changeRequests).toEqual([
    { participantId: expect.any(String), note: change },
  ]);
  expect(redrafts()[1]!.previousDraft?.text).toBe(draftTexts[0]);
  await johnDraft.getByText('You have not answered yet').waitFor({ timeout: 30_000 });
  // The draft both confirm shows the change (each page has it before its person confirms).
  const sarahDraft = sarah.getByRole('article', { name: 'Draft agreement' });
  for (const draft of [johnDraft, sarahDraft]) {
    await draft
      .getByText(/Wednesday/)
      .first()
      .waitFor({ timeout: 30_000 });
  }

  await sarah.getByRole('button', { name: 'I confirm this agreement' }).click();
  await sarah.getByText('You confirmed this draft.').waitFor();
  await john.getByRole('button', { name: 'I confirm this agreement' }).click();
  for (const page of [sarah, john]) await page.getByText('You reached an agreement').waitFor();

  await sarah.getByRole('link', { name: 'See the agreement' }).click();
  await sarah.getByText('Drafted by the mediator from what you both said.').waitFor();
  await sarah.getByText(/You confirmed on/).waitFor();
  await sarah.getByText('John confirmed on').waitFor();
});
