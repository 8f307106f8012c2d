/**
 * The web client's texts in one language, from src/i18n/messages/web/<locale>.json. Each
 * language is its own download, fetched only when chosen; the join page fetches only its own
 * texts of it (join-texts.ts). The build turns each text into its parsed ICU form (see
 * vite.config.ts), so the browser needs no message parser.
 */
import type { MessageFormatElement } from 'react-intl';
import type { Locale } from '../../../src/i18n/locales';
import type source from '../../../src/i18n/messages/web/en-GB.json';

/** A key of the web catalogue (the English (UK) source has them all). */
export type WebKey = keyof typeof source;
export type WebMessages = Record<string, string | MessageFormatElement[]>;

const whole = import.meta.glob<WebMessages>('../../../src/i18n/messages/web/*.json', {
  import: 'default',
});
const joinPart = import.meta.glob<WebMessages>('../../../src/i18n/messages/web/*.json', {
  import: 'default',
  query: '?part=join',
});

/** Which texts this page loads: all of them, or only the join screen's. */
export type CataloguePart = 'all' | 'join';
let part: CataloguePart = 'all';

/** Set once at start: the join page loads only its own texts. */
export function chooseCataloguePart(chosen: CataloguePart): void {
  part = chosen;
}

async function load(locale: Locale): Promise<WebMessages> {
  const path = `../../../src/i18n/messages/web/${locale}.json`;
  const file = part === 'join' ? (joinPart[path] ?? joinPart[`${path}?part=join`]) : whole[path];
  return file ? file() : {};
}

/** The catalogue for a locale; US English is an overlay on UK English. */
export async function loadMessages(locale: Locale): Promise<WebMessages> {
  if (locale === 'en-US') {
    const [base, overlay] = await Promise.all([load('en-GB'), load('en-US')]);
    return { ...base, ...overlay };
  }
  return load(locale);
}
