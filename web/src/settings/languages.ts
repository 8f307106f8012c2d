/** The languages offered in settings (BCP 47), named in their own language. */
export const LANGUAGES = [
  'en',
  'en-GB',
  'en-US',
  'es',
  'fr',
  'de',
  'pt',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'hi',
  'ar',
  'he',
];

/** A language's name in that language, e.g. "français"; the code when unknown. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
