/**
 * The languages offered in settings: the ones Meedi8 ships, each named in itself. A language
 * saved earlier that is not one of them exactly (a browser's "es-MX") stays shown until changed.
 */
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../src/i18n/locales';

export const LANGUAGES: readonly string[] = LOCALES;

/** A language's name in that language, e.g. "Français"; the tag when unknown. */
export function languageName(code: string): string {
  if (code in LOCALE_NAMES) return LOCALE_NAMES[code as Locale];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
