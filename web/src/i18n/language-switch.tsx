/**
 * A choice of the languages Meedi8 ships, each named in itself, for a page with no settings
 * (the join page): switching re-renders the page at once and keeps what was typed.
 */
import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../src/i18n/locales';
import { useT } from './intl';

export function LanguageSwitch({
  value,
  onChange,
}: {
  value: Locale;
  onChange: (locale: Locale) => void;
}) {
  const id = useId();
  const { t } = useT();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
