/**
 * `/settings`: name, WhatsApp number and consent, how often to hear from Meedi8, quiet hours,
 * language; download my data; delete my account.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../api/client';
import type { User } from '../api/types';
import { RequireSignIn, useSetMe } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { Field } from '../components/field';
import { PhoneField } from '../components/phone-field';
import { formatDateTime } from '../format/time';
import {
  checkPhone,
  countryOf,
  defaultCountry,
  formatPhone,
  phoneProblemInWords,
} from '../forms/phone';
import { usePhoneField } from '../forms/use-phone-field';
import { checkName, checkTimeOfDay, rule } from '../forms/validation';
import { useT, type WebKey } from '../i18n/intl';
import { AccountData } from './account-data';
import { LANGUAGES, languageName } from './languages';
import { PhoneVerification } from './phone-verification';
import { type SettingsValues, settingsChanges, settingsValues } from './settings-form';

export function Component() {
  usePageTitle('nav.settings');
  return <RequireSignIn>{(me) => <Settings me={me} />}</RequireSignIn>;
}

const FREQUENCIES = ['realtime', 'hourly', 'daily', 'off'] as const;

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function timeZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function Settings({ me }: { me: User }) {
  const setMe = useSetMe();
  const { t, rich } = useT();
  // What was saved, worded at render: a new language chosen here shows in that language at once.
  const [saved, setSaved] = useState<{ key: WebKey; number?: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const phoneField = usePhoneField(
    () =>
      (me.phone_number ? countryOf(me.phone_number) : null) ?? defaultCountry(navigator.languages),
  );
  const { country } = phoneField;
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SettingsValues>({ defaultValues: settingsValues(me, browserTimeZone()) });
  const phone = watch('phone');
  const quietEnabled = watch('quietEnabled');
  const zone = watch('timeZone');

  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    setFailure(null);
    phoneField.setError(null);
    const check = checkPhone(values.phone, country);
    // An unreadable number still goes to the server, whose message is then shown at the field.
    const phoneValue =
      check.state === 'empty' ? null : check.state === 'valid' ? check.e164 : values.phone.trim();
    const body = settingsChanges(me, values, phoneValue);
    if (Object.keys(body).length === 0) {
      setSaved({ key: 'settings.nothing' });
      return;
    }
    try {
      const user = await api.patch<User>('/api/users/me', body);
      setMe(user);
      reset(settingsValues(user, browserTimeZone()));
      if (user.phone_number) phoneField.setCountry(countryOf(user.phone_number) ?? country);
      setSaved({
        key: !user.phone_number
          ? 'settings.saved'
          : user.phone_number_verified
            ? 'settings.savedNumber'
            : 'settings.savedUnverified',
        number: user.phone_number ?? undefined,
      });
    } catch (error) {
      const message = errorMessage(error);
      if (error instanceof ApiError && error.status === 422 && /phone/i.test(message)) {
        phoneField.setError(phoneProblemInWords(message));
      } else if (error instanceof ApiError && error.status === 422 && /quiet_hours/.test(message)) {
        setError('timeZone', { message });
      } else if (error instanceof ApiError && error.status === 422 && /name/.test(message)) {
        setError('name', { message });
      } else {
        setFailure(message);
      }
    }
  });

  return (
    <main className="page narrow" id="main">
      <h1>{t('nav.settings')}</h1>
      {me.is_guest && <p className="notice">{t('settings.guest')}</p>}
      <form onSubmit={onSubmit} noValidate aria-label={t('settings.label')}>
        <Field
          label={t('field.yourName')}
          hint={t('settings.nameHint')}
          error={errors.name?.message}
        >
          <input
            type="text"
            dir="auto"
            autoComplete="name"
            {...register('name', { validate: rule(checkName) })}
          />
        </Field>

        <h2>{t('channel.whatsapp')}</h2>
        <PhoneField
          label={t('field.yourWhatsApp')}
          hint={t('settings.phoneHint')}
          {...phoneField.fieldProps(phone, (value) =>
            setValue('phone', value, { shouldDirty: true }),
          )}
        />
        {me.phone_number && (
          <p className="hint">
            {rich(me.phone_number_verified ? 'settings.savedAsVerified' : 'settings.savedAs', {
              number: me.phone_number,
              display: formatPhone(me.phone_number),
              bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
            })}
          </p>
        )}
        <div className="check">
          <input
            type="checkbox"
            id="whatsapp-opt-in"
            aria-describedby="whatsapp-opt-in-state"
            {...register('whatsappOptIn')}
          />
          <label htmlFor="whatsapp-opt-in">{t('settings.optIn')}</label>
          <p className="hint" id="whatsapp-opt-in-state">
            {me.whatsapp_opt_in
              ? me.whatsapp_opt_in_at
                ? t('settings.optedInOn', { date: formatDateTime(me.whatsapp_opt_in_at) })
                : t('settings.optedIn')
              : t('settings.optedOut')}
          </p>
        </div>

        <fieldset>
          <legend>{t('settings.frequency')}</legend>
          {FREQUENCIES.map((value) => (
            <div className="check" key={value}>
              <input
                type="radio"
                id={`frequency-${value}`}
                value={value}
                aria-describedby={`frequency-${value}-hint`}
                {...register('frequency')}
              />
              <label htmlFor={`frequency-${value}`}>{t(`frequency.${value}`)}</label>
              <p className="hint" id={`frequency-${value}-hint`}>
                {t(`frequency.${value}.hint`)}
              </p>
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('settings.quiet')}</legend>
          <div className="check">
            <input type="checkbox" id="quiet-enabled" {...register('quietEnabled')} />
            <label htmlFor="quiet-enabled">{t('settings.quietEnabled')}</label>
          </div>
          {quietEnabled && (
            <>
              <div className="two-col">
                <Field label={t('settings.from')} error={errors.quietStart?.message}>
                  <input
                    type="time"
                    {...register('quietStart', { validate: rule(checkTimeOfDay) })}
                  />
                </Field>
                <Field label={t('settings.until')} error={errors.quietEnd?.message}>
                  <input
                    type="time"
                    {...register('quietEnd', { validate: rule(checkTimeOfDay) })}
                  />
                </Field>
              </div>
              <Field label={t('settings.timeZone')} error={errors.timeZone?.message}>
                <select {...register('timeZone')}>
                  {timeZones(zone).map((z) => (
                    <option key={z} value={z}>
                      {z.replaceAll('_', ' ')}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          )}
        </fieldset>

        <Field
          label={t('language.label')}
          hint={t('settings.languageHint')}
          error={errors.locale?.message}
        >
          <select {...register('locale')}>
            {(LANGUAGES.includes(me.locale) ? LANGUAGES : [me.locale, ...LANGUAGES]).map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </Field>

        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {saved && (
          <p className="form-ok" role="status">
            {t(saved.key, { number: saved.number })}
          </p>
        )}
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('action.saving') : t('settings.save')}
        </button>
      </form>
      <PhoneVerification me={me} />
      <AccountData />
    </main>
  );
}
