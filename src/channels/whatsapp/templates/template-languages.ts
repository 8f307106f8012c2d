/**
 * The languages Meedi8's templates are written in: one per shipped locale, under the code Meta
 * uses for it (`pt-BR` is `pt_BR`). British English is the one every send can fall back to.
 */
import { LOCALES, type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import { matchLocale } from '../../../i18n/match-locale.js';

const META_CODES: Record<Locale, string> = {
  'en-GB': 'en_GB',
  'en-US': 'en_US',
  es: 'es',
  'pt-BR': 'pt_BR',
  fr: 'fr',
  de: 'de',
  hi: 'hi',
  ar: 'ar',
};

/** The language every template is written in first, and the one sends fall back to. */
export const TEMPLATE_LANGUAGE = META_CODES[SOURCE_LOCALE];

/** Meta's code for a shipped locale: `pt-BR` → `pt_BR`. */
export function templateLanguageOf(locale: Locale): string {
  return META_CODES[locale];
}

/** Every template language Meedi8 writes, the fallback first. */
export const TEMPLATE_LANGUAGES: readonly string[] = LOCALES.map(templateLanguageOf);

/** The shipped locale closest to one of Meta's codes (a hand-made `pt_PT` reads as `pt-BR`). */
export function localeOfTemplateLanguage(code: string): Locale {
  return matchLocale(code.replace(/_/g, '-'));
}

/** The order a fallback is chosen in: British English, then any English, then the rest. */
export function fallbackRank(code: string): number {
  if (code === TEMPLATE_LANGUAGE) return 0;
  return /^en(_|$)/.test(code) ? 1 : 2;
}
