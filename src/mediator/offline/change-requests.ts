/**
 * Applies what people asked to change in a draft: take a line out ("take out the part about
 * cooking"), change a detail ("change 7pm to 8pm"), or add a line ("add that Sam walks the dog
 * on Sundays"). A request that cannot be read that way is never dropped: it goes into the next
 * draft as that person's own amendment, for the other person to accept or not.
 */

import nlp from 'compromise';
import type { AgreementCommitment, DraftChangeRequest, MediatorParticipant } from '../mediator.js';
import { findDetails, replaceDetail } from './details.js';
import { otherOf, recordLabelOf, shiftNames } from './participants.js';
import { toThirdPerson } from './person-shift.js';
import { capitalize, endSentence, normalizeText, trimClause, words } from './text.js';
import { toFuture } from './verb-forms.js';

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
  /^(?:(?:no|ok|okay|so|and|also|sorry|hi|yes|but)\b,?\s*)*(?:(?:please|can you|could you|can we|could we|would you|i'd like (?:you )?to|i would like to|i want to|let's|we should)\s+)*/i;
const REMOVE =
  /\b(?:take out|take away|remove|delete|drop|leave out|cut out|get rid of|scrap|strike out)\b|\bleave (?:it|that|this|them) out\b|\bdon'?t want\b/i;
const QUOTED = /(?:^|\s)['"]([^'"]{3,}?)['"](?=[\s,.!?]|$)/;
const PART =
  /\b(?:part|bit|line|one|thing|sentence|point)s? (?:about|on|with|where|saying|that says|re) (?:the )?(.+?)(?:[,;!?]|\.(?:\s|$)|$)/i;
const AFTER_REMOVE =
  /\b(?:take out|take away|remove|delete|drop|leave out|cut out|get rid of|scrap|strike out) (?:the )?(.+?)(?:[,;!?]|\.(?:\s|$)|$)/i;
const CHANGE_TO = /\bchange (?:the )?(.+?) to (.+?)(?:[,;!?]|\.(?:\s|$)|$)/i;
const INSTEAD_OF =
  /\b(?:make|move|have|do) (?:it |that |this |the (.+?) )?(.+?),? (?:instead of|rather than|not) (?:the )?(.+?)(?:[,;!?]|\.(?:\s|$)|$)/i;
/** "£10 not £15", "8pm instead of 7pm": a bare swap of one detail for another. */
const SWAP =
  /^(?:it should be |make it |should be )?(.+?),? (?:not|instead of|rather than) (.+?)(?:[,;!?]|\.(?:\s|$)|$)/i;
const ADD =
  /\b(?:add|put in|include|put down|write in)(?: in)?(?: that| a line that| a line saying| something saying)? (.+?)(?:[;!?]|\.(?:\s|$)|$)/i;

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
    const at = line.toLowerCase().indexOf(f.toLowerCase());
    if (at < 0 || !f) continue;
    return tidy(line.slice(0, at) + trimRepeats(line, to) + line.slice(at + f.length));
  }
  // "Sunday 5pm" -> 6pm: change the detail of the same kind that the line carries.
  const target = findDetails(to)[0];
  for (const d of findDetails(from)) {
    const inLine = findDetails(line).find(
      (x) => x.text.toLowerCase() === d.text.toLowerCase() && (!target || x.kind === target.kind),
    );
    if (inLine) return tidy(replaceDetail(line, inLine, trimRepeats(line, target?.text ?? to)));
  }
  return null;
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

function tryRemove(
  lines: Lines,
  note: string,
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
  const target = quoted ?? PART.exec(note)?.[1] ?? AFTER_REMOVE.exec(note)?.[1];
  if (!target) return null;
  const scored = lines.map((l) => ({ l, s: isAmendmentLine(l.text) ? 0 : score(l.text, target) }));
  const best = Math.max(0, ...scored.map((x) => x.s));
  const hits = scored.filter((x) => x.s === best && best > 0);
  if (hits.length !== 1) return null;
  return {
    lines: lines.filter((l) => l !== hits[0]?.l),
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
  if (change) [from, to] = [change[1], change[2]];
  else if (instead) [context, to, from] = [instead[1], instead[2], instead[3]];
  else if (
    swap?.[1] &&
    swap[2] &&
    findDetails(swap[1]).length > 0 &&
    findDetails(swap[2]).length > 0
  ) {
    [to, from] = [swap[1], swap[2]];
  }
  if (!from || !to) return null;
  [from, to] = [trimClause(from), trimClause(to)];
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

function tryAdd(
  lines: Lines,
  note: string,
  request: DraftChangeRequest,
  participants: MediatorParticipant[],
): { lines: Lines; what: string } | null {
  const clause = ADD.exec(note)?.[1];
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
  else return null;
  const shifted = toThirdPerson(
    trimClause(clause),
    shiftNames(participants, request.participantId),
  );
  if (!nlp(shifted).verbs().found) return null;
  const text = capitalize(endSentence(toFuture(shifted)));
  return { lines: [...lines, { participantId: doerId, text }], what: text };
}

/** Applies each change request in order; what cannot be applied becomes an amendment. */
export function applyChangeRequests(
  commitments: AgreementCommitment[],
  requests: DraftChangeRequest[],
  participants: MediatorParticipant[],
): { commitments: AgreementCommitment[]; outcomes: ChangeOutcome[] } {
  let lines = commitments;
  const outcomes: ChangeOutcome[] = [];
  for (const request of requests) {
    const note = normalizeText(request.note).replace(POLITE, '');
    const id = request.participantId;
    const removed = tryRemove(lines, note);
    const changed = removed ? null : tryChange(lines, note);
    const added = removed || changed ? null : tryAdd(lines, note, request, participants);
    const done = removed ?? changed ?? added;
    if (done) {
      lines = done.lines;
      const kind = removed ? removed.kind : changed ? 'changed' : 'added';
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
