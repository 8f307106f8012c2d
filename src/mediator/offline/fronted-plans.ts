/**
 * Plans said with their "when" first and a plain present verb: "saturday mornings we clean the
 * flat", "then the third sunday we go to my lot", "ok then we both do the loft on sunday the
 * 8th", "from next month I pay the gas". No "will" or "can" leads them, so the usual reading
 * misses them; what makes them a plan is a day, time, date or amount said with them.
 */

import nlp from 'compromise';
import { containsBlame, containsInsult } from './blame.js';
import { findDetails } from './details.js';
import { trimClause, words } from './text.js';

/** Who a fronted plan belongs to, from the speaker's side. */
export interface FrontedPlan {
  owner: 'speaker' | 'both';
  /** The plan in plan form: the verb and what follows, then the fronted "when". */
  action: string;
}

/** Words that may stand before the subject besides the details themselves. */
const LEAD_IN = new Set(
  (
    'ok okay and so then also fine yes yeah yep right alright grand sure plus but well good ' +
    'on at by from every each the of a this that next month months week weeks morning mornings ' +
    'evening evenings night nights afternoon afternoons after before till until starting ' +
    'anything everything over under above more than'
  ).split(' '),
);

/** Verbs that report or complain rather than plan ("we argue", "we always end up"). */
const NOT_A_PLAN =
  /^(?:always|never|usually|just|still|keep|kept|end|ended|argue|argued|fight|fought|row|rowed|said|say|were|was|are|am|have|had|need|needed|want|wanted|think|thought|know|knew|feel|felt|get|got|can't|cannot|don't|didn't|won't|will|would|can|could|should|might|must|shall|'ll|both|all)$/i;

const SUBJECT = /^(.*?)\b(we(?: both| all)?|I)\s+(\p{L}[\p{L}']*)(?:\s+(.+))?$/iu;

/**
 * The plan a clause states with its "when" first, or null. The words before the subject must
 * be only lead-ins and details, and a detail must be said somewhere in the clause. "I do…"
 * plans only with its when first, or beside a request of the other (a split: "you do mon, I do
 * tue").
 */
export function frontedPlan(clause: string, besideRequest = false): FrontedPlan | null {
  const text = trimClause(clause);
  if (/\?$/.test(clause.trim()) || containsBlame(text) || containsInsult(text)) return null;
  const match = SUBJECT.exec(text);
  if (!match) return null;
  const [, front = '', subject = '', verb = '', rest = ''] = match;
  if (NOT_A_PLAN.test(verb) || /(?:ed|ing)$/i.test(verb)) return null;
  // "we went to the pub on friday" tells what happened.
  if (nlp(`${subject} ${verb}`).has('#PastTense')) return null;
  const frontDetails = findDetails(front);
  let bare = front;
  for (const d of [...frontDetails].reverse()) {
    bare = bare.slice(0, d.index) + bare.slice(d.index + d.text.length);
  }
  if (!words(bare.toLowerCase()).every((w) => LEAD_IN.has(w))) return null;
  const restDetails = findDetails(rest);
  if (frontDetails.length + restDetails.length === 0) return null;
  // A bare "I do the school run every day" reports a habit; only "we" plans, or "I" with a front.
  const isWe = /^we\b/i.test(subject);
  // "we do sunday lunch at my mums" tells a habit; "ok then we both do the loft on the 8th" plans.
  if (
    isWe &&
    frontDetails.length === 0 &&
    !/\b(?:both|all)$/i.test(subject) &&
    !/\bthen\b/i.test(front)
  ) {
    return null;
  }
  if (!isWe && frontDetails.length === 0 && !besideRequest) return null;
  const when = frontDetails.length > 0 ? whenPhrase(front) : '';
  // "together, like 10 to 12": a hedge after a comma is not part of the plan.
  const plain = rest.replace(/,\s*(?:like|about|around|roughly|ish)\b.*$/i, '');
  const action = `${verb.toLowerCase()} ${plain}${when ? ` ${when}` : ''}`.replace(/\s+/g, ' ');
  return { owner: isWe ? 'both' : 'speaker', action: trimClause(action) };
}

/** Conversational words that open a clause without being part of its "when". */
const OPENERS =
  /^(?:(?:ok|okay|and|so|then|also|fine|yes|yeah|yep|right|alright|grand|sure|plus|but|well|good),?\s+)+/i;

/** The fronted "when" as a phrase to end the plan with ("on the first sunday of the month"). */
function whenPhrase(front: string): string {
  const phrase = trimClause(trimClause(front).replace(OPENERS, ''));
  if (
    !phrase ||
    /^(?:on|at|by|from|every|each|starting|in|after|before|till|until)\b/i.test(phrase)
  ) {
    return phrase;
  }
  if (/^(?:anything|everything)\b/i.test(phrase)) return `for ${phrase}`;
  return findDetails(phrase)[0]?.kind === 'time' ? `at ${phrase}` : `on ${phrase}`;
}
