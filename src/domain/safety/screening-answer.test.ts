/** Screening answers as people type them instead of tapping (written before the change). */
import { describe, expect, it } from 'vitest';
import { COMMAND_WORD_TABLES } from '../../i18n/command-words/index.js';
import { parseScreeningAnswer } from './screening-outcome.js';

describe('parseScreeningAnswer', () => {
  it.each([
    'yes',
    'Yeah',
    'yep.',
    'ya',
    'sometimes',
    'yes he did once',
    'Yes, a few times',
    'kinda',
    'he used to',
    'a bit',
  ])('reads %j as yes', (typed) => expect(parseScreeningAnswer(typed)).toBe('yes'));
  it.each([
    'no',
    'Nope',
    'na',
    'nah mate',
    'No.',
    'no kids',
    'never',
    'no, never has',
    'not at all',
    'none',
    'N/A',
    "we don't have kids",
    'of course not',
  ])('reads %j as no', (typed) => expect(parseScreeningAnswer(typed)).toBe('no'));
  it.each([
    'not sure',
    'idk',
    'dunno',
    'maybe',
    'no but he shouts a lot',
    'no, except once last year',
    "I'm not sure",
  ])('reads %j as not sure', (typed) => expect(parseScreeningAnswer(typed)).toBe('unsure'));
  it.each(['skip', 'pass', "I'd rather not say"])('reads %j as skip', (typed) =>
    expect(parseScreeningAnswer(typed)).toBe('skip'),
  );
  it.each(['what do you mean', 'he is ok I guess', ''])('leaves %j unread', (typed) =>
    expect(parseScreeningAnswer(typed)).toBeNull(),
  );

  it.each([
    ['não', 'no'],
    ['Nao', 'no'],
    ['Sim', 'yes'],
    ['às vezes', 'yes'],
    ['não tenho certeza', 'unsure'],
    ['Não sei.', 'unsure'],
    ['pular', 'skip'],
    ['não sei o que dizer sobre isso', null],
    ['no estoy segura', 'unsure'],
    ['Nein', 'no'],
    ['weiß nicht', 'unsure'],
    ['je ne sais pas', 'unsure'],
    ['नहीं', 'no'],
    ['पक्का नहीं', 'unsure'],
    ['لا', 'no'],
    ['لست متأكدًا', 'unsure'],
  ])('reads %j in the language it is written in as %s', (typed, answer) =>
    expect(parseScreeningAnswer(typed)).toBe(answer),
  );
  it('gives no typed answer two meanings across the languages', () => {
    const meaning = new Map<string, string>();
    for (const [language, table] of Object.entries(COMMAND_WORD_TABLES)) {
      for (const [answer, words] of Object.entries(table.screeningAnswers)) {
        for (const word of words) {
          const folded = word
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
          const before = meaning.get(folded);
          expect(before === undefined || before === answer, `${language}: ${word}`).toBe(true);
          meaning.set(folded, answer);
        }
      }
    }
  });
});
