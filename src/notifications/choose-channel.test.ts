import { describe, expect, it } from 'vitest';
import { chooseChannel, type Reachability } from './choose-channel.js';

const now = new Date('2026-11-24T12:00:00Z');
const base: Reachability = {
  phoneNumber: '+447700900123',
  whatsappOptIn: true,
  whatsappOptedOut: false,
  whatsappUndeliverable: false,
  lastInboundAt: null,
  email: 'sam@example.com',
};

describe('chooseChannel (policy)', () => {
  it('(a) never WhatsApp without an opt-in, or after an opt-out', () => {
    expect(chooseChannel({ ...base, whatsappOptIn: false }, now)).toBe('email');
    expect(chooseChannel({ ...base, whatsappOptedOut: true }, now)).toBe('email');
    expect(chooseChannel({ ...base, whatsappOptIn: false, email: null }, now)).toBe('none');
  });

  it('(c) free-form inside the 24-hour window, a template outside it', () => {
    expect(
      chooseChannel({ ...base, lastInboundAt: new Date(now.getTime() - 23 * 3600_000) }, now),
    ).toBe('whatsapp_text');
    expect(
      chooseChannel({ ...base, lastInboundAt: new Date(now.getTime() - 25 * 3600_000) }, now),
    ).toBe('whatsapp_template');
    expect(chooseChannel(base, now)).toBe('whatsapp_template');
  });

  it('(e) falls back to email when WhatsApp cannot reach the person', () => {
    expect(chooseChannel({ ...base, whatsappUndeliverable: true }, now)).toBe('email');
    expect(chooseChannel({ ...base, phoneNumber: null }, now)).toBe('email');
  });
});
