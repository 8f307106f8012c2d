/**
 * Applies what people asked to change in a draft: take a line out ("take out the part about
 * cooking"), change a detail ("change 7pm to 8pm"), or add a line ("add that Sam walks the dog
 * on Sundays"). A request that cannot be read that way is never dropped: it goes into the next
 * draft as that person's own amendment, for the other person to accept or not.
 */

import nlp from 'compromise';
import type { AgreementCommitment, DraftChangeRequest, MediatorParticipant } from '../mediator.js';
import { tryDetailEdit } from './detail-edits.js';
import { findDetails, replaceDetail, sameDetail } from './details.js';
import { otherOf, recordLabelOf, recordNames, shiftNames } from './participants.js';
import { toThirdPerson } from './person-shift.js';
import { capitalize, endSentence, normalizeText, trimClause, words } from './text.js';
import { splitVariant } from './variant-lines.js';
import { toFuture } from './verb-forms.js';
import { writtenDays } from './written-days.js';

/** What happened to one request, for the message that presents the new draft. */
export interface ChangeOutcome {
  participantId: string;
  kind: 'removed' | 'changed' | 'added' | 'amendment';
  /** A short description ("the line about cooking", "10pm to 11pm"). */
  what: string;
}

/** Marks a line as a person's own amendment; the word "Amendment" is how readers tell. */
export function amendmentText(name: string, otherName: string, note: string): string {
  const quoted = trimClause(note).replace(/"/g, "'");
  return `Amendment proposed by ${name}, for ${otherName} to accept or not: "${quoted}."`;
}

/** True for a line that is someone's proposed amendment rather than an agreed commitment. */
export function isAmendmentLine(text: string): boolean {
  return /^Amendment proposed by /.test(text);
}

const POLITE =
  /^(?:(?:no(?! need)|ok|okay|so|and|also|sorry|hi|yes|but|actually|um|hmm|oh)\b,?\s*)*(?:(?:please|can you|could you|can we|could we|would you|i'd like (?:you )?to|i would like to|i want to|let's|we should)\s+)*/i;
const REMOVE =
  /\b(?:take out|take away|remove|delete|drop(?! (?:back|off|round|over|by|in)\b)|leave out|cut out|get rid of|scrap|strike out|lose|forget|skip)\b|\b(?:leave|take) (?:it|that|this|them|the .+?) out\b|\b(?:don'?t|do not) (?:want|need)\b|\b(?:don'?t|do not) think (?:we need )?(?:the|that) (?:bit|part|line)\b|\bno need for\b|\b(?:can|could) we not have\b/i;
const QUOTED = /(?:^|\s)['"]([^'"]{3,}?)['"](?=[\s,.!?]|$)/;
const PART =
  /\b(?:part|bit|line|one|thing|sentence|point)s? (?:about|on|with|where|saying|that says|re) (?:the )?(.+?)(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
const AFTER_REMOVE =
  /\b(?:take out|take away|remove|delete|drop|leave out|cut out|get rid of|scrap|strike out|lose|forget|skip|leave|take|(?:don'?t|do not) (?:want|need)|no need for|not have) (?:the )?(.+?)(?:(?: bit| part| line)? out\b)?(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
const CHANGE_TO = /\bchange (?:the )?(.+?) to (.+?)(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
/** "instead of 7pm can it be 8pm": the old detail first. */
const INSTEAD_FIRST =
  /\binstead of (?:the )?(.+?),? (?:can|could|should) (?:it|we|that|this) (?:be|say|make it|do|have) (.+?)(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
const INSTEAD_OF =
  /\b(?:make|move|have|do|put) (?:it |that |this |the (.+?) )?(.+?),? (?:instead of|rather than|not) (?:the )?(.+?)(?:\s+for (?:the )?[\p{L} ]+)?(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/iu;
/**
 * "Could the Saturday drop back be 6pm", "make the 1pm thing 12pm", "make it fortnightly for the
 * oven": the line is named by what it is about, and the new detail replaces the one of its kind.
 */
const BE_INSTEAD =
  /\b(?:(?:could|can|should|would) (?:the |we make the )?(.+?)|(?:the )?(.+?) (?:needs to|should|has to|must|ought to)) (?:be|become) (.+?)(?:\s+(?:instead|please)|,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
const MAKE_THING =
  /\bmake (?:it|the (.+?)(?: thing| bit| one| part| line)?) (.+?)(?: for (?:the )?(.+?))?(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
/** "move the calls to 7.30", "push the Sunday drop off back to 6pm". */
const MOVE_TO =
  /\b(?:move|push|shift|bring|change) (?:the )?(.+?) (?:back |forward |up |over )?to (.+?)(?:\s+(?:instead|please))?(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/i;
/** "can we do 7.30 for the calls", "say 6pm for the drop off", "7.30 for the calls please". */
const DETAIL_FOR =
  /^(?:(?:can|could) we |let's |lets )?(?:(?:do|say|have|put|use|go with|make it) )?(.+?) for (?:the )?([\p{L} ]+?)(?:\s+(?:instead|please))?[.!?]?$/iu;
/** How often, as people say it ("once a month", "every other week", "fortnightly"). */
const FREQUENCY =
  /\b(?:(?:once|twice|three times) (?:a|per|every) (?:week|month|fortnight|day)|every (?:other |second )?(?:week|month|fortnight|day|night)|(?:daily|weekly|fortnightly|monthly))\b/i;

/** "£10 not £15", "8pm instead of 7pm": a bare swap of one detail for another. */
const SWAP =
  /^(?:(?:can|could|should|would|will) (?:it|that|this|the line|we) (?:say|read|be|make it) |(?:it|that|this) should (?:say|read|be) |make it |should be |(?:just )?say |put )?(.+?),? (?:not|instead of|rather than) (.+?)(?: for (?:the )?[\p{L} ]+)?(?:,(?!\d)|[;!?]|\.(?:\s|$)|$)/iu;
const ADD =
  /\b(?:add|put in|include|put down|write in|put(?= that\b)|(?:you )?(?:forgot|missed|left out)(?: (?:the bit|the part|the line))?(?: (?:where|about))?(?= (?:that|\p{L}+ (?:will|said|offered|agreed)|i'll|i will|i'd)\b)|(?:also )?say|(?:also )?agree)(?: in)?(?: that| a line that| a line saying| something saying)? (.+?)(?:[;!?]|\.(?:\s|$)|$)/iu;

const STOP = new Set(
  'the a an and or to of on in at by for with will is are be about part bit line it that this'.split(
    ' ',
  ),
);
const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ing|ed|es|s)$/, '')
    .slice(0, 5);

/** How many meaning words of `target` the line shares. */
function score(line: string, target: string): number {
  const lineStems = new Set(words(line).map(stem));
  return words(target)
    .filter((w) => !STOP.has(w.toLowerCase()) && w.length > 2)
    .filter((w) => lineStems.has(stem(w))).length;
}

/** Removes a phrase from a line and tidies the spaces and commas around it. */
function deletePhrase(line: string, phrase: string): string {
  const at = line.toLowerCase().indexOf(phrase.toLowerCase());
  const cut = line.slice(0, at) + line.slice(at + phrase.length);
  return cut
    .replace(/\s+,/g, ',')
    .replace(/,\s*\./g, '.')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+\./g, '.');
}

/** Replaces `from` with `to` in the line, or null when the line does not carry `from`. */
function replaceIn(line: string, from: string, to: string): string | null {
  const plain = from.replace(/^(?:the|every|each|on|at|by) /i, '');
  for (const f of [from, plain]) {
    if (!f) continue;
    // A whole word or number: "7" is in "at 7pm" but not in "the 17th".
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const edge = (c: string | undefined) => (c && /[\p{L}\p{N}]/u.test(c) ? '\\b' : '');
    const whole = new RegExp(
      `${edge(f[0])}${escaped}${/\d$/.test(f) ? '(?![\\d.,:]\\d|st|nd|rd|th)' : edge(f[f.length - 1])}`,
      'iu',
    );
    const at = line.search(whole);
    if (at < 0) continue;
    return tidy(line.slice(0, at) + trimRepeats(line, to) + line.slice(at + f.length));
  }
  const often = replaceFrequency(line, from, to);
  if (often) return often;
  // "Sunday 5pm" -> 6pm: change the detail of the same kind that the line carries.
  const target = findDetails(to)[0];
  for (const d of findDetails(from)) {
    const inLine = findDetails(line).find(
      (x) => sameDetail(x.text, d.text) && (!target || x.kind === target.kind),
    );
    if (inLine) return tidy(replaceDetail(line, inLine, trimRepeats(line, target?.text ?? to)));
  }
  return null;
}

/** "weekly", "a week", "every week": how often, as its unit. */
const OFTEN_UNIT: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  fortnightly: 'fortnight',
  monthly: 'month',
};
const unitOf = (s: string) =>
  OFTEN_UNIT[s.toLowerCase()] ??
  /^(?:(?:a|per|every|each) )?(day|week|fortnight|month)$/i.exec(s)?.[1]?.toLowerCase();

/**
 * "make it fortnightly not weekly" on "£30 a week": the line says how often in its own form
 * ("weekly", "a week", "every week"), and the new unit takes that form.
 */
function replaceFrequency(line: string, from: string, to: string): string | null {
  const [was, next] = [unitOf(from), unitOf(to)];
  if (!was || !next || was === next) return null;
  const said = new RegExp(
    `\\b(?:(a|per|every|each) ${was}\\b(?! ?(?:end|night|day)s?)|${was === 'day' ? 'dai' : was}ly\\b)`,
    'i',
  ).exec(line);
  if (!said) return null;
  const form = said[1] ? `${said[1]} ${next}` : next === 'day' ? 'daily' : `${next}ly`;
  return line.slice(0, said.index) + form + line.slice(said.index + said[0].length);
}

/** Drops the end of a replacement the line already says ("midday on the 27th" in "...on the 27th..."). */
function trimRepeats(line: string, to: string): string {
  const parts = to.split(/\s+(?=(?:on|at|by|in|for|from) )/i);
  return parts.filter((p, i) => i === 0 || !line.toLowerCase().includes(p.toLowerCase())).join(' ');
}

/** Collapses a word said twice in a row by a replacement ("Sunday morning morning"). */
function tidy(line: string): string {
  return line.replace(/\b(\p{L}+) \1\b/giu, '$1').replace(/\s{2,}/g, ' ');
}

type Lines = AgreementCommitment[];

/** True when the text carries a detail the target names ("Fridays" in "on Fridays and Saturdays"). */
function mentionsAny(text: string, target: string): boolean {
  return findDetails(target).some((d) => findDetails(text).some((x) => sameDetail(x.text, d.text)));
}

const NOT_SURE_ABOUT =
  /^(?:i'm |im |i am )?(?:not (?:sure|happy|keen|mad)|unsure) (?:about|with|on) (?:the )?([\p{L} ]+?)(?: part| bit| line| one)?,\s*/iu;

function tryRemove(
  lines: Lines,
  note: string,
  contextOf: (line: string) => string,
): { lines: Lines; what: string; kind: 'removed' | 'changed' } | null {
  if (!REMOVE.test(note)) return null;
  const quoted = QUOTED.exec(note)?.[1];
  if (quoted) {
    const line = lines.find((l) => l.text.toLowerCase().includes(quoted.toLowerCase()));
    if (line && trimClause(line.text).toLowerCase() !== quoted.toLowerCase()) {
      const text = deletePhrase(line.text, quoted);
      return {
        lines: lines.map((l) => (l === line ? { ...l, text } : l)),
        what: `"${quoted}"`,
        kind: 'changed',
      };
    }
  }
  // "I don't think the bit about the bins is fair": the bit is "the bins".
  const target = (quoted ?? PART.exec(note)?.[1] ?? AFTER_REMOVE.exec(note)?.[1])?.replace(
    /\s+(?:is|isn't|are|aren't|was|feels|seems)\b.*$/i,
    '',
  );
  if (!target) return null;
  const hit = bestLine(lines, target, contextOf);
  if (!hit) return null;
  // "the flights and the hotel address" without "the hotel address": only that part goes.
  const phrase = trimClause(target)
    .replace(/^the /i, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const joined = new RegExp(
    `(?: and (?:the |their |a )?${phrase}\\b|\\b(?:the |their |a )?${phrase} and )`,
    'i',
  );
  if (phrase && findDetails(target).length === 0 && joined.test(hit.text)) {
    const text = tidy(hit.text.replace(joined, ''));
    return {
      lines: lines.map((l) => (l === hit ? { ...l, text } : l)),
      what: `"${trimClause(target)}"`,
      kind: 'changed',
    };
  }
  // "take out the bit about Fridays" from a line agreed for two sets of days: only that part goes.
  const parts = splitVariant(hit.text);
  const keep = parts?.filter((p) => score(p, target) === 0 && !mentionsAny(p, target));
  if (parts && keep?.length === 1 && keep[0]) {
    const text = keep[0];
    return {
      lines: lines.map((l) => (l === hit ? { ...l, text } : l)),
      what: `"${trimClause(target)}"`,
      kind: 'changed',
    };
  }
  return {
    lines: lines.filter((l) => l !== hit),
    what: `the line about ${trimClause(target)}`,
    kind: 'removed',
  };
}

function tryChange(lines: Lines, note: string): { lines: Lines; what: string } | null {
  let from: string | undefined;
  let to: string | undefined;
  let context: string | undefined;
  const change = CHANGE_TO.exec(note);
  const instead = INSTEAD_OF.exec(note);
  const swap = SWAP.exec(note);
  const first = INSTEAD_FIRST.exec(note);
  if (first) [from, to] = [first[1], first[2]];
  else if (change) [from, to] = [change[1], change[2]];
  else if (instead) [context, to, from] = [instead[1], instead[2], instead[3]];
  else if (
    swap?.[1] &&
    swap[2] &&
    ((findDetails(swap[1]).length > 0 && findDetails(swap[2]).length > 0) ||
      // "7.30 not 8": bare numbers, the old one found whole in a line below.
      (/^[\d.:]+$/.test(swap[1]) && /^\d+$/.test(swap[2])))
  ) {
    [to, from] = [swap[1], swap[2]];
  }
  if (!from || !to) return null;
  [from, to] = [trimClause(from), trimClause(to)];
  // "change the kitty to £20" names the line, not the words to replace: a retarget.
  if (change && findDetails(from).length === 0 && findDetails(to).length > 0) return null;
  const ordered = context
    ? [...lines].sort((a, b) => score(b.text, context ?? '') - score(a.text, context ?? ''))
    : lines;
  for (const line of ordered) {
    if (isAmendmentLine(line.text)) continue;
    const text = replaceIn(line.text, from, to);
    if (text && text !== line.text) {
      return {
        lines: lines.map((l) => (l === line ? { ...l, text } : l)),
        what: `${from} to ${to}`,
      };
    }
  }
  return null;
}

/** Swaps the detail of the new one's kind (or how often) in the line a request names. */
function swapInLine(line: string, to: string): string | null {
  const next = findDetails(to)[0];
  if (next) {
    const when = (k: string) => (k === 'day' || k === 'date' ? 'when' : k);
    const old = findDetails(line).find((d) => when(d.kind) === when(next.kind));
    return old ? tidy(replaceDetail(line, old, trimRepeats(line, to))) : null;
  }
  const often = FREQUENCY.exec(to)?.[0];
  const was = FREQUENCY.exec(line);
  if (!often || !was) return null;
  return line.slice(0, was.index) + often + line.slice(was.index + was[0].length);
}

/** "Could the Saturday drop back be 6pm", "make the 1pm thing 12pm", "make it fortnightly for the oven". */
function tryRetarget(
  lines: Lines,
  note: string,
  contextOf: (line: string) => string,
): { lines: Lines; what: string } | null {
  const be = BE_INSTEAD.exec(note);
  const make = be ? null : MAKE_THING.exec(note);
  // "move the calls to 7.30", "can we do 7.30 for the calls": the line first or the detail first.
  const moved = be || make ? null : MOVE_TO.exec(note);
  const forThing = be || make || moved ? null : DETAIL_FOR.exec(note);
  const forTo = forThing?.[1] && findDetails(forThing[1]).length > 0 ? forThing : null;
  const about = trimClause(
    (be ? (be[1] ?? be[2]) : make ? (make[1] ?? make[3]) : moved ? moved[1] : forTo?.[2]) ?? '',
  );
  const said = trimClause(
    (be ? be[3] : make ? make[2] : moved ? moved[2] : forTo?.[1]) ?? '',
  ).replace(/\s+(?:instead|please)$/i, '');
  // "i'd rather it was 5:45pm for the sunday drop off": the new detail, not the words before it.
  const lead = findDetails(said)[0];
  const to =
    lead && lead.index > 0
      ? said.slice(said.slice(0, lead.index).search(/(?:(?:the|every|each|on|at|by) )*$/))
      : said;
  if (!about || !to) return null;
  // "the 1pm thing": the detail names the line and is the one replaced.
  const named = findDetails(about)[0];
  const next = findDetails(to)[0];
  if (named && next && named.kind === next.kind) {
    const line = lines.find(
      (l) => !isAmendmentLine(l.text) && l.text.toLowerCase().includes(named.text.toLowerCase()),
    );
    const text = line ? replaceIn(line.text, named.text, to) : null;
    if (!line || !text || text === line.text) return null;
    return {
      lines: lines.map((l) => (l === line ? { ...l, text } : l)),
      what: `${named.text} to ${to}`,
    };
  }
  // "make the amount ₹12,000": the one line with a detail of that kind.
  const ofKind = next
    ? lines.filter(
        (l) => !isAmendmentLine(l.text) && findDetails(l.text).some((d) => d.kind === next.kind),
      )
    : [];
  const best =
    bestLine(lines, about, contextOf) ??
    (KIND_WORD.test(about) && ofKind.length === 1 ? ofKind[0] : null);
  const text = best ? swapInLine(best.text, to) : null;
  if (!best || !text || text === best.text) return null;
  return {
    lines: lines.map((l) => (l === best ? { ...l, text } : l)),
    what: `the line about ${about}`,
  };
}

/** Words that name a kind of detail rather than a line ("the amount", "the time"). */
const KIND_WORD = /^(?:the )?(?:amount|money|sum|figure|payment|price|time|day|date)$/i;

/** The one line a description fits best, by its own words, or else by what was said around it. */
function bestLine(lines: Lines, target: string, contextOf: (line: string) => string) {
  for (const of of [(l: string) => l, contextOf]) {
    const scored = lines.map((l) => ({
      l,
      s: isAmendmentLine(l.text) ? 0 : score(of(l.text), target),
    }));
    const best = Math.max(0, ...scored.map((x) => x.s));
    const hits = scored.filter((x) => x.s === best && best > 0);
    if (hits.length === 1) return hits[0]?.l ?? null;
    if (hits.length > 1) return null;
  }
  return null;
}

/**
 * "Also Sam walks the dog on Sundays", "one more thing: I'll bring the bins in", "can Sam also
 * do the bins": a new commitment said without "add", by a named person, "I" or "we".
 */
function plainAddition(note: string, participants: MediatorParticipant[]): string | undefined {
  const names = participants.map((p) => p.name.trim()).filter(Boolean);
  const who = `(?:${[...names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'I', 'we', 'you'].join('|')})`;
  const lead = /^(?:also,? |and |plus |one more thing:? |oh and |p\.?s\.? )/i;
  const rest = trimClause(note);
  const asked =
    new RegExp(`^(?:can|could|will) (${who}) also (.+)$`, 'i').exec(rest) ??
    new RegExp(`^(${who}) (?:should|will|can|could|needs to|has to) also (.+)$`, 'i').exec(rest);
  if (asked) return `${asked[1]} ${asked[2]}`;
  // "jo does the ironing on mondays": a named person and a when, with no lead word at all.
  const named = new RegExp(
    `^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) \\p{L}+s\\b`,
    'iu',
  );
  if (names.length > 0 && named.test(rest) && findDetails(rest).length > 0) return rest;
  if (!lead.test(rest)) return undefined;
  const clause = rest.replace(lead, '');
  return new RegExp(`^${who}(?:'ll|\\b)`, 'i').test(clause) ? clause : undefined;
}

/**
 * "7pm is too late, 6pm would be better", "£15 was wrong, it's £18": two details of one kind,
 * one in exactly one line and the other nowhere, swap when the note asks for a change.
 */
function tryDetailSwap(lines: Lines, note: string): { lines: Lines; what: string } | null {
  if (
    !/\b(?:make|instead|rather|not|be|change|move|better|prefer|should|too|switch|swap)\b/i.test(
      note,
    )
  ) {
    return null;
  }
  const plain = lines.filter((l) => !isAmendmentLine(l.text));
  const details = findDetails(note);
  // "actually it should be 8pm": one new detail, and one line with a detail of its kind.
  const single = details.length === 1 ? details[0] : undefined;
  if (
    single &&
    /\b(?:should be|needs to be|has to be|would be better|make it|can it be|could it be)\b/i.test(
      note,
    ) &&
    // "the second Sunday instead of the first" names what it replaces: not this reading.
    !/\b(?:instead of|rather than)\b|\bnot (?!sure\b|happy\b|keen\b)/i.test(note)
  ) {
    const holders = plain.filter((l) => findDetails(l.text).some((x) => x.kind === single.kind));
    const old =
      holders.length === 1
        ? findDetails(holders[0]?.text ?? '').filter((x) => x.kind === single.kind)
        : [];
    const line = holders[0];
    if (line && old.length === 1 && old[0] && !sameDetail(old[0].text, single.text)) {
      const text = tidy(replaceDetail(line.text, old[0], single.text));
      return {
        lines: lines.map((l) => (l === line ? { ...l, text } : l)),
        what: `${old[0].text} to ${single.text}`,
      };
    }
  }
  for (const kind of new Set(details.map((d) => d.kind))) {
    const some = details.filter((d) => d.kind === kind);
    if (some.length !== 2) continue;
    const holders = some.map((d) =>
      plain.filter((l) => findDetails(l.text).some((x) => sameDetail(x.text, d.text))),
    );
    const fromAt = holders.findIndex((h) => h.length === 1);
    if (fromAt < 0 || holders[1 - fromAt]?.length !== 0) continue;
    const line = holders[fromAt]?.[0];
    const from = some[fromAt];
    const to = some[1 - fromAt];
    if (!line || !from || !to) continue;
    const old = findDetails(line.text).find((x) => sameDetail(x.text, from.text));
    if (!old) continue;
    const text = tidy(replaceDetail(line.text, old, to.text));
    return {
      lines: lines.map((l) => (l === line ? { ...l, text } : l)),
      what: `${from.text} to ${to.text}`,
    };
  }
  return null;
}

function tryAdd(
  lines: Lines,
  note: string,
  request: DraftChangeRequest,
  participants: MediatorParticipant[],
): { lines: Lines; what: string } | null {
  const clause = ADD.exec(note)?.[1] ?? plainAddition(note, participants);
  if (!clause || /^(?:something|a line about|a bit about|more about|anything)\b/i.test(clause))
    return null;
  const first = words(clause)[0]?.toLowerCase() ?? '';
  const named = participants.find((p) => p.name.trim().toLowerCase() === first);
  const other = otherOf(participants, request.participantId);
  let doerId: string | null;
  if (named) doerId = named.id;
  else if (/^i(?:'ll|'m|'d)?$/.test(first)) doerId = request.participantId;
  else if (/^you(?:'ll)?$/.test(first)) doerId = other?.id ?? null;
  else if (/^(?:we|we'll|both)$/.test(first)) doerId = null;
  else if (first === 'no') {
    // "no phones at dinner": a house rule both keep.
    const rule = toThirdPerson(trimClause(clause), shiftNames(participants, request.participantId));
    const text = endSentence(`${recordNames(participants)} agree that there will be ${rule}`);
    return { lines: [...lines, { participantId: null, text }], what: text };
  } else return null;
  const shifted = toThirdPerson(
    trimClause(clause),
    shiftNames(participants, request.participantId),
  );
  // "Sam hoovers on Sundays": a verb the tagger reads as a plural noun after a name.
  const namedVerb = /^(\p{L}+) (\p{L}{3,}?)(ies|es|s)\b(.*)$/u.exec(shifted);
  const future =
    !nlp(shifted).verbs().found && named && namedVerb
      ? `${namedVerb[1]} will ${namedVerb[2]}${namedVerb[3] === 'ies' ? 'y' : namedVerb[3] === 'es' && /(?:sh|ch|x|z|s)$/.test(namedVerb[2] ?? '') ? '' : namedVerb[3] === 'es' ? 'e' : ''}${namedVerb[4]}`
      : null;
  if (!future && !nlp(shifted).verbs().found) return null;
  const text = capitalize(endSentence(future ?? toFuture(shifted)));
  // "add that Tom texts me before the 1st if the rent is late" when "Tom will text Maya before
  // if it is late" is there: the fuller line takes the place of the one it restates.
  const restated = lines.find(
    (l) => !isAmendmentLine(l.text) && l.participantId === doerId && restates(text, l.text),
  );
  if (restated) {
    return { lines: lines.map((l) => (l === restated ? { ...l, text } : l)), what: text };
  }
  return { lines: [...lines, { participantId: doerId, text }], what: text };
}

/** True when the new line says everything the old one does, and more or the same. */
function restates(next: string, old: string): boolean {
  const meaning = (t: string) =>
    new Set(
      words(t)
        .filter((w) => !STOP.has(w.toLowerCase()) && w.length > 2)
        .map(stem),
    );
  const [a, b] = [meaning(next), meaning(old)];
  if (b.size < 3) return false;
  const shared = [...b].filter((w) => a.has(w)).length;
  const oldDetails = findDetails(old);
  return (
    shared / b.size >= 0.8 &&
    oldDetails.every((d) => findDetails(next).some((x) => sameDetail(x.text, d.text)))
  );
}

/** Applies each change request in order; what cannot be applied becomes an amendment. */
export function applyChangeRequests(
  commitments: AgreementCommitment[],
  requests: DraftChangeRequest[],
  participants: MediatorParticipant[],
  /** What was said around the making of a line, so "the bit about the uniform" finds "€90". */
  contextOf: (line: string) => string = () => '',
): { commitments: AgreementCommitment[]; outcomes: ChangeOutcome[] } {
  let lines = commitments;
  const outcomes: ChangeOutcome[] = [];
  for (const request of requests) {
    const note = normalizeText(request.note)
      .replace(POLITE, '')
      // "not sure about the money part, can it be £30": the doubt names the part, then the ask.
      .replace(NOT_SURE_ABOUT, 'about the $1 part, ');
    const id = request.participantId;
    const removed = tryRemove(lines, note, contextOf);
    const changed = removed
      ? null
      : (tryDetailSwap(lines, note) ??
        tryChange(lines, note) ??
        tryRetarget(lines, note, contextOf));
    const added = removed || changed ? null : tryAdd(lines, note, request, participants);
    const edited =
      removed || changed || added ? null : tryDetailEdit(lines, note, isAmendmentLine, score);
    const done = removed ?? changed ?? added ?? edited;
    if (done) {
      lines = done.lines.map((l) =>
        l.text === writtenDays(l.text) ? l : { ...l, text: writtenDays(l.text) },
      );
      const kind = removed ? removed.kind : changed || edited ? 'changed' : 'added';
      outcomes.push({ participantId: id, kind, what: done.what });
      continue;
    }
    const name = recordLabelOf(participants, id);
    const other = otherOf(participants, id);
    const otherName = other ? recordLabelOf(participants, other.id) : 'the other person';
    lines = [...lines, { participantId: id, text: amendmentText(name, otherName, request.note) }];
    outcomes.push({ participantId: id, kind: 'amendment', what: trimClause(request.note) });
  }
  return { commitments: lines, outcomes };
}
