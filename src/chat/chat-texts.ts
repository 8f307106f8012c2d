/**
 * What Meedi8 says in WhatsApp chats, in one place so the voice stays the same: each text from
 * the `chat` catalogue, in the language of the person it goes to.
 */
import type { InviteProgress } from '../domain/mediation/room-event.js';
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/translate.js';

export type { Locale } from '../i18n/locales.js';

/** One chat text in one language: `t(locale, 'greeting', { … })`. */
export const t = translator('chat');

/** The first word of a name; null when there is none (or it is only digits, like a number). */
export function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first && /\p{L}/u.test(first) ? first : null;
}

/** `{named, select, yes {Hi {name}} other {Hi}}`: a name, or the wording without one. */
function maybeName(name: string | null): { named: 'yes' | 'no'; name: string } {
  return name ? { named: 'yes', name } : { named: 'no', name: '' };
}

/** A quoted message, cut short. */
function quote(written: string): string {
  return written.length > 80 ? `${written.slice(0, 77)}…` : written;
}

export function greetingText(locale: Locale, profileName: string | null): string {
  return t(locale, 'greeting', maybeName(firstName(profileName)));
}

export function confirmInviteText(locale: Locale, name: string | null, phone: string): string {
  return t(locale, 'invite.confirm', { name: name ?? t(locale, 'someone.the_person'), phone });
}

export function inviteNotSentText(locale: Locale, name: string | null): string {
  return t(locale, 'invite.not_sent', { name: name ?? t(locale, 'someone.them') });
}

export function inviteSentText(locale: Locale, name: string | null): string {
  return t(locale, 'invite.sent', { name: name ?? t(locale, 'someone.them') });
}

export function inviteProgressText(
  locale: Locale,
  name: string | null,
  progress: InviteProgress,
): string | null {
  switch (progress) {
    case 'delivered':
      return t(locale, 'invite.delivered', { name: name ?? t(locale, 'someone.them') });
    case 'read':
      return t(locale, 'invite.read', { name: name ?? t(locale, 'someone.other.start') });
    case 'failed':
      return t(locale, 'invite.failed');
    default:
      return null;
  }
}

/** The hand-over: from here on what the person writes counts as a turn, so whose turn is said. */
export function jointStartedText(locale: Locale, partner: string, yourTurnFirst: boolean): string {
  return t(locale, yourTurnFirst ? 'joint.started.you_first' : 'joint.started.they_first', {
    partner,
  });
}

/** Written as the joint session started, before this chat said so: asked about, not shared. */
export function crossedHandOverText(locale: Locale, written: string, partner: string): string {
  return t(locale, 'hand_over.crossed', { quote: quote(written), partner });
}

/** Words written before the person could read the lines WhatsApp delivered late, just above. */
export function missedLinesText(locale: Locale, written: string): string {
  return t(locale, 'missed_lines', { quote: quote(written) });
}

export function heldText(locale: Locale, onBreak: boolean): string {
  return t(locale, onBreak ? 'held.on_break' : 'held.not_your_turn');
}

export function helpText(locale: Locale, state: 'intake' | 'joint'): string {
  return t(locale, state === 'intake' ? 'help.intake' : 'help.joint');
}

export function resolvedText(locale: Locale, summary: string | null, url: string): string {
  return [
    t(locale, 'resolved.done'),
    ...(summary ? [summary] : []),
    t(locale, 'resolved.link', { url }),
  ].join('\n\n');
}

export function reminderText(locale: Locale, yourTurn: boolean): string {
  return t(locale, yourTurn ? 'reminder.your_turn' : 'reminder.idle');
}

/** After someone asks to write the agreement up, until the other person asks too. */
export function writeUpAskedText(locale: Locale, otherName: string): string {
  return t(locale, 'write_up.asked', { name: firstName(otherName) ?? otherName });
}

/** "Hi Sam, this is Meedi8. You are in the mediation …": a first message from someone in one. */
export function inRoomGreetingText(
  locale: Locale,
  profileName: string | null,
  room: { title: string; description: string },
  url: string,
): string {
  return t(locale, 'greeting.in_room', {
    ...maybeName(firstName(profileName)),
    title: room.title,
    state: room.description,
    url,
  });
}
