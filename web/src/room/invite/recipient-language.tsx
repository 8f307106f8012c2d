/**
 * Which language the other person reads, when the inviter knows: their invite and join page
 * come in it. "Same as mine" sends nothing, and Meedi8 uses the inviter's language.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LOCALE_NAMES, LOCALES } from '../../../../src/i18n/locales';
import { Field } from '../../components/field';
import { useT } from '../../i18n/intl';

export function RecipientLanguageField({ registration }: { registration: UseFormRegisterReturn }) {
  const { t } = useT();
  return (
    <Field label={t('invite.language')} hint={t('invite.languageHint')}>
      <select {...registration}>
        <option value="">{t('invite.languageSame')}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </Field>
  );
}
