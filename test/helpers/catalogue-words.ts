/**
 * Words read from the catalogues, so a test checks what a person is shown against the texts it
 * is written from, not against copies: a catalogue text's fixed words, and every piece of English
 * that should never reach someone who reads another language.
 */
import type { Namespace } from '../../src/i18n/catalogue-types.js';
import { catalogue } from '../../src/i18n/catalogues.js';
import type { Locale } from '../../src/i18n/locales.js';

/** The text with every ICU argument (`{name}`, `{n, plural, …}`, nested) cut out: its fixed runs. */
export function fixedRuns(source: string): string[] {
  // Rich-text tags (<bdi>, <b>) part runs as an argument does.
  const text = source.replace(/<\/?[a-z]+>/gi, '{}');
  const runs: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '{') {
      if (depth === 0) {
        runs.push(current);
        current = '';
      }
      depth++;
    } else if (char === '}') {
      depth--;
    } else if (depth === 0) {
      current += char;
    }
  }
  runs.push(current);
  return runs
    .flatMap((run) => run.split('\n'))
    .map((run) => run.trim())
    .filter(Boolean);
}

/** The longest fixed run of a catalogue text: what `phone.expect` can wait for whatever the values. */
export function wordsOf(namespace: Namespace, locale: Locale, key: string): string {
  const text = catalogue(namespace, locale)[key];
  if (text === undefined) throw new Error(`no ${namespace}:${key} in ${locale}`);
  const runs = fixedRuns(text).sort((a, b) => b.length - a.length);
  if (!runs[0]) throw new Error(`${namespace}:${key} has no fixed words`);
  return runs[0];
}

/**
 * The English sentences of these namespaces that would give away an English text reaching
 * someone: each fixed run of three words or more, except runs the other language's catalogue
 * also uses (a brand, a command word).
 */
export function englishRuns(namespaces: Namespace[], other: Locale): Map<string, string> {
  const runs = new Map<string, string>();
  for (const namespace of namespaces) {
    const theirs = Object.values(catalogue(namespace, other)).join('\n');
    for (const [key, text] of Object.entries(catalogue(namespace, 'en-GB'))) {
      for (const run of fixedRuns(text)) {
        const words = run.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
        if (words.length < 3 || theirs.includes(run)) continue;
        runs.set(run, `${namespace}:${key}`);
      }
    }
  }
  return runs;
}

/** Which of `runs` appear in `shown`, with the catalogue key each comes from. */
export function runsFoundIn(shown: string, runs: Map<string, string>): string[] {
  return [...runs].filter(([run]) => shown.includes(run)).map(([run, key]) => `${key}: ${run}`);
}
