/** Every catalogue text the chat puts on a button, a list or an interactive body fits Meta's limits. */
import { describe, expect, it } from 'vitest';
import { WHATSAPP_LIMITS } from '../channels/whatsapp/graph/whatsapp-limits.js';
import type { MessageKey } from '../i18n/catalogue-types.js';
import { catalogue } from '../i18n/catalogues.js';
import { LOCALES } from '../i18n/locales.js';
import { t } from './chat-texts.js';

type ChatKey = MessageKey<'chat'>;
const keys = Object.keys(catalogue('chat', 'en-GB')) as ChatKey[];

/** The longest a filled-in value may be in an interactive body: a room title, a name, a number. */
const LONG = {
  title: 'T'.repeat(120),
  inviter: 'N'.repeat(80),
  name: 'N'.repeat(80),
  phone: '+44 7700 900123',
};

const INTERACTIVE_BODIES: ChatKey[] = [
  'invitee.welcome',
  'invitee.ask_again',
  'invite.confirm',
  'leave.ask',
  'draft.question',
  'check_in.offer',
  'paused_by_you',
  'room.choose',
];

describe('chat texts within WhatsApp’s limits, in every language', () => {
  it.each(LOCALES)('%s: button titles fit Meta’s 20 characters', (locale) => {
    const titles = keys.filter((key) => key.startsWith('button.'));
    expect(titles.length).toBeGreaterThan(10);
    for (const key of titles) {
      expect(t(locale, key).length, `${locale} ${key}`).toBeLessThanOrEqual(
        WHATSAPP_LIMITS.replyButtonTitle,
      );
    }
  });

  it.each(LOCALES)('%s: the room list fits (label, row descriptions)', (locale) => {
    expect(t(locale, 'room.choose.button').length).toBeLessThanOrEqual(
      WHATSAPP_LIMITS.listButtonLabel,
    );
    for (const key of keys.filter((k) => k.startsWith('room.state.'))) {
      expect(t(locale, key).length, `${locale} ${key}`).toBeLessThanOrEqual(
        WHATSAPP_LIMITS.listRowDescription,
      );
    }
  });

  it.each(LOCALES)('%s: interactive bodies fit, with the longest names filled in', (locale) => {
    for (const key of INTERACTIVE_BODIES) {
      expect(t(locale, key, LONG).length, `${locale} ${key}`).toBeLessThanOrEqual(
        WHATSAPP_LIMITS.interactiveBody,
      );
    }
  });
});
