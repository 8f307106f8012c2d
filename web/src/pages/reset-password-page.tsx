/**
 * `/reset-password#token=…`: the page a reset link opens. The secret is in the fragment, which
 * the browser never sends to a server; the page takes it out of the address at once (so it stays
 * out of history), asks for a new password, and signs the person in with it.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, api, errorMessage } from '../api/client';
import type { AuthResponse } from '../api/types';
import { useSetMe } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { Field } from '../components/field';
import { checkNewPassword, rule } from '../forms/validation';
import { useT } from '../i18n/intl';
import { resetTokenFrom } from './reset-token';

interface Values {
  password: string;
}

export function Component() {
  usePageTitle('reset.title');
  const { t } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const [token] = useState(() => resetTokenFrom(location.hash));
  const [failure, setFailure] = useState<{ message: string; askAgain: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { password: '' } });

  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const onSubmit = handleSubmit(async (values) => {
    if (!token) return;
    setFailure(null);
    try {
      const result = await api.post<AuthResponse>('/api/auth/password-reset/confirm', {
        token,
        password: values.password,
      });
      setMe(result.user);
      navigate('/rooms', { replace: true });
    } catch (error) {
      setFailure({
        message: errorMessage(error),
        askAgain: error instanceof ApiError && error.code === 'password_reset_link_unusable',
      });
    }
  });

  return (
    <main className="page narrow" id="main">
      <h1>{t('reset.title')}</h1>
      {!token ? (
        <>
          <p role="alert">{t('reset.noToken')}</p>
          <p>
            <Link to="/forgot-password">{t('reset.askNew')}</Link>
          </p>
        </>
      ) : (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-describedby={failure ? 'reset-failure' : undefined}
        >
          <p>{t('reset.intro')}</p>
          <Field
            label={t('reset.newPassword')}
            hint={t('auth.passwordHint')}
            error={errors.password?.message}
          >
            <input
              type="password"
              autoComplete="new-password"
              {...register('password', { validate: rule(checkNewPassword) })}
            />
          </Field>
          {failure && (
            <div className="form-error" role="alert" id="reset-failure">
              <p>{failure.message}</p>
              {failure.askAgain && (
                <p>
                  <Link to="/forgot-password">{t('reset.askNew')}</Link>
                </p>
              )}
            </div>
          )}
          <button type="submit" className="button wide" disabled={isSubmitting}>
            {isSubmitting ? t('action.saving') : t('reset.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
