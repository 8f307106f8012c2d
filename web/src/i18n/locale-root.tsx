/**
 * The root of the web client: the language it speaks (see choose-locale.ts), its catalogue
 * (loaded on demand), react-intl's provider, and `<html lang dir>`. Pages tell it what they learn
 * (the signed-in person, the invite, a pick on the language switch); it switches language when
 * the answer changes, keeping the page and what was typed.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type IntlShape, RawIntlProvider } from 'react-intl';
import { type Locale, textDirection } from '../../../src/i18n/locales';
import { chooseLocale, type LocaleSources } from './choose-locale';
import { makeIntl } from './intl';
import { loadMessages } from './messages';

type Source = 'chosen' | 'user' | 'invite';

interface LocaleControl {
  locale: Locale;
  /** Tells the root what a page learnt about the person's language (null: nothing). */
  setSource: (source: Source, tag: string | null | undefined) => void;
}

const LocaleContext = createContext<LocaleControl | null>(null);

const OUTSIDE_ROOT: LocaleControl = { locale: 'en-GB', setSource: () => {} };

/** The language shown and how to change it; a no-op outside the root (component tests). */
export function useLocaleControl(): LocaleControl {
  return useContext(LocaleContext) ?? OUTSIDE_ROOT;
}

/** Sets `<html lang dir>` for a language. */
export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
}

/** Loads a language and makes its formatter (also the one plain helpers use). */
export async function prepareIntl(locale: Locale): Promise<IntlShape> {
  return makeIntl(locale, await loadMessages(locale));
}

export function LocaleRoot({
  initial,
  initialSources,
  children,
}: {
  /** The first language, already loaded (main.tsx waits for it, so nothing shows in another). */
  initial: IntlShape;
  initialSources: LocaleSources;
  children: ReactNode;
}) {
  const [sources, setSources] = useState<LocaleSources>(initialSources);
  const [intl, setIntl] = useState<IntlShape>(initial);

  useEffect(() => {
    let stale = false;
    void (async () => {
      const wanted = await chooseLocale(sources);
      if (stale || wanted === intl.locale) return;
      const next = await prepareIntl(wanted);
      if (stale) return;
      applyDocumentLocale(wanted);
      setIntl(next);
    })();
    return () => {
      stale = true;
    };
  }, [sources, intl.locale]);

  const setSource = useCallback((source: Source, tag: string | null | undefined) => {
    setSources((current) => (current[source] === tag ? current : { ...current, [source]: tag }));
  }, []);
  const control = useMemo(
    () => ({ locale: intl.locale as Locale, setSource }),
    [intl.locale, setSource],
  );

  return (
    <LocaleContext.Provider value={control}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LocaleContext.Provider>
  );
}
