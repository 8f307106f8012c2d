/**
 * `/settings`: name, WhatsApp number and consent, how often to hear from Meedi8, quiet hours,
 * language; download my data; delete my account.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../api/client';
import type { User } from '../api/types';
import { RequireSignIn, useSetMe } from '../app/session';
import { useTitle } from '../app/use-title';
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
import { checkName, checkTimeOfDay, rule } from '../forms/validation';
import { AccountData } from './account-data';
import { LANGUAGES, languageName } from './languages';
import { PhoneVerification } from './phone-verification';
import { type SettingsValues, settingsChanges, settingsValues } from './settings-form';

export function Component() {
  useTitle('Settings');
  return <RequireSignIn>{(me) => <Settings me={me} />}</RequireSignIn>;
}

const FREQUENCIES = [
  [
    'realtime',
    'As things happen',
    'A message when it is your turn, when someone joins or asks for a break.',
  ],
  ['hourly', 'At most once an hour', 'One summary of what happened.'],
  ['daily', 'Once a day', 'One summary a day.'],
  ['off', 'Never', 'Nothing; check Meedi8 yourself.'],
] as const;

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
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [phoneTouched, setPhoneTouched] = useState(false);
  const [country, setCountry] = useState<string>(
    () =>
      (me.phone_number ? countryOf(me.phone_number) : null) ?? defaultCountry(navigator.languages),
  );
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
    setPhoneError(null);
    const check = checkPhone(values.phone, country);
    // An unreadable number still goes to the server, whose message is then shown at the field.
    const phoneValue =
      check.state === 'empty' ? null : check.state === 'valid' ? check.e164 : values.phone.trim();
    const body = settingsChanges(me, values, phoneValue);
    if (Object.keys(body).length === 0) {
      setSaved('Nothing to save: no changes.');
      return;
    }
    try {
      const user = await api.patch<User>('/api/users/me', body);
      setMe(user);
      reset(settingsValues(user, browserTimeZone()));
      if (user.phone_number) setCountry(countryOf(user.phone_number) ?? country);
      setSaved(
        !user.phone_number
          ? 'Your settings are saved.'
          : user.phone_number_verified
            ? `Saved. Your WhatsApp number is ${user.phone_number}.`
            : `Saved. Your WhatsApp number is ${user.phone_number}; verify it below to get updates there.`,
      );
    } catch (error) {
      const message = errorMessage(error);
      if (error instanceof ApiError && error.status === 422 && /phone/i.test(message)) {
        setPhoneError(phoneProblemInWords(message));
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
      <h1>Settings</h1>
      {me.is_guest && (
        <p className="notice">
          You joined as a guest. These settings apply to this device’s guest session.
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Your settings">
        <Field label="Your name" hint="Shown to the other person." error={errors.name?.message}>
          <input
            type="text"
            dir="auto"
            autoComplete="name"
            {...register('name', { validate: rule(checkName) })}
          />
        </Field>

        <h2>WhatsApp</h2>
        <PhoneField
          label="Your WhatsApp number"
          hint="Leave empty to remove it."
          country={country}
          number={phone}
          onCountryChange={(value) => {
            setCountry(value);
            setPhoneError(null);
          }}
          onNumberChange={(value) => {
            setValue('phone', value, { shouldDirty: true });
            setPhoneError(null);
          }}
          onBlur={() => setPhoneTouched(true)}
          error={phoneError}
          showProblems={phoneTouched}
        />
        {me.phone_number && (
          <p className="hint">
            Saved as <bdi dir="ltr">{me.phone_number}</bdi> ({formatPhone(me.phone_number)}),{' '}
            {me.phone_number_verified ? 'verified.' : 'not verified yet.'}
          </p>
        )}
        <div className="check">
          <input
            type="checkbox"
            id="whatsapp-opt-in"
            aria-describedby="whatsapp-opt-in-state"
            {...register('whatsappOptIn')}
          />
          <label htmlFor="whatsapp-opt-in">Send me Meedi8 updates on WhatsApp</label>
          <p className="hint" id="whatsapp-opt-in-state">
            {me.whatsapp_opt_in
              ? `You said yes${me.whatsapp_opt_in_at ? ` on ${formatDateTime(me.whatsapp_opt_in_at)}` : ''}. Untick, or reply STOP on WhatsApp, to stop.`
              : 'Currently off. Changing your number turns this off until you agree again.'}
          </p>
        </div>

        <fieldset>
          <legend>How often should we tell you about changes?</legend>
          {FREQUENCIES.map(([value, label, hint]) => (
            <div className="check" key={value}>
              <input
                type="radio"
                id={`frequency-${value}`}
                value={value}
                aria-describedby={`frequency-${value}-hint`}
                {...register('frequency')}
              />
              <label htmlFor={`frequency-${value}`}>{label}</label>
              <p className="hint" id={`frequency-${value}-hint`}>
                {hint}
              </p>
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>Quiet hours</legend>
          <div className="check">
            <input type="checkbox" id="quiet-enabled" {...register('quietEnabled')} />
            <label htmlFor="quiet-enabled">
              No messages during quiet hours (they wait until the morning)
            </label>
          </div>
          {quietEnabled && (
            <>
              <div className="two-col">
                <Field label="From" error={errors.quietStart?.message}>
                  <input
                    type="time"
                    {...register('quietStart', { validate: rule(checkTimeOfDay) })}
                  />
                </Field>
                <Field label="Until" error={errors.quietEnd?.message}>
                  <input
                    type="time"
                    {...register('quietEnd', { validate: rule(checkTimeOfDay) })}
                  />
                </Field>
              </div>
              <Field label="Time zone" error={errors.timeZone?.message}>
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
          label="Language"
          hint="Meedi8 writes in English for now. This also picks which country’s helplines are shown first in a safety reply."
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
            {saved}
          </p>
        )}
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save settings'}
        </button>
      </form>
      <PhoneVerification me={me} />
      <AccountData />
    </main>
  );
}
