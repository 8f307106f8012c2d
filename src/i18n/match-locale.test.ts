import { describe, expect, it } from 'vitest';
import { acceptLanguageTags, matchLocale } from './match-locale.js';

describe('the shipped language closest to what a person reads', () => {
  it.each([
    ['en', 'en-GB'],
    ['en-AU', 'en-GB'],
    ['en-IN', 'en-GB'],
    ['en-US', 'en-US'],
    ['en_US', 'en-US'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['ar-EG', 'ar'],
    ['hi-IN', 'hi'],
    ['zh-CN', 'en-GB'],
    ['', 'en-GB'],
    ['not a tag!', 'en-GB'],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('takes the first it ships from a list, and English when none', () => {
    expect(matchLocale(['it', 'fr-BE', 'en'])).toBe('fr');
    expect(matchLocale(['zh', 'ja'])).toBe('en-GB');
    expect(matchLocale(null)).toBe('en-GB');
  });

  it('reads an Accept-Language header by weight', () => {
    expect(acceptLanguageTags('pt-PT;q=0.5, es-MX, en;q=0.8, *;q=0.1')).toEqual([
      'es-MX',
      'en',
      'pt-PT',
    ]);
    expect(acceptLanguageTags(undefined)).toEqual([]);
  });
});
