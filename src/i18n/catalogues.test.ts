import { describe, expect, it } from 'vitest';
import { catalogueProblems, placeholders } from './check-catalogues.js';
import { LOCALES } from './locales.js';
import { translate } from './translate.js';

describe('message catalogues', () => {
  it('every language has every text, each valid ICU with the source placeholders', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('finds the placeholders of plurals, selects and tags', () => {
    expect(
      placeholders(
        '{n, plural, one {# from {name}} other {<b>{who}</b>}} {kind, select, a {x} other {y}}',
      ),
    ).toEqual(['b', 'kind', 'n', 'name', 'who']);
  });

  it('formats plurals by each language’s rules, and US English falls back to UK English', () => {
    expect(translate('common', 'en-GB', 'count.messages', { count: 1 })).toBe('1 message');
    expect(translate('common', 'en-US', 'count.messages', { count: 3 })).toBe('3 messages');
    expect(translate('common', 'ar', 'count.messages', { count: 2 })).toBe('رسالتان');
    expect(translate('common', 'pt-BR', 'count.messages', { count: 5 })).toBe('5 mensagens');
    for (const locale of LOCALES) expect(translate('common', locale, 'language.name')).not.toBe('');
  });
});
