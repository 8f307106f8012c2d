/**
 * `/forgot-password`: ask for a link to choose a new password, by the account's email or by the
 * WhatsApp number it has proven. The answer is the same whether or not an account exists, so
 * the page says "if".
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, errorMessage } from '../api/client';
import type { PasswordResetRequested } from '../api/types';
import { usePageTitle } from '../app/use-title';
import { Field } from '../components/field';
import { PhoneField } from '../components/phone-field';
import { checkPhone, phoneProblemInWords } from '../forms/phone';
import { usePhoneField } from '../forms/use-phone-field';
import { checkEmail, rule } from '../forms/validation';
import { useT } from '../i18n/intl';

type Way = 'email' | 'phone';

interface Values {
  email: string;
  number: string;
}

export function Component() {
  usePageTitle('forgot.title');
  const { t } = useT();
  const [way, setWay] = useState<Way>('email');
  const phoneField = usePhoneField();
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { email: '', number: '' } });
  const number = watch('number');

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    let body: { email: string } | { phone: string };
    if (way === 'email') {
      body = { email: values.email.trim() };
    } else {
      phoneField.setTouched(true);
      const phone = checkPhone(values.number, phoneField.country);
      if (phone.state !== 'valid') {
        phoneField.setError(phone.state === 'empty' ? t('forgot.phoneMissing') : phone.message);
        return;
      }
      body = { phone: phone.e164 };
    }
    try {
      const result = await api.post<PasswordResetRequested>('/api/auth/password-reset', body);
      setSent(result.message);
    } catch (error) {
      const message = errorMessage(error);
      if (way === 'phone') phoneField.setError(phoneProblemInWords(message));
      else setFailure(message);
    }
  });

  return (
    <main className="page narrow" id="main">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <>
          <p className="form-ok" role="status">
            {sent}
          </p>
          <p>
            {t('forgot.sentHint')}{' '}
            <button type="button" className="link-button" onClick={() => setSent(null)}>
              {t('forgot.askAgain')}
            </button>
          </p>
          <p>
            <Link to="/signin">{t('forgot.backToSignIn')}</Link>
          </p>
        </>
      ) : (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-describedby={failure ? 'reset-failure' : undefined}
        >
          <p>{t('forgot.intro')}</p>
          <fieldset>
            <legend>{t('forgot.where')}</legend>
            <div className="radio-row">
              {(
                [
                  ['email', t('forgot.byEmail')],
                  ['phone', t('forgot.byPhone')],
                ] as const
              ).map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="reset-way"
                    value={value}
                    checked={way === value}
                    onChange={() => {
                      setWay(value);
                      setFailure(null);
                      phoneField.setError(null);
                    }}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          {way === 'email' ? (
            <Field label={t('field.email')} error={errors.email?.message}>
              <input
                type="email"
                autoComplete="email"
                inputMode="email"
                {...register('email', { validate: rule(checkEmail) })}
              />
            </Field>
          ) : (
            <PhoneField
              label={t('field.yourWhatsApp')}
              hint={t('forgot.phoneHint')}
              {...phoneField.fieldProps(number, (value) => setValue('number', value))}
            />
          )}
          {failure && (
            <p className="form-error" role="alert" id="reset-failure">
              {failure}
            </p>
          )}
          <button type="submit" className="button wide" disabled={isSubmitting}>
            {isSubmitting ? t('action.sending') : t('forgot.submit')}
          </button>
          <p>
            {t('forgot.remembered')} <Link to="/signin">{t('nav.signIn')}</Link>
          </p>
        </form>
      )}
    </main>
  );
}
