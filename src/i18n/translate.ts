/**
 * Texts in a person's language: ICU messages (plurals, selects, numbers, dates) formatted with
 * FormatJS. A text missing from a catalogue falls back to the source (CI keeps that from
 * happening except for the regional overlays, which hold only what differs).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, MessageValues, Namespace } from './catalogue-types.js';
import { catalogue } from './catalogues.js';
import { type Locale, OVERLAY_LOCALES, SOURCE_LOCALE } from './locales.js';

const formats = new Map<string, IntlMessageFormat>();

function compiled(namespace: Namespace, locale: Locale, key: string): IntlMessageFormat {
  const id = `${namespace}/${locale}/${key}`;
  let format = formats.get(id);
  if (!format) {
    const own = catalogue(namespace, locale)[key];
    const text = own ?? catalogue(namespace, SOURCE_LOCALE)[key];
    if (text === undefined) throw new Error(`no text for ${namespace}:${key}`);
    // A fallback text is formatted by the rules of the language it is written in.
    const rulesOf = own !== undefined || OVERLAY_LOCALES.has(locale) ? locale : SOURCE_LOCALE;
    format = new IntlMessageFormat(text, rulesOf);
    formats.set(id, format);
  }
  return format;
}

export function translate<N extends Namespace>(
  namespace: N,
  locale: Locale,
  key: MessageKey<N>,
  values?: MessageValues,
): string {
  return String(compiled(namespace, locale, key).format(values as Record<string, never>));
}

/** `translate` bound to one namespace: `const t = translator('chat'); t(locale, 'greeting')`. */
export function translator<N extends Namespace>(namespace: N) {
  return (locale: Locale, key: MessageKey<N>, values?: MessageValues): string =>
    translate(namespace, locale, key, values);
}
