/**
 * Reflects the latest message back to the person who wrote it, in their own words: the
 * feelings and needs they stated, what they offered, or a short quote. Blame is reframed as
 * the need underneath it, and insults are never repeated.
 */

import { isAcceptance, isRejection } from './acceptance.js';
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
}

/** Openers for a reflection, varied so consecutive replies do not sound scripted. */
const LEADS = ["I'm hearing that", 'it sounds like', "what I'm taking from that is that"];

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
  const lead = pick(LEADS, seed, 1);

  if (input.answersProposal && isRejection(text) && !isAcceptance(text)) {
    const reason = /\b(?:because|since|as|,)\s+(.+)$/i.exec(text)?.[1];
    const why =
      reason && isQuotable(reason)
        ? `, because ${lowerFirst(toSecondPerson(clipWords(trimClause(reason), 16)))}`
        : '';
    return `${addressing(name, `it sounds like that option doesn't work for you${why}.`)} That's useful to know, and it narrows down what could work.`;
  }
  if (input.answersProposal && isAcceptance(text)) {
    const extra = offered ? `, and ${offered}` : '';
    return addressing(name, `it sounds like that works for you${extra}.`);
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
      : 'Thank you, that gives you both something concrete to look at.';
    return `${addressing(name, `${offered}.`)} ${follow}`;
  }
  if (wordCount(text) <= 3) {
    const short = clipWords(trimClause(text), 3);
    return addressing(
      name,
      `thank you. "${short}" can mean different things, so I won't assume what's behind it.`,
    );
  }
  const quote = quotableSentence(text);
  const theme = findTheme(text);
  if (!quote) {
    return addressing(name, `I can hear how strongly you feel about ${theme?.topic ?? 'this'}.`);
  }
  const follow = theme
    ? `It sounds like this has been weighing on you, especially when it comes to ${theme.topic}.`
    : pick(['Thank you for putting that into words.', 'I can tell this matters to you.'], seed, 4);
  return `${addressing(name, `you said "${quote}".`)} ${follow}`;
}
