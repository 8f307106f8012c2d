/**
 * The languages Meedi8 ships, as BCP 47 tags. English (UK) is the source every catalogue is
 * checked against; English (US) holds only the texts spelt differently and falls back to it.
 */
export const LOCALES = ['en-GB', 'en-US', 'es', 'pt-BR', 'fr', 'de', 'hi', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = 'en-GB';

/** Catalogues that hold only the texts that differ from the source, falling back to it. */
export const OVERLAY_LOCALES: ReadonlySet<Locale> = new Set(['en-US']);

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** Each language's name in itself, as a language switch lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  de: 'Deutsch',
  hi: 'हिन्दी',
  ar: 'العربية',
};
