/**
 * Recognises blame and insults. The facilitator never repeats either back to the room:
 * blame is reframed as a need, and sentences with insults are never quoted.
 */

const BLAME_PATTERNS: RegExp[] = [
  /\byou (?:always|never|constantly|keep)\b/i,
  /\b(?:it's|it is|its|this is|that's|that is) (?:all |completely |entirely )?your fault\b/i,
  /\byou (?:don't|do not|never) (?:even |really )?care\b/i,
  /\byou(?:'re| are) (?:so |always |just |such an? |being |too )*(?:lazy|selfish|useless|hopeless|pathetic|impossible|unreasonable|ridiculous|controlling|childish|irresponsible|a liar|a joke|the problem)\b/i,
  /\b(?:because of you|thanks to you|you ruin\w*|you only (?:care|think) about yourself)\b/i,
  /\bwhy (?:do|can't|don't|won't) you (?:ever )?/i,
];

const INSULTS =
  /\b(idiot\w*|stupid|lazy|selfish|useless|pathetic|liar|crazy|psycho|moron\w*|dumb|hopeless|worthless|disgusting|loser|bitch\w*|bastard\w*|asshole\w*|arsehole\w*|dickhead\w*|prick|twat|fuck\w*|shit\w*|crap|bloody|damn|ridiculous|childish|a joke)\b/iu;

/** True when a message blames the other person ("you always", "it's your fault", ...). */
export function containsBlame(text: string): boolean {
  return BLAME_PATTERNS.some((pattern) => pattern.test(text));
}

/** True when a text contains a name-calling word or swearing that must not be quoted back. */
export function containsInsult(text: string): boolean {
  return INSULTS.test(text);
}

/** True when a clause can be quoted back without repeating blame or insults. */
export function isQuotable(text: string): boolean {
  return !containsBlame(text) && !containsInsult(text);
}
