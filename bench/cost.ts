/**
 * npm run bench:cost — WhatsApp spend per mediation, naive policy vs Meedi8's, over a few
 * thousand simulated mediations. The decisions are made by Meedi8's own policy code (`dueTime`,
 * `seenSince`, `chooseChannel`, `noticeTemplate`) on simulated time; only people's behaviour
 * (when they reply, whether they are in the room, whether they write to the Meedi8 number) is
 * simulated, with a fixed seed so runs compare.
 *
 * (a) naive: a template, at once, to every participant on WhatsApp for every new message in the
 *     room they did not write themselves — each statement, each mediator reply (which follows
 *     every statement), each notice of a break or an agreement.
 * (b) Meedi8: notices coalesce, wait for digests, are skipped when the person saw the change in
 *     the room, and inside the 24-hour window go as free text.
 * Every turn someone was not there to see must still reach them: misses are counted and must be 0.
 */

import { seenSince } from '../src/domain/mediation/presence.js';
import { chooseChannel } from '../src/notifications/choose-channel.js';
import { noticeTemplate } from '../src/notifications/compose-notices.js';
import { dueTime, type Preferences } from '../src/notifications/due-time.js';
import type { NoticeKind } from '../src/notifications/notice.js';

const MEDIATIONS = Number(process.env.MEDIATIONS ?? 3000);
const SEED = Number(process.env.SEED ?? 42);
const COALESCE_MS = 20_000;
const MIN = 60_000;
const HOUR = 60 * MIN;
const WINDOW = 24 * HOUR;
const REMIND_AFTER = 20 * HOUR;

/** Utility template rates (USD) by recipient country; in-window utility and free text cost 0. */
const UTILITY_RATE: Record<string, number> = {
  GB: 0.022,
  US: 0.004,
  IN: 0.0014,
  BR: 0.0068,
  DE: 0.055,
};
const COUNTRIES: [string, number][] = [
  ['GB', 0.4],
  ['US', 0.3],
  ['IN', 0.15],
  ['BR', 0.1],
  ['DE', 0.05],
];

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(weighted: [T, number][]): T => {
  let r = random();
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r <= 0) return value;
  }
  return weighted[weighted.length - 1]![0];
};
const between = (lo: number, hi: number) => lo + random() * (hi - lo);

interface Person {
  name: string;
  country: string;
  onWhatsApp: boolean;
  email: boolean;
  /** Chance they answer a WhatsApp notice by writing to the Meedi8 number (opens the window). */
  writesBack: number;
  /** Takes their turns in WhatsApp itself (each reply is a message to the Meedi8 number). */
  repliesInWhatsApp: boolean;
  prefs: Preferences;
  lastInbound: number | null;
  /** Time intervals when they have the room open. */
  online: [number, number][];
}

interface Event {
  at: number;
  kind: NoticeKind;
  to: Person;
  from: Person;
}

function person(name: string, invitee: boolean): Person {
  const frequency = pick<Preferences['frequency']>([
    ['realtime', 0.85],
    ['hourly', 0.1],
    ['daily', 0.05],
  ]);
  return {
    name,
    country: pick(COUNTRIES),
    // Invitees mostly arrive by WhatsApp and say yes to updates; initiators often use the web.
    onWhatsApp: random() < (invitee ? 0.85 : 0.6),
    email: !invitee || random() < 0.3,
    writesBack: pick([
      [0, 0.5],
      [0.3, 0.3],
      [0.8, 0.2],
    ]),
    repliesInWhatsApp: false,
    prefs: { frequency, quietHours: null, timeZone: 'UTC', coalesceMs: COALESCE_MS },
    lastInbound: null,
    online: [],
  };
}

/** One mediation's events: sittings, some live (both in the room), some by turns hours apart. */
function simulateMediation(start: number): { events: Event[]; people: [Person, Person] } {
  const a = person('A', false);
  const b = person('B', true);
  // Some people hold their side of the mediation in WhatsApp chats, others in the browser.
  a.repliesInWhatsApp = a.onWhatsApp && random() < 0.2;
  b.repliesInWhatsApp = b.onWhatsApp && random() < 0.4;
  const events: Event[] = [{ at: start, kind: 'partner_joined', to: a, from: b }];
  let now = start + between(5, 60) * MIN;
  let speaker = a;
  const sittings = 1 + Math.floor(random() * 4);
  for (let s = 0; s < sittings; s++) {
    const live = random() < 0.5;
    const turns = 4 + Math.floor(random() * 9);
    const sittingStart = now;
    for (let i = 0; i < turns; i++) {
      const listener = speaker === a ? b : a;
      events.push({ at: now, kind: 'turn', to: listener, from: speaker });
      if (live && i === turns - 2 && random() < 0.2) {
        events.push({ at: now + 30_000, kind: 'break_requested', to: speaker, from: listener });
      }
      now += live ? between(1, 4) * MIN : between(30, 30 * 60) * MIN;
      speaker = listener;
    }
    if (live) {
      a.online.push([sittingStart - MIN, now]);
      b.online.push([sittingStart - MIN, now]);
    }
    now += between(6, 72) * HOUR;
  }
  events.push({ at: now, kind: 'agreement_reached', to: a, from: b });
  events.push({ at: now, kind: 'agreement_reached', to: b, from: a });
  return { events, people: [a, b] };
}

const isOnline = (p: Person, at: number) => p.online.some(([from, to]) => at >= from && at <= to);
const windowOpen = (p: Person, at: number) => p.lastInbound !== null && at - p.lastInbound < WINDOW;
const templateCost = (p: Person, at: number) =>
  windowOpen(p, at) ? 0 : (UTILITY_RATE[p.country] ?? 0.008);

let naiveSpend = 0;
let meedi8Spend = 0;
let naiveMessages = 0;
const counts = {
  templates: 0,
  freeTexts: 0,
  emails: 0,
  seen: 0,
  coalesced: 0,
  digests: 0,
  reminders: 0,
};
let turnsOwed = 0;
let turnsMissed = 0;

for (let m = 0; m < MEDIATIONS; m++) {
  const { events, people } = simulateMediation(Date.UTC(2026, 10, 1) + m * 7 * 1000);
  // Someone who holds their side in WhatsApp started the mediation in their chat, or joined it
  // by answering the invite there: either way they wrote to Meedi8 when it began.
  const start = events[0]!.at;
  const startWindows = () => {
    for (const p of people) p.lastInbound = p.repliesInWhatsApp ? start : null;
  };
  // (a) naive: every new room message told to every participant who did not write it.
  startWindows();
  const roomMessages = events.flatMap((e) =>
    e.kind === 'turn'
      ? [
          { at: e.at, author: e.from, from: e.from },
          // The mediator answers each statement; nobody in the room wrote that one.
          { at: e.at + 10_000, author: null, from: e.from },
        ]
      : e.kind === 'partner_joined'
        ? []
        : [{ at: e.at, author: e.from, from: e.from }],
  );
  for (const message of roomMessages) {
    if (message.author?.repliesInWhatsApp && message.author === message.from)
      message.author.lastInbound = message.at;
    for (const p of people) {
      if (p === message.author || !p.onWhatsApp) continue;
      naiveSpend += templateCost(p, message.at);
      naiveMessages++;
      if (random() < p.writesBack) p.lastInbound = message.at + between(1, 10) * MIN;
    }
  }
  // (b) Meedi8: the same events through the policy code.
  startWindows();
  // People's own WhatsApp replies, known in advance of the policy's decisions by time.
  const repliesFrom = (p: Person) =>
    events.filter((e) => e.kind === 'turn' && e.from === p && p.repliesInWhatsApp).map((e) => e.at);
  const lastReplyBefore = (p: Person, at: number) =>
    repliesFrom(p)
      .filter((t) => t <= at)
      .at(-1) ?? null;
  for (const p of people) {
    const mine = events
      .filter((e) => e.to === p)
      .map((e) => ({ ...e, due: dueTime(p.prefs, new Date(e.at))!.getTime(), done: false }));
    for (const notice of mine) {
      if (notice.done) continue;
      const sendAt = notice.due;
      const batch = mine.filter((n) => !n.done && n.at <= sendAt && n.due <= sendAt + 1);
      for (const n of batch) n.done = true;
      // Presence: a person in the room when (or after) it happened has seen it.
      const lastSeen = isOnline(p, sendAt)
        ? sendAt
        : (p.online
            .filter(([from]) => from <= sendAt)
            .map(([, to]) => to)
            .at(-1) ?? null);
      const unseen = batch.filter(
        (n) => !seenSince(lastSeen === null ? null : new Date(lastSeen), new Date(n.at)),
      );
      counts.seen += batch.length - unseen.length;
      if (unseen.length === 0) continue;
      if (unseen.length > 1) counts.coalesced += unseen.length - 1;
      if (p.prefs.frequency !== 'realtime') counts.digests++;
      const replied = lastReplyBefore(p, sendAt);
      if (replied !== null && (p.lastInbound === null || replied > p.lastInbound))
        p.lastInbound = replied;
      remindQuietChat(p, sendAt);
      const channel = chooseChannel(
        {
          phoneNumber: p.onWhatsApp ? '+440000000000' : null,
          whatsappOptIn: p.onWhatsApp,
          whatsappOptedOut: false,
          whatsappUndeliverable: false,
          lastInboundAt: p.lastInbound === null ? null : new Date(p.lastInbound),
          email: p.email ? 'x@example.com' : null,
        },
        new Date(sendAt),
      );
      const told = unseen.map((n) => ({ kind: n.kind, actorName: n.from.name }));
      if (channel === 'whatsapp_text') counts.freeTexts++;
      else if (channel === 'whatsapp_template' && noticeTemplate('room', told)) {
        counts.templates++;
        meedi8Spend += templateCost(p, sendAt);
      } else if (channel === 'email') counts.emails++;
      if (channel.startsWith('whatsapp') && random() < p.writesBack)
        p.lastInbound = sendAt + between(1, 10) * MIN;
    }
    // Every turn the person was not there to see was told to them (on some channel).
    for (const e of events.filter((x) => x.to === p && x.kind === 'turn')) {
      const covered = mine.find((n) => n.at === e.at && n.kind === 'turn')?.done ?? false;
      if (!isOnline(p, e.at) && p.prefs.frequency !== 'off') {
        turnsOwed++;
        if (!covered) turnsMissed++;
      }
    }
  }
}

/**
 * Meedi8's one reminder to a quiet chat, 20 hours after the person last wrote (free: the window
 * is still open). Anyone who has written to the number has a chat that follows their mediation,
 * so this applies to everyone with a window, not only those who mediate in the chat. They answer
 * it as they answer a notice (`writesBack`); an answer reopens the window, and the next quiet
 * spell may get its own reminder.
 */
function remindQuietChat(p: Person, until: number): void {
  while (p.lastInbound !== null && p.lastInbound + REMIND_AFTER < until) {
    const at = p.lastInbound + REMIND_AFTER;
    counts.reminders++;
    if (random() >= p.writesBack) return;
    p.lastInbound = at + between(1, 10) * MIN;
  }
}

const perMediation = (usd: number) => (usd / MEDIATIONS).toFixed(4);
console.log(`mediations: ${MEDIATIONS} (seed ${SEED})`);
console.log(
  `(a) naive:  ${naiveMessages} templates, spend $${naiveSpend.toFixed(2)}, per mediation $${perMediation(naiveSpend)}`,
);
console.log(
  `(b) Meedi8: ${counts.templates} templates, ${counts.freeTexts} free texts, ${counts.emails} emails; ${counts.seen} notices skipped as seen, ${counts.coalesced} merged, ${counts.digests} digests, ${counts.reminders} chat reminders; spend $${meedi8Spend.toFixed(2)}, per mediation $${perMediation(meedi8Spend)}`,
);
console.log(`(b) / (a) = ${((100 * meedi8Spend) / naiveSpend).toFixed(1)}% (target ≤ 30%)`);
console.log(`turn notices owed to people away from the room: ${turnsOwed}, missed: ${turnsMissed}`);
if (turnsMissed > 0) process.exitCode = 1;
