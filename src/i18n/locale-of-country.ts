/**
 * The language most people in a country read, as a tag that keeps the country ("es-MX"), used
 * only until a person shows or says their own. Countries where English is the common written
 * language of WhatsApp (the UK, Ireland, India, Australia…) stay English.
 */
const LANGUAGE_BY_COUNTRY: Record<string, string> = {
  US: 'en',
  ...Object.fromEntries(['BR', 'PT', 'AO', 'MZ'].map((c) => [c, 'pt'])),
  ...Object.fromEntries(
    [
      'ES',
      'MX',
      'AR',
      'CO',
      'CL',
      'PE',
      'VE',
      'EC',
      'GT',
      'CU',
      'BO',
      'DO',
      'HN',
      'PY',
      'SV',
      'NI',
      'CR',
      'PA',
      'UY',
    ].map((c) => [c, 'es']),
  ),
  ...Object.fromEntries(
    ['FR', 'LU', 'MC', 'SN', 'CI', 'CM', 'ML', 'BF', 'NE'].map((c) => [c, 'fr']),
  ),
  ...Object.fromEntries(['DE', 'AT', 'LI'].map((c) => [c, 'de'])),
  ...Object.fromEntries(
    [
      'SA',
      'AE',
      'EG',
      'QA',
      'KW',
      'BH',
      'OM',
      'JO',
      'LB',
      'SY',
      'IQ',
      'YE',
      'MA',
      'DZ',
      'TN',
      'LY',
      'SD',
      'PS',
    ].map((c) => [c, 'ar']),
  ),
};

/** "BR" → "pt-BR"; "GB" → "en-GB"; null when the country is unknown. */
export function localeOfCountry(country: string | null | undefined): string | null {
  if (!country || !/^[A-Z]{2}$/.test(country)) return null;
  return `${LANGUAGE_BY_COUNTRY[country] ?? 'en'}-${country}`;
}
