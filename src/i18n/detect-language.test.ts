import { describe, expect, it } from 'vitest';
import { detectWrittenLanguage } from './detect-language.js';
import { localeOfCountry } from './locale-of-country.js';

describe('the language a person writes in', () => {
  it.each([
    ['no sé qué hacer con mi ex, siempre llega tarde', 'es'],
    ['oi, tudo bem? não aguento mais essa situação', 'pt'],
    ['je ne sais plus quoi faire avec lui', 'fr'],
    ['ich weiß nicht mehr weiter mit ihr', 'de'],
    ['मुझे नहीं पता क्या करूं', 'hi'],
    ['لا أعرف ماذا أفعل معه', 'ar'],
    ['he never pays his half on time', 'en'],
  ])('%s → %s', async (text, language) => {
    expect(await detectWrittenLanguage(text)).toBe(language);
  });

  it('says nothing from a word or two, or a language it does not ship', async () => {
    for (const text of ['ok', 'si', 'não', 'yes please', '👍👍', 'Sam']) {
      expect(await detectWrittenLanguage(text)).toBeNull();
    }
    expect(await detectWrittenLanguage('non so cosa fare con lui adesso')).not.toBe('it');
  });

  it('guesses from a number’s country until the person shows their own', () => {
    expect(localeOfCountry('BR')).toBe('pt-BR');
    expect(localeOfCountry('MX')).toBe('es-MX');
    expect(localeOfCountry('GB')).toBe('en-GB');
    expect(localeOfCountry('IN')).toBe('en-IN');
    expect(localeOfCountry('EG')).toBe('ar-EG');
    expect(localeOfCountry(null)).toBeNull();
  });
});
