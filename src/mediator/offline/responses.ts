/**
 * How one turn answers what is waiting for this person: a yes, a no, or a counter-offer that
 * changes a detail ("Thursdays I can't, I'll do Tuesdays instead"). Offers that answer the
 * other person's request are folded into it, so one commitment is never written twice.
 */

import { isAssent, isRejection } from './acceptance.js';
import { addAssentedDetails } from './assent-details.js';
import {
  appendDetail,
  type Detail,
  detailOnly,
  findDetails,
  mentions,
  replaceDetail,
  sameDetail,
} from './details.js';
import { extractProposals, type RawProposal } from './proposals.js';
import { normalizeText, splitSentences, words } from './text.js';
import type { TrackedProposal } from './tracked-proposal.js';

/** Words that show a detail is turned down ("Thursdays I'm at football"). */
const NEGATIVE =
  /\b(?:can't|cannot|can not|won't|no|not|never|too (?:early|late|much|soon)|i'm at|i've got|are my|is my|busy|(?:is|are|'s) (?:tough|hard|tricky|difficult|awkward|a stretch|a pain|no good|not ideal|bad for me)|(?:doesn't|does not|won't|will not|don't) suit|scratch)\b/i;
/** Words that offer a different detail. */
const ALTERNATIVE =
  /\b(?:instead|how about|what about|can we say|could we say|make it|rather|i'd want|i would want|though|only if|as long as|provided)\b/i;
/** A counter-offer said as a new idea ("Can we do pickup at 7pm Friday though?"). */
const CONTRAST = /\b(?:instead|though|rather|only if|as long as|provided)\b(?! (?:that )?you\b)/i;
/** "ok fine but only if you do the weekends": a condition asked of the other person. */
const CONDITION_ON_OTHER = /\b(?:only if|as long as|provided(?: that)?) you\b/i;
const ADDITIVE = /\b(?:too|as well|also)\b/i;

const STOP = new Set(
  "the a an and or to of on in at by for with will is are be it this that my your you i me we us our their them his her they do can could would should just also too then not i'll i'm you're every each".split(
    ' ',
  ),
);

/** The words that carry meaning, without details or small words, for comparing two actions. */
function contentWords(text: string): string[] {
  let rest = text;
  for (const d of [...findDetails(text)].reverse()) {
    rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
  }
  return words(rest.toLowerCase()).filter((w) => !STOP.has(w) && w.length > 2);
}

/** Shared meaning between two actions (word stems of five letters, or whole short words). */
function overlap(a: string, b: string): number {
  const stem = (w: string) => w.slice(0, 5);
  const wb = new Set(contentWords(b).map(stem));
  return new Set(contentWords(a).map(stem)).size === 0
    ? 0
    : [...new Set(contentWords(a).map(stem))].filter((w) => wb.has(w)).length;
}

/** True when the two actions are the same commitment said twice. */
export function sameAction(a: string, b: string): boolean {
  const shorter = Math.min(contentWords(a).length, contentWords(b).length);
  if (shorter === 0 || overlap(a, b) / shorter < 0.75) return false;
  // The same words with other times or days ("at 11pm on Fridays") is a second commitment.
  const [da, db] = [findDetails(a), findDetails(b)];
  const within = (x: Detail[], y: Detail[]) =>
    x.every((d) => y.some((e) => sameDetail(d.text, e.text)));
  return within(da, db) || within(db, da);
}

/** What one sentence of the answer does. */
interface SentenceRead {
  text: string;
  /** True when the sentence makes a new proposal of its own, so its details are not a counter. */
  proposes: boolean;
  assent: boolean;
  negative: boolean;
  alternative: boolean;
  details: Detail[];
}

/** "if I can't", "if she can't make it": a condition on the offer, not a no to it. */
const IF_NOT =
  /\b(?:if|when|whenever|in case) (?:i|you|he|she|we|they|\p{L}+) (?:can't|cannot|won't|don't|doesn't|am not|is not|isn't)(?: (?:do|make|manage) (?:it|one|that))?\b/giu;

/**
 * "6:30pm and I'll leave by 4", "ok 8:45pm on weeknights, I will pick up": the answer and the
 * speaker's own offer beside it are read apart, so the answer's details still count.
 */
const OWN_OFFER_AFTER = /,?\s+and\s+(?=(?:I|we)(?:'ll| will)\s)|,\s*(?=(?:I|we)(?:'ll| will)\s)/i;

function readSentences(text: string): SentenceRead[] {
  return splitSentences(normalizeText(text))
    .flatMap((s) => {
      const [head, ...rest] = s.split(OWN_OFFER_AFTER);
      // Only a short answer in front ("6:30pm", "ok 8:45pm on weeknights") is split off.
      return head && rest.length > 0 && findDetails(head).length > 0 && head.split(' ').length <= 6
        ? [head, rest.join(', ')]
        : [s];
    })
    .map((s) => readSentence(s));
}

/** "no phones at dinner": a house rule said back, not a no. */
const NO_RULE = /\bno (?=\p{L}+ (?:at|in|during|after|before|on|over|past)\b)/giu;

function readSentence(s: string): SentenceRead {
  const plain = s.replace(IF_NOT, '').replace(NO_RULE, '');
  return {
    text: s,
    // A new offer of one's own ("I'll also mow the lawn on Saturdays") keeps its details too,
    // unless it is said as a counter ("Can we do pickup at 7pm though").
    proposes:
      CONDITION_ON_OTHER.test(s) ||
      extractProposals(s).some(
        (r) =>
          (r.owner === 'other' || !CONTRAST.test(s)) &&
          detailOnly(r.action.replace(/^(?:do|take|have|go for|say|make it)\s+/i, '')).length === 0,
      ),
    // "weekends though we can go later yeah?": a tag question asks for a yes, it gives none.
    assent:
      isAssent(plain) &&
      !NEGATIVE.test(plain.replace(/\bno problem\b/i, '')) &&
      !/\b(?:yeah|yes|yeh|ok|okay|right|alright|eh)\?$/i.test(s),
    negative: NEGATIVE.test(plain.replace(/\bno problem\b/i, '')) || isRejection(plain),
    // "And the 12th?" asks about a detail; "How about the 12th?" offers one.
    alternative:
      (ALTERNATIVE.test(s) && !CONDITION_ON_OTHER.test(s)) ||
      ADDITIVE.test(s) ||
      // "£200 is too much. £150 a month from the 1st": a sentence led by a detail offers it.
      (/^(?:[£$€₹]\s?\d|\d+(?:k|\s?(?:am|pm))?\b)/i.test(s) &&
        findDetails(s)[0]?.index === 0 &&
        !NEGATIVE.test(s) &&
        !isRejection(s) &&
        !isAssent(s)) ||
      (detailOnly(s).length > 0 && !/^(?:and|so|what|when|which)\b.*\?$/i.test(s)),
    details: findDetails(s),
  };
}

/** Applies new details to the proposal they amend; returns true when something changed. */
function amend(
  target: TrackedProposal[],
  fresh: Detail[],
  declined: string[],
  assented: string[],
  additive: boolean,
  span: string | null,
): TrackedProposal | null {
  const kind = fresh[0]?.kind;
  if (!kind) return null;
  // "Pay it by Friday?" "I can do €90 by the 1st": each kind of detail amends its own.
  const kinds = new Set(fresh.map((d) => d.kind));
  const when = (k: string) => (k === 'day' || k === 'date' ? 'when' : k);
  // "11 is fine on weeknights. can I have it till 1am on saturdays?": a time and a day the other
  // already said yes to the old ones of is the same plan for other days, beside the first.
  if (kinds.size > 1 && !kinds.has('amount')) {
    const holder = target.find((p) =>
      findDetails(p.action).some((d) => fresh.some((f) => when(f.kind) === when(d.kind))),
    );
    const olds = holder
      ? findDetails(holder.action).filter((d) => fresh.some((f) => when(f.kind) === when(d.kind)))
      : [];
    const freshKinds = new Set(fresh.map((d) => when(d.kind)));
    const covers = [...freshKinds].every((k) => olds.some((d) => when(d.kind) === k));
    if (holder && covers && olds.every((d) => assented.some((x) => sameDetail(x, d.text)))) {
      return variantOf(holder, fresh);
    }
  }
  if (kinds.size > 1 && kinds.has('amount')) {
    let last: TrackedProposal | null = null;
    for (const k of ['date', 'day', 'time', 'amount'] as const) {
      const some = fresh.filter((d) => d.kind === k);
      if (some.length > 0) last = amend(target, some, declined, assented, additive, null) ?? last;
    }
    return last;
  }
  const sameKind = (p: TrackedProposal) =>
    findDetails(p.action).filter((d) => when(d.kind) === when(kind));
  const chosen =
    target.find((p) => sameKind(p).some((d) => declined.some((x) => sameDetail(x, d.text)))) ??
    target.find((p) => sameKind(p).length > 0) ??
    target[target.length - 1];
  if (!chosen) return null;
  const candidates = sameKind(chosen);
  const text = fresh.map((d) => d.text).join(' and ');
  // "10pm is ok if I can have it till 11pm on Fridays": the old detail stands; this is a variant.
  const allAssented =
    candidates.length > 0 && candidates.every((d) => assented.some((x) => sameDetail(x, d.text)));
  if (allAssented && !additive) return variantOf(chosen, fresh);
  const pronoun = /^((?:pay|send|give|transfer|put in|lend) )(?:it|that|this)\b/i;
  if (kind === 'amount' && candidates.length === 0 && pronoun.test(chosen.action)) {
    chosen.action = chosen.action.replace(pronoun, `$1${text}`);
    return chosen;
  }
  if (additive || candidates.length === 0) {
    const last = candidates[candidates.length - 1];
    chosen.action = last
      ? replaceDetail(chosen.action, last, `${last.text} and ${text}`)
      : appendDetail(chosen.action, { ...fresh[0]!, text });
    return chosen;
  }
  const old =
    candidates.find((d) => declined.some((x) => sameDetail(x, d.text))) ??
    candidates.find((d) => !assented.some((x) => sameDetail(x, d.text))) ??
    candidates[0]!;
  const kept = fresh.filter((d) => !candidates.some((c) => sameDetail(c.text, d.text)));
  const replacement = span ?? kept.map((d) => d.text).join(' and ');
  if (replacement) chosen.action = replaceDetail(chosen.action, old, replacement);
  return chosen;
}

/** A copy of the proposal with each kind of detail swapped for the new ones of that kind. */
function variantOf(original: TrackedProposal, fresh: Detail[]): TrackedProposal {
  let action = original.action;
  const kinds = [...new Set(fresh.map((d) => d.kind))];
  for (const kind of kinds) {
    const old = findDetails(action).find((d) => d.kind === kind);
    const text = fresh
      .filter((d) => d.kind === kind)
      .map((d) => d.text)
      .join(' and ');
    action = old
      ? replaceDetail(action, old, text)
      : appendDetail(action, { kind, text, index: 0 });
  }
  return { ...original, action, variant: true };
}

/** Swaps "me" and "you" so the other person's words read in the proposer's voice. */
function swapVoice(text: string): string {
  const swap: Record<string, string> = {
    me: 'you',
    you: 'me',
    my: 'your',
    your: 'my',
    i: 'you',
    mine: 'yours',
    yours: 'mine',
  };
  return text.replace(/\b(?:me|you|my|your|I|mine|yours)\b/g, (w) => swap[w.toLowerCase()] ?? w);
}

/**
 * "£500 from me and £600 from you": when a counter-offer restates the turned-down detail with
 * new ones, the whole stretch replaces it, in the proposer's voice.
 */
function counterSpan(sentence: SentenceRead, declined: string[], fresh: Detail[]): string | null {
  const ds = sentence.details;
  const hasDeclined = ds.some((d) => declined.some((x) => sameDetail(x, d.text)));
  const freshHere = ds.filter((d) => fresh.some((f) => f.text === d.text));
  // "$85 now and $85 next fortnight?": a counter led by amounts split over time is one span.
  const split = freshHere.length >= 2 && ds[0]?.index === 0 && freshHere.length === ds.length;
  if ((!hasDeclined && !split) || freshHere.length === 0 || ds.length < 2) return null;
  const first = ds[0]!;
  const last = ds[ds.length - 1]!;
  let end = last.index + last.text.length;
  const when =
    /^ (?:now|today|tonight|next (?:week|fortnight|month)|this (?:week|month)|after that|the week after|the month after)\b/i.exec(
      sentence.text.slice(end),
    );
  if (when) end += when[0].length;
  const tail = /^ from (?:me|you)\b/i.exec(sentence.text.slice(end));
  if (tail) end += tail[0].length;
  const span = sentence.text.slice(first.index, end);
  // Only a short stretch of details is one counter ("£500 from me and £600 from you").
  if (/[,;]/.test(span) || span.split(' ').length > 8) return null;
  return swapVoice(span);
}

/** The details a sentence turns down, clause by clause ("Mondays yes, Thursdays I can't"). */
function declinedIn(sentences: SentenceRead[]): Detail[] {
  return sentences
    .filter((s) => s.negative && !s.assent)
    .flatMap((s) => {
      const clauses = s.text.split(/,\s*/).filter((c) => NEGATIVE.test(c) || isRejection(c));
      const from =
        clauses.length > 0 && clauses.length < s.text.split(/,\s*/).length ? clauses : [s.text];
      return from.flatMap((c) => findDetails(c));
    });
}

/**
 * "Actually Thursdays I'm at football, scratch the Thursdays. Tuesdays and Sundays?": a person
 * changing a detail of their own offer. The offer takes the new detail and waits for a yes again.
 */
function reviseOwn(
  proposals: TrackedProposal[],
  speakerId: string,
  text: string,
  turn: number,
  raws: RawProposal[],
  consumed: Set<RawProposal>,
): boolean {
  // Most turns turn nothing down: only then is it worth reading the sentences.
  if (!NEGATIVE.test(text) && !isRejection(text)) return false;
  const sentences = readSentences(text);
  const declined = declinedIn(sentences);
  if (declined.length === 0) return false;
  const waiting = proposals.filter((p) => p.status === 'open' && p.awaitingId === speakerId);
  const inWaiting = (d: Detail) => waiting.some((p) => mentions(p.action, d.text));
  if (declined.some(inWaiting)) return false;
  const own = [...proposals]
    .reverse()
    .find(
      (p) =>
        p.status !== 'declined' &&
        p.committerId === speakerId &&
        p.proposerId === speakerId &&
        declined.some((d) => mentions(p.action, d.text)),
    );
  if (!own) return false;
  const old = findDetails(own.action).find((d) => declined.some((x) => sameDetail(x.text, d.text)));
  const fresh = sentences
    .filter((s) => s.alternative && !s.proposes)
    .flatMap((s) => s.details)
    .filter(
      (d) =>
        d.kind === old?.kind &&
        !mentions(own.action, d.text) &&
        !declined.some((x) => sameDetail(x.text, d.text)),
    );
  if (!old || fresh.length === 0) return false;
  own.action = replaceDetail(own.action, old, fresh.map((d) => d.text).join(' and '));
  own.status = 'open';
  own.awaitingId = proposals.find((p) => p.proposerId !== speakerId)?.proposerId ?? null;
  own.lastTurn = turn;
  own.amended = true;
  for (const raw of raws) if (detailOnly(raw.action).length > 0) consumed.add(raw);
  // Going on with one's own offer, without a no, says yes to the other's offer waiting.
  for (const p of waiting) if (p.owner === 'speaker') p.status = 'accepted';
  return true;
}

/** The result of answering: which of the new proposals were used up by the answer. */
export interface Answer {
  accepted: boolean;
  consumed: Set<RawProposal>;
}

/**
 * Settles what was waiting for `speakerId` (the other person's most recent proposals) from
 * what they just wrote and the proposals found in it.
 */
export function answerWaiting(
  proposals: TrackedProposal[],
  speakerId: string,
  text: string,
  turn: number,
  raws: RawProposal[],
): Answer {
  const consumed = new Set<RawProposal>();
  const revised = reviseOwn(proposals, speakerId, text, turn, raws, consumed);
  if (revised) return { accepted: false, consumed };
  const waiting = proposals.filter((p) => p.status === 'open' && p.awaitingId === speakerId);
  const lastTurn = Math.max(-1, ...waiting.map((p) => p.lastTurn));
  const target = waiting.filter((p) => p.lastTurn === lastTurn);
  if (target.length === 0) return { accepted: false, consumed };
  const sentences = readSentences(text);
  const inTarget = (d: Detail) => target.some((p) => mentions(p.action, d.text));
  // "Fine, 11pm on Fridays" restates what is already agreed; it amends nothing else.
  const settled = (d: Detail) =>
    proposals.some((p) => p.status === 'accepted' && mentions(p.action, d.text));
  // "Mondays yes, Thursdays I'm at football": only the clause that says no declines its detail.
  const declined = sentences
    .filter((s) => s.negative && !s.assent)
    .flatMap((s) => {
      const clauses = s.text.split(/,\s*/).filter((c) => NEGATIVE.test(c) || isRejection(c));
      const from =
        clauses.length > 0 && clauses.length < s.text.split(/,\s*/).length ? clauses : [s.text];
      return from.flatMap((c) =>
        findDetails(c)
          .filter(inTarget)
          .map((d) => d.text),
      );
    });
  const assented = sentences.filter((s) => s.assent).flatMap((s) => s.details.map((d) => d.text));
  // Offers that only name a detail ("I'll do Tuesdays instead") are counter-offers.
  for (const raw of raws) {
    if (raw.owner === 'speaker' || raw.owner === 'both') {
      const bare = detailOnly(raw.action.replace(/^(?:do|take|have|go for|say)\s+/i, ''));
      if (bare.length > 0 && !bare.every(inTarget)) consumed.add(raw);
    }
  }
  // "That works. Also the fence, the quote was $1,200": "also" with other words moves on.
  const newTopic = (s: SentenceRead) =>
    /^(?:and |so |oh )?(?:also|plus)\b/i.test(s.text) &&
    contentWords(s.text).length >= 2 &&
    target.every((p) => overlap(p.action, s.text) === 0);
  const fresh = sentences
    .filter((s) => !s.proposes && !newTopic(s))
    .filter((s) => s.alternative || [...consumed].some((r) => s.text.includes(r.action)))
    .flatMap((s) => s.details.filter((d) => !inTarget(d) && !settled(d)));
  const additive = sentences.some(
    (s) =>
      !s.proposes && !newTopic(s) && ADDITIVE.test(s.text) && s.details.some((d) => !inTarget(d)),
  );
  const spans = sentences.filter((s) => s.alternative).map((s) => counterSpan(s, declined, fresh));
  const span = spans.find((x) => x !== null) ?? null;
  const amended =
    fresh.length > 0 ? amend(target, fresh, declined, assented, additive, span) : null;
  if (amended?.variant) {
    proposals.push(amended);
    target.push(amended);
  }
  // "Mondays and Tuesdays works": restating the details with a yes settles it.
  const restatedYes =
    amended !== null &&
    fresh.every((d) => assented.some((x) => sameDetail(x, d.text))) &&
    sentences.some((s) => s.assent) &&
    !sentences.some((s) => s.negative && !s.assent);
  if (amended) {
    // "9pm?" "8:45?": a counter to a counter waits for the other person again.
    amended.awaitingId =
      [amended.proposerId, amended.committerId].find((id) => id && id !== speakerId) ?? null;
    if (restatedYes) {
      amended.status = 'accepted';
      amended.awaitingId = null;
    }
    amended.lastTurn = turn;
    amended.amended = true;
  }
  const rest = target.filter((p) => p !== amended);
  if (amended) delete amended.variant;
  // The last word wins: "Love that. Actually no, let's take turns" turns it down.
  const verdict = [...sentences].reverse().find((s) => s.assent || isRejection(s.text));
  // "5:30pm, and I'll bring their bags": saying back the detail on offer, and nothing else, is a yes.
  const echoes = sentences.some(
    (s) =>
      !s.negative &&
      s.details.length > 0 &&
      detailOnly(s.text).length > 0 &&
      s.details.every(inTarget),
  );
  const assent = verdict?.assent ?? (echoes && fresh.length === 0);
  const rejects = verdict !== undefined && !verdict.assent;
  let accepted = false;
  for (const p of rest) {
    const turnedDown = findDetails(p.action).some((d) =>
      declined.some((x) => sameDetail(x, d.text)),
    );
    if (rejects || (turnedDown && !amended)) p.status = 'declined';
    else if (assent || amended) {
      p.status = 'accepted';
      accepted = true;
    }
  }
  if (!amended && assent) addAssentedDetails(rest, sentences, (d) => settled(d) || inTarget(d));
  // A counter-offer of one's own ("I'll do the hoovering then") answers an offer with a yes.
  const ownOffers = raws.some((r) => !consumed.has(r) && r.owner === 'speaker');
  // "And could you collect her by 5?": moving on to the next point, without a no, keeps the offer.
  const movesOn =
    /^(?:and|also|plus|ok|okay|right)\b/i.test(normalizeText(text)) &&
    raws.some((r) => !consumed.has(r));
  if (!assent && !rejects && !amended && (ownOffers || movesOn)) {
    for (const p of rest.filter((x) => x.owner === 'speaker' && x.status === 'open')) {
      p.status = 'accepted';
      accepted = true;
    }
  }
  return { accepted, consumed };
}

/** An action without the people it names: a shared "Mia" does not make two offers one. */
function withoutNames(action: string): string {
  return action.replace(/(?<=\s)\p{Lu}\p{Ll}+(?:'s)?/gu, '');
}

/**
 * The offer with "her"/"him" put back as "you" when it echoes the "me" of the request it answers
 * ("text me before" / "text her before"), or null. Only the verb's own object is read so: in
 * "ask her to call first" answered "I'll ask her to call", "her" is someone else.
 */
function echoOfAsker(request: string, offer: string): string | null {
  const stem = (w: string) => w.toLowerCase().slice(0, 5);
  const asked = new Set(
    [...request.matchAll(/\b(\p{L}+) (?:me|my)\b/giu)].map((m) => stem(m[1] ?? '')),
  );
  if (asked.size === 0) return null;
  let echoed = false;
  const out = offer.replace(
    /\b(\p{L}+) (her|him|his)\b/giu,
    (whole, verb: string, pronoun: string) => {
      if (!asked.has(stem(verb))) return whole;
      echoed = true;
      return `${verb} ${pronoun.toLowerCase() === 'his' ? 'your' : 'you'}`;
    },
  );
  return echoed ? out : null;
}

/** Folds an offer into the other person's request it answers ("Could you text me?" "I'll text you"). */
export function foldIntoRequest(
  proposals: TrackedProposal[],
  speakerId: string,
  raw: RawProposal,
  turn: number,
  justAccepted: ReadonlySet<TrackedProposal> = new Set(),
): boolean {
  if (raw.owner !== 'speaker') return false;
  const request = [...proposals].reverse().find((p) => {
    if (p.owner !== 'other' || p.committerId !== speakerId || p.status === 'declined') return false;
    // One offer answers a request: "I'll call her Sundays. And I'll send ₹15,000" is two.
    if (p.foldedTurn === turn || turn - p.lastTurn > 2) return false;
    const shared = overlap(withoutNames(p.action), withoutNames(raw.action));
    // "do the weekends" answered with "I'll do Saturdays and Sundays": only details, one answer.
    const bare = (a: string) => contentWords(a).length === 0 && findDetails(a).length > 0;
    if (bare(p.action) && bare(raw.action)) return true;
    // "Mondays I can, I'll bring his boots too": beside a yes, only a close offer is the same.
    const pointsBack = /\b(?:it|that|them)\b/i.test(raw.action);
    if (justAccepted.has(p)) {
      // Small words ("from", "up") do not make "pick them up from school" the same as the yes.
      const plain = (a: string) =>
        withoutNames(a).replace(
          /\b(?:from|after|before|till|until|up|off|out|into|over|round|back)\b/gi,
          '',
        );
      const close = overlap(plain(p.action), plain(raw.action));
      return close >= 2 || (close > 0 && /\b(?:it|that)\b/i.test(raw.action));
    }
    return shared > 0 || pointsBack;
  });
  if (!request) return false;
  request.foldedTurn = turn;
  const requestWords = contentWords(request.action).length;
  const offerWords = contentWords(raw.action).length;
  // "he texts me before" answered "i will text her before": "her" is the one who asked.
  const echoed = echoOfAsker(request.action, raw.action);
  if (echoed) raw.action = echoed;
  if (offerWords >= requestWords || echoed) {
    const details = findDetails(request.action);
    request.action = raw.action;
    request.owner = 'speaker';
    request.form = raw.form;
    request.proposerId = speakerId;
    for (const d of details) {
      if (!mentions(request.action, d.text)) request.action = appendDetail(request.action, d);
    }
  } else {
    for (const d of findDetails(raw.action)) {
      if (mentions(request.action, d.text)) continue;
      const broader = findDetails(request.action).find(
        (b) => b.kind === d.kind && d.text.toLowerCase().includes(b.text.toLowerCase()),
      );
      request.action = broader
        ? replaceDetail(request.action, broader, d.text)
        : appendDetail(request.action, d);
    }
  }
  request.status = 'accepted';
  request.awaitingId = null;
  request.lastTurn = turn;
  return true;
}

/** "Actually, scratch the lunch" / "forget the pub": the thing a person takes back. */
const RETRACTION =
  /\b(?:scratch|forget|drop|cancel|ignore|never mind|not) (?:about )?(?:the|that|my) ([\p{L}' ]+?)(?: bit| part| idea| thing)?(?=[,.;!?]|$| it'?s\b| he\b| she\b| they\b)/iu;

/** Marks what the speaker takes back as declined, so no draft carries it. */
export function retract(proposals: TrackedProposal[], speakerId: string, text: string): void {
  const match = RETRACTION.exec(normalizeText(text));
  const what = match?.[1]?.trim();
  if (!what) return;
  for (const p of proposals) {
    const theirs = p.proposerId === speakerId || p.committerId === speakerId;
    if (theirs && p.status !== 'declined' && overlap(p.action, what) > 0) p.status = 'declined';
  }
}
