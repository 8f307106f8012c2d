/**
 * The language a person writes in, from one message: Devanagari and Arabic script by their
 * letters, the rest by ELD (an n-gram detector made for short texts) limited to the languages
 * Meedi8 ships. Null unless the text is long enough and the detector is sure: "ok", "si" or a
 * name says nothing about what a person reads.
 */
import type { eld } from 'eld/medium';

type Eld = typeof eld;

const SHIPPED = ['en', 'es', 'pt', 'fr', 'de', 'hi', 'ar'] as const;
export type WrittenLanguage = (typeof SHIPPED)[number];

const MIN_WORDS = 3;
let detector: Promise<Eld> | null = null;

/** The detector's data (about 2 MB) is read on the first message that needs it. */
function loadDetector(): Promise<Eld> {
  detector ??= import('eld/medium').then(({ eld }) => {
    eld.setLanguageSubset([...SHIPPED]);
    return eld;
  });
  return detector;
}

function byScript(text: string): WrittenLanguage | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const share = (pattern: RegExp) => (text.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Devanagari}/gu) > 0.5) return 'hi';
  if (share(/\p{Script=Arabic}/gu) > 0.5) return 'ar';
  return null;
}

export async function detectWrittenLanguage(text: string): Promise<WrittenLanguage | null> {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS) return null;
  const script = byScript(text);
  if (script) return script;
  const result = (await loadDetector()).detect(text);
  if (!result.isReliable()) return null;
  return (SHIPPED as readonly string[]).includes(result.language)
    ? (result.language as WrittenLanguage)
    : null;
}
