/**
 * The ISO 3166-1 alpha-2 country in a locale such as `en-GB`, `en_US`, `zh-Hant-TW` or
 * `en_GB.UTF-8`; null when the locale names no country (`es`, `es-419`) or is missing.
 */
export function countryFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  // POSIX locales carry an encoding or modifier after the region ("en_GB.UTF-8", "de_DE@euro").
  const tag = locale.trim().split(/[.@]/u)[0] ?? '';
  const [, ...subtags] = tag.split(/[-_]/u);
  for (const subtag of subtags) {
    // A single letter starts an extension ("-u-", "-x-"); nothing after it is a region.
    if (subtag.length === 1) return null;
    if (/^[a-z]{2}$/iu.test(subtag)) return subtag.toUpperCase();
  }
  return null;
}
