import { describe, expect, it } from 'vitest';
import { confirmationLines } from './agreement-panel';

const people = [
  { user_id: 'me', name: 'Sarah' },
  { user_id: 'john', name: 'John' },
];

describe('confirmationLines', () => {
  it('gives each person’s latest answer in words', () => {
    const lines = confirmationLines(
      people,
      [
        {
          user_id: 'john',
          decision: 'changes_requested',
          note: 'Sundays too',
          at: '2026-01-01T10:00:00Z',
        },
        { user_id: 'john', decision: 'confirmed', note: null, at: '2026-01-01T11:00:00Z' },
      ],
      'me',
    );
    expect(lines).toEqual([
      { userId: 'me', who: 'You', text: 'have not answered yet', note: null },
      { userId: 'john', who: 'John', text: 'confirmed', note: null },
    ]);
  });

  it('keeps the note of a change request', () => {
    const [line] = confirmationLines(
      [people[1]!],
      [
        {
          user_id: 'john',
          decision: 'changes_requested',
          note: 'Sundays too',
          at: '2026-01-01T10:00:00Z',
        },
      ],
      'me',
    );
    expect(line).toMatchObject({ who: 'John', text: 'asked for changes', note: 'Sundays too' });
  });
});
