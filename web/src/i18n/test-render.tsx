/** Renders a piece of the web client inside the language root, as main.tsx does (tests only). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Locale } from '../../../src/i18n/locales';
import type { LocaleSources } from './choose-locale';
import { applyDocumentLocale, LocaleRoot, prepareIntl } from './locale-root';

export async function renderIn(ui: ReactElement, locale: Locale, sources: LocaleSources = {}) {
  const intl = await prepareIntl(locale);
  applyDocumentLocale(locale);
  return render(
    <LocaleRoot initial={intl} initialSources={{ browser: [locale], ...sources }}>
      {ui}
    </LocaleRoot>,
  );
}
