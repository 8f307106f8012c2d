/** Sign up and sign in share this form: email, password, and a name when signing up. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../api/client';
import type { AuthResponse } from '../api/types';
import { useSetMe } from '../app/session';
import { Field } from '../components/field';
import { checkEmail, checkName, checkNewPassword, rule } from '../forms/validation';
import { browserLanguage } from '../i18n/browser-language';
import { t as text, useT } from '../i18n/intl';
import { safeNext } from './safe-next';

interface Values {
  name: string;
  email: string;
  password: string;
}

export function AuthForm({ mode }: { mode: 'signup' | 'signin' }) {
  const signup = mode === 'signup';
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setMe = useSetMe();
  const { t, rich } = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { name: '', email: '', password: '' } });
  const next = safeNext(params.get('next'));

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = signup
        ? await api.post<AuthResponse>('/api/auth/register', {
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            locale: browserLanguage(),
          })
        : await api.post<AuthResponse>('/api/auth/login', {
            email: values.email.trim(),
            password: values.password,
          });
      setMe(result.user);
      navigate(next ?? (signup ? '/rooms/new' : '/rooms'), { replace: true });
    } catch (error) {
      setFailure(errorMessage(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={failure ? 'auth-failure' : undefined}>
      {signup && (
        <Field label={t('field.yourName')} hint={t('auth.nameHint')} error={errors.name?.message}>
          <input
            type="text"
            autoComplete="name"
            dir="auto"
            {...register('name', { validate: rule(checkName) })}
          />
        </Field>
      )}
      <Field label={t('field.email')} error={errors.email?.message}>
        <input
          type="email"
          autoComplete="email"
          inputMode="email"
          {...register('email', { validate: rule(checkEmail) })}
        />
      </Field>
      <Field
        label={t('field.password')}
        hint={signup ? t('auth.passwordHint') : undefined}
        error={errors.password?.message}
      >
        <input
          type="password"
          autoComplete={signup ? 'new-password' : 'current-password'}
          {...register('password', {
            validate: signup
              ? rule(checkNewPassword)
              : rule((v) => (v ? null : text('auth.passwordMissing'))),
          })}
        />
      </Field>
      {!signup && (
        <p>
          <Link to="/forgot-password">{t('forgot.title')}</Link>
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert" id="auth-failure">
          {failure}
        </p>
      )}
      <button type="submit" className="button wide" disabled={isSubmitting}>
        {isSubmitting
          ? signup
            ? t('auth.creating')
            : t('auth.signingIn')
          : signup
            ? t('nav.signUp')
            : t('nav.signIn')}
      </button>
      <p>
        {signup
          ? rich('auth.haveAccount', {
              a: (chunks) => (
                <Link to={`/signin${next ? `?next=${encodeURIComponent(next)}` : ''}`}>
                  {chunks}
                </Link>
              ),
            })
          : rich('auth.newHere', {
              a: (chunks) => (
                <Link to={`/signup${next ? `?next=${encodeURIComponent(next)}` : ''}`}>
                  {chunks}
                </Link>
              ),
            })}
      </p>
    </form>
  );
}
