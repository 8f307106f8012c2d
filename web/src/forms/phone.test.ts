import { describe, expect, it } from 'vitest';
import {
  checkPhone,
  countryOf,
  countryOptions,
  defaultCountry,
  formatPhone,
  phoneProblemInWords,
} from './phone';

describe('phone numbers (the server’s rules)', () => {
  it('reads the common writings of one number as the same E.164', () => {
    for (const written of ['+44 7700 900123', '+447700900123', '07700 900123', '(07700) 900-123']) {
      const check = checkPhone(written, 'GB');
      expect(check, written).toMatchObject({ state: 'valid', e164: '+447700900123' });
    }
  });

  it('uses the chosen country unless the number has its own code', () => {
    expect(checkPhone('0612345678', 'FR')).toMatchObject({
      state: 'valid',
      e164: '+33612345678',
      country: 'FR',
    });
    expect(checkPhone('+33 6 12 34 56 78', 'GB')).toMatchObject({ e164: '+33612345678' });
  });

  it('says what is wrong: too short, not a mobile, letters', () => {
    expect(checkPhone('', 'GB')).toEqual({ state: 'empty' });
    expect(checkPhone('0770', 'GB')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/Keep typing/),
    });
    expect(checkPhone('020 7946 0000', 'GB')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/not a mobile/),
    });
    expect(checkPhone('07700 9OO123', 'GB')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/digits/),
    });
  });

  it('writes numbers for people and lists countries with their codes', () => {
    expect(formatPhone('+447700900123')).toBe('+44 7700 900123');
    expect(countryOf('+33612345678')).toBe('FR');
    const gb = countryOptions('en').find((c) => c.code === 'GB');
    expect(gb).toMatchObject({ name: 'United Kingdom', callingCode: '44' });
  });

  it('picks the first country from the browser’s languages', () => {
    expect(defaultCountry(['pt-BR', 'en'])).toBe('BR');
    expect(defaultCountry(['en'])).toBe('GB');
    expect(defaultCountry(['zh-Hant-TW'])).toBe('TW');
  });
});

describe('phoneProblemInWords', () => {
  it('says what is wrong without the API field name', () => {
    const said = phoneProblemInWords(
      'phone_number is not a valid mobile number. Write it with the country code, e.g. +44 7700 900123.',
    );
    expect(said).not.toContain('phone_number');
    expect(said).toMatch(/mobile number/);
    expect(phoneProblemInWords('Enter their mobile number.')).toBe('Enter their mobile number.');
  });
});
