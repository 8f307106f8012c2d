/** Reading draft lines for the mediator eval: normalising, matching details, spotting faults. */

import type { EvalConversation, Who } from './corpus-types.js';

/** Lower case, straight quotes, "7 pm" as "7pm", single spaces. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/(\d)\s+(am|pm)\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the line carries the detail (a plural detail also matches its singular). */
export function hasDetail(line: string, detail: string): boolean {
  const l = norm(line);
  const d = norm(detail);
  if (l.includes(d)) return true;
  return d.length > 4 && d.endsWith('s') && l.includes(d.slice(0, -1));
}

/** True when the line names the doer (both names, or "both"/"each" for a joint one). */
export function namesDoer(line: string, who: Who, people: [string, string]): boolean {
  const l = norm(line);
  if (who === 'both') {
    return (
      (l.includes(norm(people[0])) && l.includes(norm(people[1]))) || /\b(both|each)\b/.test(l)
    );
  }
  return l.includes(norm(people[who]));
}

/** Amendment lines are a person's own words, marked as such, awaiting the other's answer. */
export function isAmendment(line: string): boolean {
  return /\bamendment\b/i.test(line);
}

const PRONOUNS = /\b(i|i'm|i'll|i'd|me|my|mine|you|you're|you'll|your|yours|we|we'll|us|our)\b/;
const DANGLING =
  /\b(both of those|both of them|that one|this one|do (?:that|this|it|so|the same)|live with (?:that|it|this))\b|\b(?:that|this|those|so|then)\.?$/;
const META =
  /\b(write (?:it |this |that |things )?up|writ(?:e|ing|ten) (?:up )?(?:the|an|this) agreement|the agreement|the draft|sign (?:it|this))\b/;
const CONDITIONAL =
  /\b(as long as|provided(?: that)?|only if|assuming|if (?:\w+ )?(?:does|do) the same|if (?:that's|that is|it's|it is) (?:ok|okay|fine|alright))\b/;

/** Why a commitment line could not be signed, or null when it reads as a plain commitment. */
export function brokenReason(line: string, people: [string, string]): string | null {
  const l = norm(line).replace(/"[^"]*"/g, '""');
  if (PRONOUNS.test(l)) return 'first or second person';
  if (DANGLING.test(l)) return 'dangling reference';
  if (META.test(l)) return 'about writing the agreement';
  if (CONDITIONAL.test(l)) return 'conditional';
  if (/\b(\w+) \1\b/.test(l)) return 'repeated word';
  // A joint line ("Aoife and Ciaran agree on … Aoife's mam's") names whose relative it is; only a
  // line one person signs can name its doer where "their" belongs.
  const joint = new RegExp(
    `^(?:${people.map(norm).join('|')}) and (?:${people.map(norm).join('|')}) `,
  );
  for (const name of people.map(norm)) {
    if (!l.startsWith(`${name} `) || joint.test(l)) continue;
    // "Ben will ask Ben's mum": the doer named again where "their" or the other person belongs.
    const rest = l.slice(name.length);
    const objectVerbs = '(?:text|ring|call|tell|ask|pay|give|send|message|remind)';
    if (rest.includes(`${name}'s`) || new RegExp(`\\b${objectVerbs} ${name}\\b`).test(rest)) {
      return 'wrong person';
    }
  }
  return null;
}

const STOP = new Set(
  'the a an and or to of on in at by for with will is are be every each their his her them they it this that from as all'.split(
    ' ',
  ),
);

function contentWords(line: string): Set<string> {
  return new Set(
    norm(line)
      .match(/[\p{L}\p{N}£:']+/gu)
      ?.filter((w) => !STOP.has(w)) ?? [],
  );
}

/** True when two lines say the same commitment (same text, or same doer and mostly same words). */
export function isDuplicate(a: string, b: string): boolean {
  if (norm(a) === norm(b)) return true;
  const subject = (s: string) => norm(s).split(' ')[0];
  if (subject(a) !== subject(b)) return false;
  const wa = contentWords(a);
  const wb = contentWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.size, wb.size) >= 0.75;
}

/** True when some commitment line holds the expected commitment with all its details. */
export function holds(
  lines: string[],
  c: { who: Who; details: string[] },
  conv: EvalConversation,
): boolean {
  return lines.some(
    (line) =>
      !isAmendment(line) &&
      namesDoer(line, c.who, conv.people) &&
      c.details.every((d) => hasDetail(line, d)),
  );
}
