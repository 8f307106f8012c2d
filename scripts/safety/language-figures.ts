/**
 * The safety screen's figures in each language besides English: development and held-out parts
 * of eval/safety/<language>/, one table per language. `developmentMisses` prints the development
 * part's misses and false alarms for tuning; nothing prints a held-out message.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { screenMessage } from '../../src/safety/screen-message.js';
import { evaluate, type PartFigures, table } from './figures.js';
import {
  CORPUS_LANGUAGES,
  type CorpusLanguage,
  languageCorpusPath,
  loadLanguageCorpus,
} from './language-corpus.js';

/** One language's figures. */
export interface LanguageFigures {
  language: CorpusLanguage;
  dev: PartFigures;
  heldOut: PartFigures;
  heldOutSha256: string;
}

/** Figures for every language with a corpus. */
export function evaluateLanguages(): LanguageFigures[] {
  return CORPUS_LANGUAGES.map((language) => ({
    language,
    dev: evaluate(loadLanguageCorpus(language, 'dev')),
    heldOut: evaluate(loadLanguageCorpus(language, 'held-out')),
    heldOutSha256: createHash('sha256')
      .update(readFileSync(languageCorpusPath(language, 'held-out')))
      .digest('hex'),
  }));
}

/** One markdown table per language, dev and held-out side by side. */
export function languageTables(figures: readonly LanguageFigures[]): string {
  return figures
    .map(({ language, dev, heldOut }) =>
      [
        `### ${language}`,
        '',
        table([
          [`dev`, dev],
          [`held-out`, heldOut],
        ]),
      ].join('\n'),
    )
    .join('\n\n');
}

/** One line per language: held-out recall and false alarms, for a quick read. */
export function languageSummary(figures: readonly LanguageFigures[]): string {
  return figures
    .map(
      ({ language, dev, heldOut }) =>
        `${language}: dev recall ${dev.recall.all} false alarms ${dev.falseAlarms.all}; held-out recall ${heldOut.recall.all} false alarms ${heldOut.falseAlarms.all}`,
    )
    .join('\n');
}

/** The development part's misses and false alarms in one language (never the held-out part). */
export function developmentMisses(language: CorpusLanguage): string {
  return loadLanguageCorpus(language, 'dev')
    .flatMap((message) => {
      const flags = screenMessage(message.text).map((flag) => flag.category);
      if (message.label === 'none') {
        return flags.length > 0
          ? [`false alarm (${message.kind}) ${flags.join(',')}: ${message.text}`]
          : [];
      }
      return flags.length === 0 ? [`missed ${message.label}: ${message.text}`] : [];
    })
    .join('\n');
}
