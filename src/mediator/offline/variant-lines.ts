/**
 * One line for a rule agreed with other details on other days: "no guests after 11 on
 * weeknights" and "no guests after 1am on weekends" are signed as "no guests after 11 on
 * weeknights and after 1am on weekends", and a change request can still take either part out.
 */

import { findDetails } from './details.js';

/** Small words that may sit between the details a variant changes. */
const LINKING = /^(?:on|at|by|after|before|till|until|from|to|every|each|the|a|and|of|in)$/i;

/** True when a stretch of a line is only details and the small words between them. */
function onlyDetails(rest: string): boolean {
  const details = findDetails(rest);
  if (!rest || details.length === 0) return false;
  let bare = rest;
  for (const d of details.reverse()) {
    bare = bare.slice(0, d.index) + bare.slice(d.index + d.text.length);
  }
  return bare.split(/\s+/).every((w) => !w || LINKING.test(w));
}

/** The two lines as one, or null when they differ in more than their details. */
export function mergedVariant(first: string, second: string): string | null {
  const a = first.replace(/\.$/, '').split(' ');
  const b = second.replace(/\.$/, '').split(' ');
  let same = 0;
  while (same < a.length && same < b.length && a[same]?.toLowerCase() === b[same]?.toLowerCase()) {
    same += 1;
  }
  while (same > 0 && LINKING.test(a[same - 1] ?? '')) same -= 1;
  const [restA, restB] = [a.slice(same).join(' '), b.slice(same).join(' ')];
  if (same < 3 || !onlyDetails(restA) || !onlyDetails(restB)) return null;
  return `${first.replace(/\.$/, '')} and ${restB}.`;
}

/** A merged line as its two versions, or null when it is not one. */
export function splitVariant(line: string): [string, string] | null {
  const text = line.replace(/\.$/, '');
  for (const m of text.matchAll(/ and (?=(?:on|at|by|after|before|till|until|from|every) )/gi)) {
    const at = m.index ?? 0;
    const head = text.slice(0, at);
    const tail = text.slice(at + m[0].length);
    if (!onlyDetails(tail)) continue;
    const words = head.split(' ');
    // The end of the head that the tail replaces: the longest run of details and small words.
    for (let cut = words.length - 3; cut >= 1; cut--) {
      const restA = words.slice(words.length - cut).join(' ');
      if (!LINKING.test(restA.split(' ')[0] ?? '') || !onlyDetails(restA)) continue;
      return [`${head}.`, `${[...words.slice(0, words.length - cut), tail].join(' ')}.`];
    }
  }
  return null;
}
