import { describe, expect, it } from 'vitest';
import { countryFromLocale } from './country-from-locale.js';

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['en-gb', 'GB'],
    ['zh-Hant-TW', 'TW'],
    ['en_GB.UTF-8', 'GB'],
    ['de_DE@euro', 'DE'],
    [' fr-CA ', 'CA'],
  ])('%s → %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });

  it.each(['es', 'es-419', 'zh-Hant', 'en-x-gb', '', null, undefined])('%s → null', (locale) => {
    expect(countryFromLocale(locale)).toBeNull();
  });
});
