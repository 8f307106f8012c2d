/**
 * The web client's translator. Components use `useT()` (so they re-render when the language
 * changes); plain helpers (validation, labels, error messages) call `t()`, which reads the same
 * language: the root sets it before anything renders in it.
 */
import { createElement, Fragment, type ReactNode, useContext } from 'react';
import { createIntl, createIntlCache, IntlContext, type IntlShape } from 'react-intl';
import type { Locale } from '../../../src/i18n/locales';
import type { WebKey, WebMessages } from './messages';

export type { WebKey };
export type Values = Record<string, string | number | Date | null | undefined>;
export type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

const cache = createIntlCache();
let current: IntlShape | null = null;

/** Makes the formatter for a language and its catalogue, and makes it the current one. */
export function makeIntl(locale: Locale, messages: WebMessages): IntlShape {
  current = createIntl(
    {
      locale,
      // Parsed trees in the build, texts in tests: react-intl takes either.
      messages: messages as Record<string, string>,
      onError: (error) => {
        // A missing text shows its key; say which, once, in the console (never in the page).
        if (import.meta.env.DEV) console.warn(error.message);
      },
    },
    cache,
  );
  return current;
}

function intlNow(): IntlShape {
  if (!current) throw new Error('the web texts are not loaded yet');
  return current;
}

/** A text of the current language. */
export function t(key: WebKey, values?: Values): string {
  return intlNow().formatMessage({ id: key }, values) as string;
}

/** The page's language (English (UK) before any is loaded). */
export function currentLocale(): Locale {
  return (current?.locale as Locale | undefined) ?? 'en-GB';
}

/** The current language's formatter (dates, numbers, relative times). */
export function currentIntl(): IntlShape {
  return intlNow();
}

/** A text with markup: `<b>…</b>` in the catalogue becomes what `values.b` makes of it. */
export function rich(key: WebKey, values: RichValues): ReactNode {
  const parts = intlNow().formatMessage({ id: key }, values as never) as ReactNode;
  return Array.isArray(parts) ? createElement(Fragment, null, ...parts) : parts;
}

/** For components: re-renders with the language. Returns the same `t` and `rich`. */
export function useT() {
  const intl = useContext(IntlContext);
  if (intl) current = intl;
  return { t, rich, intl: intl ?? intlNow() };
}
