/**
 * Recognises a participant saying yes (or no) to what the other person proposed. An
 * acceptance turns a request into a commitment and counts towards reaching agreement.
 */

import { normalizeText, wordCount } from './text.js';

const ACCEPT =
  /\b(?:i agree|agreed|that works|works for me|(?:that |this )?sounds (?:good|fair|fine|great|reasonable|like a plan|ok|okay)|(?:that's|that is) (?:more than |very |really |totally )?fair|fair enough|(?:i|she|he|they|we)(?:'d| would) (?:love|like) (?:that|this|it)|(?:that|this|it) (?:could|would|might|should) work|(?:would be|that's|that is) a (?:huge|big|great|real) help|no problem|deal|i(?:'m| am) (?:happy|ok|okay|fine|good|comfortable) with (?:that|this|it)|i can (?:live with|do|manage) (?:that|this|it)|i(?:'ll| will) do (?:that|this|it)|i accept|i(?:'m| am) (?:in|on board)|count me in|let's do (?:that|it|this)|yes,? (?:let's|i can|i will|i'll|that|please|definitely|absolutely)|even better|good idea|(?:that |it )?makes sense|nice one|sorted|(?:that's|that is|it's) (?:fine|good|great|perfect|brilliant|lovely))\b/iu;

const SHORT_YES =
  /^(?:yes|yeah|yeh|yep|yup|ya|ok|okay|k|kk|sure|deal|agreed|absolutely|definitely|perfect|great|good|lovely|brilliant|cool|fab|sweet|legend|grand|sound|cheers|done|bet|ta|np|no worries|class|ace|lush|safe|champion|bang on|go on(?: then| so)?)\b[\s.!,]*(?:\p{L}+[\s.!]*)?$/iu;

const REJECT =
  /\b(?:that (?:doesn't|does not|won't|will not|wouldn't|would not) work|(?:doesn't|does not|won't) work for me|i (?:don't|do not|can't|cannot) agree|no way|not fair|(?:that's|that is) not (?:fair|going to work|realistic|enough)|i can't do that|i won't do that|i(?:'m| am) not (?:ok|okay|happy|comfortable) with|can't afford|cannot afford|is a bit much|too much for me|(?:you )?(?:don't|do not) need to (?:do that|pay|give)|no need|i (?:don't|do not) want (?:your|any|paying|that|it)|actually no|scratch that|forget (?:that|it))\b|^no\b(?! problem| worries)/iu;

const NEGATION_BEFORE =
  /\b(?:not|no|never|don't|doesn't|can't|won't|isn't|hardly)\s+(?:\S+\s+){0,2}$/iu;

/** True when a message accepts what was proposed ("that works for me", "I agree", "deal"). */
export function isAcceptance(raw: string): boolean {
  const text = normalizeText(raw);
  if (REJECT.test(text)) return false;
  if (wordCount(text) <= 3 && SHORT_YES.test(text)) return true;
  const match = ACCEPT.exec(text);
  if (!match) return false;
  return !NEGATION_BEFORE.test(text.slice(0, match.index));
}

/** True when a message turns down what was proposed ("that doesn't work for me"). */
export function isRejection(raw: string): boolean {
  return REJECT.test(normalizeText(raw));
}

/** Short words of assent that count as a yes when something is waiting for this person's answer. */
const ASSENT =
  /\b(?:thank you|thanks|cheers|lovely|perfect|great|brilliant|fair|ok|okay|alright|sure|yes|yeah|yep|fine|good|works|then|sweet|legend|grand|sound|class|ace|no worries|go on(?: so| then)?)\b/iu;
const DETAIL_ASSENT =
  /\b(?:is|are|'s) (?:fine|good|ok|okay|great|perfect|alright)\b|\bworks\b|\bthen\b|,\s*(?:fine|ok|okay|yes)\b|\b(?:fine|ok|okay|yes|good)[.!]?$|\bi can live with\b|\bi can (?:do|manage)(?: (?:that|this|it|those|them))?[.!]?$|\b(?:i|we) can(?:,|[.!]?$)/iu;

/**
 * True when a sentence says yes to something waiting for an answer: a full acceptance, a
 * restated detail with "is fine" / "works" / "then", or a plain "thanks" or "ok".
 */
export function isAssent(raw: string): boolean {
  const text = normalizeText(raw);
  if (isRejection(text)) return false;
  if (isAcceptance(text)) return true;
  const match = DETAIL_ASSENT.exec(text) ?? ASSENT.exec(text);
  if (!match) return false;
  return !NEGATION_BEFORE.test(text.slice(0, match.index));
}
