/**
 * "council tax is £96 a month, i'll pay my half on the 28th": a half or a share is of something
 * the conversation just named, so the signed line says what it is a half of ("Hannah will pay
 * her half of the council tax on the 28th"). The thing is what was said to cost an amount ("the
 * internet is $85 a month") or a cost put first as the topic ("and the electric bill, can you…").
 */

import { normalizeText } from './text.js';

const SHARE = /\b((?:my|your|his|her|their|our) (?:half|share|part|bit|cut))\b(?! of\b)/i;
const COSTS =
  /(?:^|[,.;!?]\s*|\b(?:and|also|so|but|plus)\s+)(?:the |our |my |your )?((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:is|are|was|comes to|costs?) (?:like |about |around |roughly )?(?:[£$€₹]|\d)/giu;
const TOPIC_FIRST =
  /(?:^|[.;!?]\s*)(?:and |also |so |ok |right )?the ((?:[\p{L}-]+ ){0,2}(?:bill|rent|tax|internet|wifi|gas|electric|electricity|water|fees?|deposit|loan|insurance|broadband|kitty|subscription|quote|shopping)),/giu;
const NOT_A_THING =
  /^(?:it|that|this|there|which|what|everything|nothing|he|she|they|total|price)$/i;

/** The thing the last few messages said a cost of, most recent first, or null. */
function costNamed(texts: string[]): string | null {
  for (const raw of [...texts].reverse()) {
    const text = normalizeText(raw);
    const found = [...text.matchAll(COSTS), ...text.matchAll(TOPIC_FIRST)]
      .sort((a, b) => (b.index ?? 0) - (a.index ?? 0))
      .map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .trim()
          .replace(/^(?:(?:and|also|so|but|plus|the|our|my|your|ok|right)\s+)+/, ''),
      )
      .filter((t) => t && !NOT_A_THING.test(t));
    if (found[0]) return found[0];
  }
  return null;
}

/** The action with "my half" made "my half of the council tax" when a cost was just named. */
export function shareOf(action: string, recentTexts: string[]): string {
  const share = SHARE.exec(action);
  if (!share?.[1]) return action;
  const thing = costNamed(recentTexts);
  if (!thing) return action;
  const at = (share.index ?? 0) + share[1].length;
  return `${action.slice(0, at)} of the ${thing}${action.slice(at)}`;
}
