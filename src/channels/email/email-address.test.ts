import { describe, expect, it } from 'vitest';
import { isValidEmailAddress, normalizeEmailAddress } from './email-address.js';

describe('normalizeEmailAddress', () => {
  it('accepts everyday addresses, trimmed, with the domain lower-cased', () => {
    expect(normalizeEmailAddress('sam@example.com')).toBe('sam@example.com');
    expect(normalizeEmailAddress('  Sam.Jones+meedi8@Mail.Example.CO.UK ')).toBe(
      'Sam.Jones+meedi8@mail.example.co.uk',
    );
    expect(normalizeEmailAddress("o'neil_family-2@sub-domain.example.org")).toBe(
      "o'neil_family-2@sub-domain.example.org",
    );
    expect(normalizeEmailAddress('josé@bücher.de')).toBe('josé@bücher.de');
    expect(normalizeEmailAddress('a@xn--bcher-kva.de')).toBe('a@xn--bcher-kva.de');
  });

  it.each([
    '',
    '   ',
    'sam',
    'sam@',
    '@example.com',
    'sam@example',
    'sam@localhost',
    'sam@@example.com',
    'sam@exa mple.com',
    'sam smith@example.com',
    'sam@example.com\r\nBcc: everyone@example.com',
    'sam@example.com, jo@example.com',
    'sam@example.com;jo@example.com',
    'Sam <sam@example.com>',
    '"sam"@example.com',
    'sam@[127.0.0.1]',
    '.sam@example.com',
    'sam.@example.com',
    'sa..m@example.com',
    'sam@example..com',
    'sam@.example.com',
    'sam@-example.com',
    'sam@example-.com',
    'sam@example.c',
    'sam@example.123',
    'sam@exam_ple.com',
    `${'a'.repeat(65)}@example.com`,
    `sam@${'a'.repeat(64)}.com`,
    `sam@${'abcdefghi.'.repeat(25)}com`,
  ])('refuses %j', (input) => {
    expect(normalizeEmailAddress(input)).toBeNull();
    expect(isValidEmailAddress(input)).toBe(false);
  });

  it('accepts the longest parts the standard allows', () => {
    expect(isValidEmailAddress(`${'a'.repeat(64)}@example.com`)).toBe(true);
    expect(isValidEmailAddress(`sam@${'a'.repeat(63)}.com`)).toBe(true);
  });
});
