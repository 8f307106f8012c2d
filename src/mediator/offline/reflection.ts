/**
 * Reflects the latest message back to the person who wrote it, in their own words: the
 * feelings and needs they stated, what they offered, or a short quote. Blame is reframed as
 * the need underneath it, and insults are never repeated.
 */

import { isAcceptance, isAssent, isRejection } from './acceptance.js';
import { containsBlame, isQuotable } from './blame.js';
import { reframeBlame } from './blame-reframe.js';
import { pick } from './deterministic-choice.js';
import { hearStatements, quotableSentence } from './heard.js';
import { findTheme } from './needs.js';
import { addressing } from './participants.js';
import { toSecondPerson } from './person-shift.js';
import { reflectProposal } from './proposal-phrasing.js';
import { extractProposals, isVague } from './proposals.js';
import { capitalize, clipWords, lowerFirst, normalizeText, trimClause, wordCount } from './text.js';

/** What the reflection needs to know about the message and the people. */
export interface ReflectionInput {
  text: string;
  speakerName: string | null;
  otherName: string | null;
  /** True when the other person has an open proposal this message could be answering. */
  answersProposal: boolean;
  seed: number;
  /** How many times the mediator has spoken in this room, so wording cycles instead of repeating. */
  turnIndex?: number;
}

/** Openers for a reflection, varied so consecutive replies do not sound scripted. */
const LEADS = ["I'm hearing that", 'it sounds like', "what I'm taking from that is that"];

/** Openers for saying back the gist of a message in the person's own terms. */
const GIST = [
  'so for you,',
  'if I have it right,',
  'from where you stand,',
  'so what you see is that',
];

/** After a concrete offer: varied, and never a claim about how anyone feels. */
const AFTER_OFFER = [
  'Thank you, that gives you both something concrete to look at.',
  "That's specific enough to test.",
  'That is clear, and it is something you can both check.',
];

/** Replies to an answer that says yes, cycled so no sentence comes back every turn. */
const WORKS = [
  'it sounds like that works for you',
  "so that's a yes from you",
  'that sounds agreeable to you',
];

/** Words that show the person said how they feel or how much something matters. */
export const FEELING =
  /\b(?:feel\w*|felt|worr\w*|upset|hurt\w*|angry|tired|exhausted|knackered|sick|heart\w*|matters?|important|embarrass\w*|stress\w*|scared|afraid|frustrat\w*|fed up|sad|lonely|annoy\w*|miss|down)\b/i;

/** Common English words: without any, a message is not reworded but quoted. */
const ENGLISH =
  /\b(?:the|i|i'm|you|and|to|is|it|my|of|that|have|with|for|was|not|but|we|she|they|this)\b/i;

/** Picks from options by the room's turn count (cycling) or, without one, by the seed. */
function cycle<T>(options: readonly T[], input: ReflectionInput, salt: number): T {
  if (input.turnIndex === undefined) return pick(options, input.seed, salt);
  return options[(input.turnIndex + salt) % options.length] as T;
}

/** Joins reflected proposals, folding two offers into one ("you've offered to X, and to Y"). */
function joinOffers(offers: string[]): string {
  const [first, second] = offers;
  if (!first) return '';
  if (!second) return first;
  const prefix = "you've offered to ";
  return first.startsWith(prefix) && second.startsWith(prefix)
    ? `${first}, and to ${second.slice(prefix.length)}`
    : `${first}, and ${second}`;
}

/** Reflects the latest message; the result is one or two sentences with no question in it. */
export function reflect(input: ReflectionInput): string {
  const text = normalizeText(input.text);
  const { speakerName: name, otherName, seed } = input;
  if (wordCount(text) === 0) {
    return addressing(name, "I didn't catch any words in that message, and that's alright.");
  }
  const statements = hearStatements(text);
  const proposals = extractProposals(text);
  const offered = joinOffers(proposals.slice(0, 2).map((p) => reflectProposal(p, otherName)));
  const lead = cycle(LEADS, input, 1);

  if (input.answersProposal && isRejection(text) && !isAcceptance(text)) {
    const reason = /\b(?:because|since|as|,)\s+(.+)$/i.exec(text)?.[1];
    const why =
      reason && isQuotable(reason)
        ? `, because ${lowerFirst(toSecondPerson(clipWords(trimClause(reason), 16)))}`
        : '';
    return `${addressing(name, `it sounds like that option doesn't work for you${why}.`)} That's useful to know, and it narrows down what could work.`;
  }
  if (input.answersProposal && isAssent(text) && !isRejection(text)) {
    const extra = offered ? `, and ${offered}` : '';
    return addressing(name, `${cycle(WORKS, input, 2)}${extra}.`);
  }
  if (containsBlame(text)) {
    return reframeBlame({ text, heard: statements, speakerName: name, otherName, lead, seed });
  }
  if (statements.length > 0) {
    const [first, second] = statements.map((s) => s.text);
    const heard = `${lead} ${first}${second ? `, and that ${second}` : ''}.`;
    return offered ? `${addressing(name, heard)} ${capitalize(offered)}.` : addressing(name, heard);
  }
  if (offered) {
    const vague = proposals.length === 1 && proposals[0] && isVague(proposals[0].action);
    const follow = vague
      ? 'It would help to pin down what that looks like in practice, such as when and how often.'
      : cycle(AFTER_OFFER, input, 3);
    return `${addressing(name, `${offered}.`)} ${follow}`;
  }
  if (wordCount(text) <= 3) {
    const short = clipWords(trimClause(text), 3);
    return addressing(
      name,
      `thank you. "${short}" can mean different things, so I won't assume what's behind it.`,
    );
  }
  const gist = quotableSentence(text, 14);
  // Rewording needs English; other languages are quoted briefly, exactly as written.
  if (gist && !ENGLISH.test(text)) return addressing(name, `you wrote "${gist}".`);
  const feels = FEELING.test(text);
  const theme = findTheme(text);
  if (!gist) {
    return addressing(
      name,
      feels ? 'I can hear this has been hard.' : 'thank you for saying that.',
    );
  }
  // Say the gist back in the second person, not as a quote, and name only what they named.
  const said = `${cycle(GIST, input, 4)} ${lowerFirst(toSecondPerson(gist))}.`;
  const follow =
    feels && theme
      ? `I can hear how much ${theme.topic} has been on your mind.`
      : feels
        ? 'That sounds like it has been hard.'
        : null;
  return [addressing(name, said), follow].filter(Boolean).join(' ');
}
