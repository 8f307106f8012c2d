/**
 * A phone number with its country: checked as it is typed with the server's rules, showing
 * the number as it will be used (E.164, written for people) or what is wrong with it.
 */
import { useId, useMemo } from 'react';
import { checkPhone, countryOptions } from '../forms/phone';
import { useT } from '../i18n/intl';

interface PhoneFieldProps {
  label: string;
  hint?: string;
  country: string;
  number: string;
  onCountryChange: (country: string) => void;
  onNumberChange: (number: string) => void;
  /** An error to show at the field (from the server, or after a submit attempt). */
  error?: string | null;
  /** Show the as-you-type problem (once the person has left the field or submitted). */
  showProblems: boolean;
  onBlur?: () => void;
}

export function PhoneField(props: PhoneFieldProps) {
  const id = useId();
  const { t, rich, intl } = useT();
  const countries = useMemo(() => countryOptions(intl.locale), [intl.locale]);
  const check = checkPhone(props.number, props.country);
  const problem =
    props.error ?? (props.showProblems && check.state === 'invalid' ? check.message : null);
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <fieldset className={problem ? 'field has-error' : 'field'}>
      <legend>{props.label}</legend>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div className="phone-row">
        <div>
          <label htmlFor={`${id}-country`} className="hint">
            {t('phone.country')}
          </label>
          <select
            id={`${id}-country`}
            value={props.country}
            onChange={(event) => props.onCountryChange(event.target.value)}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} (+{c.callingCode})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-number`} className="hint">
            {t('phone.number')}
          </label>
          <input
            id={`${id}-number`}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            value={props.number}
            onChange={(event) => props.onNumberChange(event.target.value)}
            onBlur={props.onBlur}
            aria-invalid={problem ? true : undefined}
            aria-describedby={
              [props.hint ? hintId : '', problem ? errorId : statusId].filter(Boolean).join(' ') ||
              undefined
            }
          />
        </div>
      </div>
      {problem ? (
        <p className="field-error" id={errorId} role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : (
        <p className="hint" id={statusId} aria-live="polite">
          {check.state === 'valid' ? (
            <>
              <span aria-hidden="true">✓ </span>
              {rich('phone.readsAs', {
                number: check.display,
                bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
              })}
            </>
          ) : null}
        </p>
      )}
    </fieldset>
  );
}
