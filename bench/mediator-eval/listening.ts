/**
 * How the mediator listens, for the eval: sentences it repeats across a room's replies, and
 * topics or feelings it names that the person never expressed.
 */

import { norm } from './lines.js';
import type { PlayedConversation } from './simulate.js';

/** A sentence's template: without the name in front, the first six words. */
function sentenceKeys(reply: string, names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const raw of reply.split(/(?<=[.!?])\s+/)) {
    let s = norm(raw).replace(/"[^"]*"/g, '""');
    for (const name of names) s = s.replace(new RegExp(`^${norm(name)}, `), '');
    const words = s.split(' ').filter(Boolean);
    if (words.length >= 3) keys.add(words.slice(0, 6).join(' '));
  }
  return keys;
}

/** Sentences said in more than a third of the room's replies (rooms with three or more). */
export function stockSentences(played: PlayedConversation): { sentence: string; share: number }[] {
  const replies = played.replies.map((r) => r.text);
  if (replies.length < 3) return [];
  const counts = new Map<string, number>();
  for (const reply of replies) {
    for (const key of sentenceKeys(reply, played.conversation.people)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([sentence, n]) => ({ sentence, share: n / replies.length }))
    .filter((s) => s.share > 1 / 3);
}

/** Topic names the mediator uses, with words a person would have used for them. */
const TOPICS: [RegExp, RegExp][] = [
  [
    /the housework/,
    /dish|washing up|laundry|clean|tidy|mess|chore|housework|bins?\b|hoover|cook|kitchen|recycling/,
  ],
  [/school runs?|handovers?/, /pick[- ]?ups?|picking|drop[- ]?offs?|school run|handover|collect/],
  [/\bmoney\b/, /money|pay|rent|bill|£|cost|spend|budget|afford|account/],
  [/the children/, /kids?|children|child|son|daughter|boys|girls/],
  [/being listened to/, /listen|hear|ignor|interrupt|dismiss/],
  [/shared space at home/, /noise|loud|guests?|space|privacy|quiet|bathroom/],
  [
    /time together and with family/,
    /weekends?|holiday|christmas|visit|family|parents|mum|dad|together/,
  ],
  [/being appreciated/, /appreciat|thank|notice|effort|care/],
  [/\bdecisions\b/, /decid|decision|consult|without telling/],
  [/\btrust\b/, /trust|\blie|lying|honest|secret/],
];

/** Claims about how the person feels, and the words that would show they said so. */
const FEELING_CLAIM =
  /weighing on you|how strongly you feel|matters to you|this has been hard|you(?:'re| are) (?:frustrated|hurt|upset|angry|worried|overwhelmed|exhausted|stressed)/;
const FEELING_WORDS =
  /feel|felt|worr|upset|hurt|angry|tired|exhaust|knackered|sick|heart|matter|important|embarrass|getting me down|stress|miss|scared|afraid|frustrat|fed up|sad|lonely|annoy|love|mess|bugs/;

/** Topic or feeling words in replies that the person being answered never expressed. */
export function inventedMentions(played: PlayedConversation): string[] {
  const found: string[] = [];
  const turns = played.conversation.turns;
  for (const reply of played.replies) {
    const text = norm(reply.text).replace(/"[^"]*"/g, '""');
    const own = turns
      .slice(0, reply.turn + 1)
      .filter(([who]) => who === reply.speaker)
      .map(([, t]) => norm(t))
      .join(' ');
    const everyone = turns
      .slice(0, reply.turn + 1)
      .map(([, t]) => norm(t))
      .join(' ');
    const latest = norm(turns[reply.turn]?.[1] ?? '');
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const asked = sentence.endsWith('?');
      for (const [topic, words] of TOPICS) {
        const m = topic.exec(sentence);
        if (m && !words.test(asked ? everyone : own)) found.push(`${reply.turn}: ${m[0]}`);
      }
      const claim = FEELING_CLAIM.exec(sentence);
      if (claim && !FEELING_WORDS.test(latest)) found.push(`${reply.turn}: ${claim[0]}`);
    }
  }
  return found;
}

/** True when the title is the two people's names, so it must not be spoken of as a topic. */
export function titleMisused(played: PlayedConversation): boolean {
  const title = norm(played.conversation.title);
  const names = played.conversation.people.map(norm);
  const namesOnly = title.split(/\s+(?:and|&)\s+|\s*,\s*/).every((w) => names.includes(w));
  if (!namesOnly) return false;
  const all = [played.opening, ...played.replies.map((r) => r.text)].map(norm).join(' ');
  return all.includes(`"${title}"`) || all.includes(`through ${title}`);
}

/** True when some reply, once offers were made and accepted, offers to write them up. */
export function offeredToDraft(played: PlayedConversation): boolean {
  return played.replies.some((r) =>
    /\b(write (?:this|it|these|that|them|up what) |draft the agreement|as a draft agreement)/i.test(
      r.text,
    ),
  );
}
