/**
 * The state a phone number's field keeps beside react-hook-form: its country, whether the
 * person has left the field (then problems show as they type), and an error from a submit or
 * the server. Changing the country or the number clears that error.
 */
import { useState } from 'react';
import { defaultCountry } from './phone';

export function usePhoneField(initialCountry?: () => string) {
  const [country, setCountry] = useState<string>(
    initialCountry ?? (() => defaultCountry(navigator.languages)),
  );
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    country,
    setCountry,
    setError,
    setTouched,
    /** What `<PhoneField>` needs besides its label and hint. */
    fieldProps(number: string, onNumberChange: (number: string) => void) {
      return {
        country,
        number,
        onCountryChange(value: string) {
          setCountry(value);
          setError(null);
        },
        onNumberChange(value: string) {
          onNumberChange(value);
          setError(null);
        },
        onBlur: () => setTouched(true),
        error,
        showProblems: touched,
      };
    },
  };
}
