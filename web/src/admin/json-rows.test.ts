import { describe, expect, it } from 'vitest';
import { asRows, cellText } from './json-rows';

describe('cellText', () => {
  it('writes lists of words as a list, and an empty one as nothing', () => {
    expect(cellText([])).toBe('—');
    expect(cellText(['body differs', 'footer differs'])).toBe('body differs; footer differs');
    expect(cellText([{ a: 1 }])).toBe('[{"a":1}]');
    expect(cellText(true)).toBe('yes');
    expect(cellText(null)).toBe('—');
  });
});

describe('asRows', () => {
  it('reads the list under the key, or one object as one row', () => {
    expect(asRows({ jobs: [{ id: '1' }] }, 'jobs')).toEqual([{ id: '1' }]);
    expect(asRows({ id: 'n', quality_rating: 'GREEN' }, 'number')).toEqual([
      { id: 'n', quality_rating: 'GREEN' },
    ]);
  });
});
