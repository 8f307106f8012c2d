/**
 * Requests said without "could you": a command ("then come alternate weekends", "send it by the
 * 7th") or a plain "you do…" ("u do kitchen mon wed fri", "if i cook you do the dishes"). What
 * makes them a request rather than a complaint or a story is the plain verb and a when, how
 * often or how much said with it (or a deal: "if I cook, you wash up").
 */

import nlp from 'compromise';
import { containsBlame, containsInsult } from './blame.js';
import { findDetails } from './details.js';
import { trimClause } from './text.js';

const OPENERS =
  /^(?:(?:ok|okay|and|so|then|also|fine|right|alright|just|please|yes|yeah|but|well),?\s+)+/i;

/**
 * Verbs whose command is talk, feeling, a counter ("make it 11") or an edit ("scratch the
 * wednesdays", "put 6pm"), not a task to sign.
 */
const NOT_A_TASK =
  /^(?:make|say|let|see|look|listen|forget|remember|think|imagine|tell|try|stop|go|leave|get|be|have|know|wait|hang|calm|come on|give me|sorry|thank|please|fair|done|deal|agree|accept|keep in mind|ask|scratch|cancel|drop|skip|ignore|remove|delete|cross|swap|change|move|switch|put|add|write|include|actually)$/i;

/** Words after "you" that report or complain instead of asking ("you never", "you just"). */
const NOT_ASKED =
  /^(?:always|never|keep|kept|still|just|already|ever|usually|sometimes|know|think|said|say|want|need|feel|get|got|are|were|was|do not|don't|didn't|can't|won't|have|had|mean|see|look|seem)\b/i;

/** "if I cook", "when I'm at work": a deal's first half, making "you do the dishes" the second. */
const DEAL = /^(?:if|when|whenever|on the days|on the nights) (?:I|I'm|I am) [^,]+?,?\s+(?=you )/i;

/** A plain request in one clause, as the action asked of the other person, or null. */
export function plainRequest(clause: string): string | null {
  if (/\?$/.test(clause.trim())) return null;
  const text = trimClause(clause).replace(OPENERS, '');
  if (!text || containsBlame(text) || containsInsult(text)) return null;
  const deal = DEAL.exec(text);
  const body = deal ? text.slice(deal[0].length) : text;
  const you = /^you (\p{L}+)\b(.*)$/iu.exec(body);
  if (you) {
    const [, verb = '', rest = ''] = you;
    // "you have him the second and fourth weekend": having someone on a day is a request.
    const hasWhen = /^have$/i.test(verb) && /^ (?:him|her|them|the kids|it)\b/i.test(rest);
    if ((NOT_ASKED.test(verb) && !hasWhen) || /(?:ed|ing|s)$/i.test(verb)) return null;
    if (!deal && findDetails(rest).length === 0) return null;
    return trimClause(`${verb}${rest}`);
  }
  // "your mates were here till 3am again": a complaint about what happened, not a command.
  if (/\b(?:again|always|never|were|was)\b/i.test(body)) return null;
  const first = body.split(' ')[0] ?? '';
  if (NOT_A_TASK.test(first) || /^(?:i|we|you|it|that|this|they|he|she)$/i.test(first)) return null;
  if (findDetails(body).length === 0) return null;
  // Only a sentence whose first word the tagger reads as a plain verb is a command.
  const term = nlp(body).terms().json()[0] as { terms?: { tags?: string[] }[] } | undefined;
  const tags = term?.terms?.[0]?.tags ?? [];
  const verb = tags.includes('Infinitive') || tags.includes('Imperative');
  if (!verb || tags.includes('Noun')) return null;
  return trimClause(body);
}
