import { describe, expect, it } from 'vitest';
import { confirmationLines } from './agreement-panel';

const people = [
  { user_id: 'me', name: 'Sarah' },
  { user_id: 'john', name: 'John' },
];

describe('confirmationLines', () => {
  it('gives each person’s latest answer', () => {
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
      { userId: 'me', you: true, name: 'Sarah', state: 'waiting', note: null },
      { userId: 'john', you: false, name: 'John', state: 'confirmed', note: null },
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
    expect(line).toMatchObject({ name: 'John', state: 'changes_requested', note: 'Sundays too' });
  });
});
