/** Screening answers as people type them instead of tapping (written before the change). */
import { describe, expect, it } from 'vitest';
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
});
