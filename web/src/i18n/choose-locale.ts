/**
 * Which shipped language the web client speaks, by the server's own matching rules
 * (src/i18n/match-locale.ts): the person's own pick on this page, then their saved language,
 * then the language the inviter said they read (join page), then `?lang=`, then the browser's
 * languages. A tag that names a shipped language exactly is read at once; any other ("es-MX",
 * "pt-PT") loads the full matcher first, so the join page does not carry it for the usual case.
 */
import { LOCALES, type Locale, SOURCE_LOCALE } from '../../../src/i18n/locales';

export interface LocaleSources {
  /** Picked with the language switch on this page. */
  chosen?: string | null;
  /** The signed-in person's `user.locale`. */
  user?: string | null;
  /** The invite's `recipient_locale` (join page). */
  invite?: string | null;
  /** The address's `?lang=`. */
  query?: string | null;
  /** `navigator.languages`. */
  browser?: readonly string[];
}

/** What to match: the strongest source that names a language, else the browser's list. */
export function requestedTags(sources: LocaleSources): readonly string[] {
  const first = [sources.chosen, sources.user, sources.invite, sources.query].find(
    (tag): tag is string => typeof tag === 'string' && tag.trim() !== '',
  );
  return first ? [first] : (sources.browser ?? []);
}

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * The shipped language when the first readable tag names one exactly (or is bare "en", read as
 * UK English, as the server does); null when the full matcher is needed.
 */
export function exactLocale(tags: readonly string[]): Locale | null {
  const first = tags.map((tag) => tag.trim().replace(/_/g, '-')).find((tag) => TAG.test(tag));
  if (first === undefined) return SOURCE_LOCALE;
  if (first.toLowerCase() === 'en') return SOURCE_LOCALE;
  return LOCALES.find((locale) => locale.toLowerCase() === first.toLowerCase()) ?? null;
}

/** The shipped language for these sources, exactly as the server would match them. */
export async function chooseLocale(sources: LocaleSources): Promise<Locale> {
  const tags = requestedTags(sources);
  const exact = exactLocale(tags);
  if (exact) return exact;
  const { matchLocale } = await import('../../../src/i18n/match-locale');
  return matchLocale(tags);
}

/** The `?lang=` of an address's query string, if any. */
export function langParam(search: string): string | null {
  return new URLSearchParams(search).get('lang');
}
