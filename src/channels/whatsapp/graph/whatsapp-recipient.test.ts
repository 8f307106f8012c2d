import { describe, expect, it } from 'vitest';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { toWhatsAppRecipient } from './whatsapp-recipient.js';

describe('toWhatsAppRecipient', () => {
  it('returns the digits of a valid E.164 number', () => {
    expect(toWhatsAppRecipient('+447911123456')).toBe('447911123456');
    expect(toWhatsAppRecipient(' +1 415 555 2671 ')).toBe('14155552671');
    expect(toWhatsAppRecipient('+4915123456789')).toBe('4915123456789');
  });

  it('accepts a possible number that libphonenumber calls invalid (its ranges lag; wa_ids come from Meta)', () => {
    // Ofcom's drama range, used in Meedi8's docs and tests, is such a number.
    expect(toWhatsAppRecipient('+447700900123')).toBe('447700900123');
  });

  it.each(['07911123456', '+44123', '+4479111234567890', 'not a number', '', '+999123456789'])(
    'rejects %j',
    (input) => {
      expect(() => toWhatsAppRecipient(input)).toThrow(InvalidOutboundMessageError);
      try {
        toWhatsAppRecipient(input);
      } catch (err) {
        expect((err as InvalidOutboundMessageError).rule).toBe('recipient.e164');
        expect((err as Error).message).not.toContain(input || '\u0000');
      }
    },
  );
});
