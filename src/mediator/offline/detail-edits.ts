/**
 * A change request read by its parts rather than its wording: the new detail it names (a time,
 * day, date or amount no line has), the line it is about (by a detail it names that one line
 * has, by the words it shares with a line or what was said around it, or as the one line with
 * a detail of that kind), and the detail of the same kind in that line, which the new one
 * replaces. "put £60 instead", "make the pickup 4pm", "swap the cooking to thursdays", "i want
 * it to say £45", "bins on wednesdays please", "put the end of april instead".
 */

import type { AgreementCommitment } from '../mediator.js';
import { whenKind } from './detail-phrase.js';
import { type Detail, findDetails, replaceDetail, sameDetail } from './details.js';
import { words } from './text.js';

type Lines = AgreementCommitment[];

/** Words that ask for an edit, or carry no meaning when matching a line. */
const EDIT_WORDS = new Set(
  (
    'put make change swap switch move be should needs need has have to it that this the a an ' +
    'instead please can could would we say want i like it to is are for on at by in of not ' +
    'rather prefer better actually just one bit line part thing then so ok okay and but ' +
    "i'd id was were be it's its mind"
  ).split(' '),
);

const KIND_WORDS = new Set(
  'amount money sum figure payment price cost time day date days dates times'.split(' '),
);

/** A request that hedges or asks is left to the other person as it was said. */
const HEDGED =
  /\?|\b(?:maybe|perhaps|or so|ish|roughly|depends|depending|if|unless|might|not sure|i think|i guess|probably|or something)\b/i;

/** A request that edits: it says so, or it is little more than the new detail and a subject. */
const ASKS =
  /\b(?:put|make|change|swap|switch|move|should|needs? to|has to|want|instead|rather|prefer|better|say|please)\b|\b(?:can|could) (?:it|that|this) be\b/i;

/** The edited lines and a short description, or null when the request is not read this way. */
export function tryDetailEdit(
  lines: Lines,
  note: string,
  isAmendment: (text: string) => boolean,
  lineScore: (line: string, target: string) => number,
): { lines: Lines; what: string } | null {
  const plain = lines.filter((l) => !isAmendment(l.text));
  const details = findDetails(note);
  const inLines = (d: Detail) =>
    plain.filter((l) => findDetails(l.text).some((x) => sameDetail(x.text, d.text)));
  const fresh = details.filter((d) => inLines(d).length === 0);
  // A detail the note shares with one line names that line only when it is what is replaced.
  const named = details.filter(
    (d) => inLines(d).length === 1 && fresh.some((f) => whenKind(f.kind) === whenKind(d.kind)),
  );
  const [next] = fresh;
  if (!next || fresh.length > 2) return null;
  // "put £60 instead, i already gave you a tenner": the reason after a comma names no line.
  const clause =
    note.split(/[,;]|\b(?:because|cos|since|as)\b/i).find((c) => c.includes(next.text)) ?? note;
  // "not sure about the phone part, can it be £30": the part named elsewhere in the note.
  const part = /\b(?:about|with) (?:the )?([\p{L} ]+?) (?:part|bit|line|one)\b/iu.exec(note)?.[1];
  const topic = words(`${clause} ${part && !clause.includes(part) ? part : ''}`.toLowerCase())
    .filter((w) => !EDIT_WORDS.has(w) && w.length > 2)
    .filter((w) => !details.some((d) => d.text.toLowerCase().includes(w)));
  if (!ASKS.test(note) || HEDGED.test(note)) return null;
  // "the amount", "the time" name a kind, not a line; any other word that fits no line means
  // the request is about something the draft does not hold, so it is not guessed at.
  const about = topic.filter((w) => !KIND_WORDS.has(w));
  // "the 15th for the $70": a detail only one line carries names it, whatever its kind.
  const anchors = new Set(
    details.filter((d) => inLines(d).length === 1).map((d) => inLines(d)[0] ?? null),
  );
  const anchor = anchors.size === 1 ? [...anchors][0] : null;
  const line =
    named.map((d) => inLines(d)[0]).find(Boolean) ??
    anchor ??
    bestByWords(plain, about.join(' '), lineScore) ??
    (about.length === 0 ? onlyWithKind(plain, next) : null);
  if (!line) return null;
  let text = line.text;
  for (const d of fresh) {
    const old = findDetails(text).filter((x) => whenKind(x.kind) === whenKind(d.kind));
    // Two of a kind ("on Mondays and Thursdays") is not a single swap.
    if (old.length !== 1 || !old[0]) return null;
    // "the 15th" in place of "Friday" keeps its "the".
    const dated =
      d.kind === 'date' && /^\d/.test(d.text) && !/\bthe $/i.test(text.slice(0, old[0].index));
    text = replaceDetail(text, old[0], dated ? `the ${d.text}` : d.text);
  }
  if (text === line.text) return null;
  return {
    lines: lines.map((l) => (l === line ? { ...l, text } : l)),
    what: `${findDetails(line.text).find((x) => whenKind(x.kind) === whenKind(next.kind))?.text ?? 'a detail'} to ${next.text}`,
  };
}

/** Words people use for the same task: "the calls" is the line that says "ring". */
const SAME_SENSE: string[][] = [
  ['ring', 'call', 'calls', 'phone', 'facetime'],
  ['collect', 'pick', 'pickup', 'pickups', 'fetch'],
  ['drop', 'dropoff', 'return', 'bring'],
  ['pay', 'payment', 'money', 'transfer', 'send'],
  ['cook', 'cooking', 'dinner', 'tea', 'meals'],
  ['clean', 'cleaning', 'tidy', 'hoover', 'hoovering'],
];

/** The line with the other words for its tasks added, so a request's word for one finds it. */
function withSameSense(line: string): string {
  const has = new Set(words(line.toLowerCase()));
  const extra = SAME_SENSE.filter((group) => group.some((w) => has.has(w))).flat();
  return extra.length > 0 ? `${line} ${extra.join(' ')}` : line;
}

function bestByWords(
  lines: Lines,
  topic: string,
  lineScore: (line: string, target: string) => number,
): AgreementCommitment | null {
  if (!topic) return null;
  const scored = lines.map((l) => ({ l, s: lineScore(withSameSense(l.text), topic) }));
  const best = Math.max(0, ...scored.map((x) => x.s));
  // Every word the request uses for the line must be found in it: "the cooking" in "cook".
  const all = topic.split(' ').length;
  const hits = scored.filter((x) => x.s === best && best >= all);
  return hits.length === 1 ? (hits[0]?.l ?? null) : null;
}

function onlyWithKind(lines: Lines, next: Detail): AgreementCommitment | null {
  const holders = lines.filter((l) =>
    findDetails(l.text).some((x) => whenKind(x.kind) === whenKind(next.kind)),
  );
  return holders.length === 1 ? (holders[0] ?? null) : null;
}
