/**
 * Answers blame the way a facilitator would: acknowledge the frustration (in the speaker's
 * own words where possible), then name the need underneath it so the other person hears
 * something they can respond to rather than an accusation to defend against.
 */

import { pick } from './deterministic-choice.js';
import { type Heard, quotableSentence } from './heard.js';
import { findTheme } from './needs.js';
import { addressing } from './participants.js';

/** What a blame reframe needs: the message, what was heard in it, and who is who. */
export interface BlameInput {
  text: string;
  heard: Heard[];
  speakerName: string | null;
  otherName: string | null;
  /** The reflection opener already chosen for this reply ("it sounds like"). */
  lead: string;
  seed: number;
}

/** Used when the message gives nothing quotable to acknowledge in the speaker's own words. */
const ACKNOWLEDGE = [
  'I can hear how frustrated you are, and it sounds like this has happened often enough to feel constant.',
  "that sounds really exasperating, and like it's been building for a while.",
  "I can hear a lot of frustration in that, and I'm glad you said it rather than holding it in.",
];
/** Each takes a need phrased as a gerund ("feeling heard"), as the themes in needs.ts are. */
const REFRAME = [
  (need: string) => `Underneath that, it sounds like what matters most to you is ${need}.`,
  (need: string) =>
    `Setting the frustration aside for a moment, it sounds like ${need} really matters to you.`,
  (need: string) => `If I've understood, what you're really asking for is ${need}.`,
];

/** Acknowledges the frustration and reframes the blame as a need, in two sentences. */
export function reframeBlame(input: BlameInput): string {
  const { text, heard: statements, speakerName: name, otherName, lead, seed } = input;
  const feeling = statements.find((s) => s.kind === 'feeling' || s.kind === 'concern');
  const need = statements.find((s) => s.kind === 'need' || s.kind === 'want');
  const theme = findTheme(text);
  const quote = feeling ? null : quotableSentence(text);
  const acknowledge = feeling
    ? `${lead} ${feeling.text}, and I can hear how much frustration is in that.`
    : quote
      ? `when you say "${quote}", I can hear how frustrating this has been.`
      : pick(ACKNOWLEDGE, seed, 3);
  const fallbackNeed = `feeling that this matters to ${otherName ?? 'the other person'} too`;
  const reframe = need
    ? `Underneath it, what I'm hearing is that ${need.text}.`
    : pick(REFRAME, seed, 2)(theme?.need ?? fallbackNeed);
  return `${addressing(name, acknowledge)} ${reframe}`;
}
