/**
 * What the people in the e2e tests do through the web client, step by step: sign up, start a
 * mediation, join from a link, and go through a whole mediation side by side.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const PASSWORD = 'a long enough password';

/**
 * Signs up on /signup; the client then opens /rooms/new. When CI runs a test a second time the
 * account is there from the first run, so the person signs in instead, as they would.
 */
export async function signUp(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  const exists = page.getByText('An account with this email exists');
  await Promise.race([page.waitForURL('**/rooms/new'), exists.waitFor()]);
  if (!(await exists.isVisible())) return;
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/rooms');
  await page.goto('/rooms/new');
}

/** Fills in /rooms/new and creates the mediation; returns its id (the invite panel is shown). */
export async function startMediation(page: Page, title: string, topic: string): Promise<string> {
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('What is it about? (optional)').fill(topic);
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/rooms') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Continue to invite' }).click();
  const room = (await (await created).json()) as { id: string };
  await page.getByRole('heading', { name: 'Invite the other person' }).waitFor();
  return room.id;
}

/** On the join screen: checks who invited, fills the name, optionally ticks WhatsApp, joins. */
export async function join(
  page: Page,
  inviter: string,
  name: string,
  whatsapp: boolean,
): Promise<string> {
  await page
    .getByRole('heading', { name: `${inviter} invited you to talk things through` })
    .waitFor();
  await page.getByLabel('Your name').fill(name);
  if (whatsapp) {
    const box = page.getByRole('checkbox', { name: /updates about this mediation on WhatsApp/ });
    expect(await box.isChecked()).toBe(false); // the choice starts unticked
    await box.check();
  }
  await page.getByRole('button', { name: 'Join the mediation' }).click();
  await page.waitForURL('**/rooms/*');
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** The conversation log of a room page. */
const log = (page: Page) => page.getByRole('log', { name: 'Conversation' });

/** Writes in the composer and sends (on your turn) or holds (out of turn). */
async function write(page: Page, text: string, button: 'Send' | 'Hold for my turn') {
  await page.locator('form.composer textarea').fill(text);
  const path = button === 'Send' ? '/main-room/respond' : '/main-room/hold';
  const answered = page.waitForResponse(
    (r) => r.url().endsWith(path) && r.request().method() === 'POST',
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: button }).click();
  // A refused or failed post says why here, rather than as a wait for a line that never comes.
  const response = await answered;
  if (!response.ok()) {
    throw new Error(`${button}: ${response.status()} ${await response.text()}`);
  }
}

/**
 * Answers the private screening questions in the room as a person would: "No" to each, then send.
 * The form shows only to this person; the other never sees the answers.
 */
export async function answerScreening(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: 'A few private questions' });
  await form
    .getByText('Only Meedi8 sees your answers; the other person never does.')
    .waitFor({ timeout: 30_000 });
  const questions = form.getByRole('group');
  await questions.first().waitFor();
  const count = await questions.count();
  expect(count).toBe(6);
  for (let i = 0; i < count; i++) {
    await questions.nth(i).getByRole('radio', { name: 'No', exact: true }).check();
  }
  await form.getByRole('button', { name: 'Send my answers' }).click();
  await form.waitFor({ state: 'detached' });
}

/**
 * Sarah (the owner, whose turn comes first) and John go through a whole mediation in the room:
 * turns with live arrival, a held message, a break and resume, an agreement both confirm, the
 * resolution page and its PDF. Both pages must be open on the room.
 */
export async function finishMediation(
  sarah: Page,
  john: Page,
  label: string,
  names: { owner: string; guest: string } = { owner: 'Sarah', guest: 'John' },
  options: { screened?: boolean } = {},
): Promise<void> {
  if (!options.screened) {
    // Each answers the private questions first; whoever finishes first waits for the other.
    await answerScreening(sarah);
    await sarah
      .getByText('Waiting for the other person to finish their private questions.')
      .waitFor();
    await answerScreening(john);
  }
  await sarah.getByText('Your turn: write your message').waitFor({ timeout: 30_000 });
  await john.getByText('Write now, shared on your turn').waitFor();

  // John writes out of turn: held, and shown as held on his side only.
  const held = `${label}: John's thought, written early`;
  await write(john, held, 'Hold for my turn');
  const heldItem = log(john).locator('li.message.held', { hasText: held });
  await heldItem.getByText('Held — shared when it’s your turn').waitFor();

  // Sarah's turn: John sees it arrive live (no reload), then his held message is shared.
  const sarahSays = `${label}: Sarah says the chores feel uneven`;
  await write(sarah, sarahSays, 'Send');
  await log(john).locator('li.message.theirs', { hasText: sarahSays }).waitFor();
  await log(sarah).locator('li.message.theirs', { hasText: held }).waitFor({ timeout: 30_000 });
  await log(john).locator('li.message.mine', { hasText: held }).waitFor();
  await log(john).locator('li.message.held').waitFor({ state: 'detached' });

  // Back to Sarah, then John on his turn, each arriving live on the other side.
  await sarah.getByText('Your turn: write your message').waitFor({ timeout: 30_000 });
  const sarahAgain = `${label}: Sarah proposes a rota`;
  await write(sarah, sarahAgain, 'Send');
  await log(john).locator('li.message.theirs', { hasText: sarahAgain }).waitFor();
  await john.getByText('Your turn: write your message').waitFor({ timeout: 30_000 });
  const johnSays = `${label}: John agrees to the rota`;
  await write(john, johnSays, 'Send');
  await log(sarah).locator('li.message.theirs', { hasText: johnSays }).waitFor();

  // A break: its reason stays with John; Sarah sees only that the session is paused, and only
  // John can resume.
  await john.getByRole('button', { name: 'Take a break' }).click();
  await john.getByLabel('Reason (optional, only you see it)').fill('Ten minutes, please');
  await john.getByRole('button', { name: 'Start the break' }).click();
  const sarahBreak = sarah.getByRole('region', { name: 'The session is paused' });
  await sarahBreak.getByText('There is nothing you need to do').waitFor();
  expect(await sarahBreak.getByText('Ten minutes, please').count()).toBe(0);
  expect(await sarahBreak.getByRole('button', { name: 'Resume the mediation' }).count()).toBe(0);
  const johnBreak = john.getByRole('region', { name: 'The session is paused' });
  await johnBreak.getByText('Ten minutes, please').waitFor();
  await johnBreak.getByRole('button', { name: 'Resume the mediation' }).click();
  await sarah.getByRole('button', { name: 'Take a break' }).waitFor();
  expect(await sarah.getByRole('heading', { name: 'The session is paused' }).count()).toBe(0);

  // The agreement: Sarah asks for a draft, both see it and confirm.
  await sarah.getByRole('button', { name: 'Ask the mediator for a draft agreement' }).click();
  await sarah.getByRole('article', { name: 'Draft agreement' }).waitFor({ timeout: 30_000 });
  await john.getByRole('article', { name: 'Draft agreement' }).waitFor();
  await sarah.getByRole('button', { name: 'I confirm this agreement' }).click();
  await sarah.getByText('You confirmed this draft.').waitFor();
  // The confirmations list (the room's feed also says it, in a system line).
  await john.getByText(`✓ ${names.owner} confirmed`).waitFor();
  await john.getByRole('button', { name: 'I confirm this agreement' }).click();
  for (const page of [sarah, john]) {
    await page.getByText('You reached an agreement').waitFor();
  }

  // The resolution page and its PDF.
  await sarah.getByRole('link', { name: 'See the agreement' }).click();
  await sarah.getByRole('heading', { name: 'Our agreement' }).waitFor();
  await sarah.getByText(/You confirmed on/).waitFor();
  await sarah.getByText(`${names.guest} confirmed on`).waitFor();
  const download = sarah.waitForEvent('download');
  await sarah.getByRole('link', { name: 'Download PDF' }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}
