import { describe, expect, it } from 'vitest';
import { shareOf } from './share-of.js';

describe('what a half or a share is of', () => {
  it('names the cost said with an amount', () => {
    expect(shareOf('pay my half by friday', ['the window cleaner is £30 a month'])).toBe(
      'pay my half of the window cleaner by friday',
    );
  });

  it('names a cost put first as the topic', () => {
    expect(shareOf('send your share on the 2nd', ['and the water bill, send your share'])).toBe(
      'send your share of the water bill on the 2nd',
    );
  });

  it('leaves a half alone when no cost was named', () => {
    expect(shareOf('take my half of the books', ['i want the books split'])).toBe(
      'take my half of the books',
    );
    expect(shareOf('do my half', ['it is a lot of work'])).toBe('do my half');
  });
});
