/**
 * The languages offered in settings (BCP 47): only those Meedi8 writes in (English today), so
 * the choice does what it says. A language saved earlier stays shown until changed.
 */
export const LANGUAGES = ['en', 'en-GB', 'en-US'];

/** A language's name in that language, e.g. "français"; the code when unknown. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
