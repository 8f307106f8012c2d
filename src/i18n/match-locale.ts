/**
 * The shipped language closest to what a person reads: a stored tag ("es-MX"), a browser's list
 * ("pt-PT, en;q=0.8") or nothing. English without a region is read as UK English, Meedi8's source.
 */
import { match } from '@formatjs/intl-localematcher';
import { LOCALES, type Locale, SOURCE_LOCALE } from './locales.js';

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export function matchLocale(requested: string | readonly string[] | null | undefined): Locale {
  const list = (typeof requested === 'string' ? [requested] : (requested ?? []))
    .map((tag) => tag.trim().replace(/_/g, '-'))
    .filter((tag) => TAG.test(tag))
    .map((tag) => (tag.toLowerCase() === 'en' ? SOURCE_LOCALE : tag));
  if (list.length === 0) return SOURCE_LOCALE;
  try {
    return match(list, LOCALES, SOURCE_LOCALE, { algorithm: 'best fit' }) as Locale;
  } catch {
    return SOURCE_LOCALE;
  }
}

/** The tags of an `Accept-Language` header, best first. */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
