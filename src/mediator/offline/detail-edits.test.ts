import { describe, expect, it } from 'vitest';
import { applyChangeRequests } from './change-requests.js';
import { ALEX, SAM } from './test-helpers.js';

const LINES = [
  { participantId: SAM.id, text: 'Sam will put the bins out every Tuesday.' },
  { participantId: SAM.id, text: 'Sam will pay £50 by the 5th of every month.' },
  { participantId: ALEX.id, text: 'Alex will cook dinner on Wednesdays.' },
];

const apply = (note: string) =>
  applyChangeRequests(LINES, [{ participantId: ALEX.id, note }], [ALEX, SAM]);

describe('change requests read by their parts', () => {
  it('swaps the one detail of the new kind when nothing else names a line', () => {
    expect(apply('put £60 instead').commitments[1]?.text).toBe(
      'Sam will pay £60 by the 5th of every month.',
    );
    expect(apply('i want it to say £45').outcomes[0]?.kind).toBe('changed');
  });

  it('finds the line by its words and writes the day in full', () => {
    expect(apply('swap the cooking to thursdays').commitments[2]?.text).toBe(
      'Alex will cook dinner on Thursdays.',
    );
    expect(apply('put fridays instead of tuesdays for the bins').commitments[0]?.text).toBe(
      'Sam will put the bins out every Friday.',
    );
  });

  it('leaves a request about something no line holds as an amendment', () => {
    expect(apply('make the kitty £20').outcomes[0]?.kind).toBe('amendment');
  });

  it('reads commands and additions without "add"', () => {
    expect(apply('take the bins bit out').outcomes[0]?.kind).toBe('removed');
    expect(apply('no need for the cooking one').outcomes[0]?.kind).toBe('removed');
    expect(apply('and sam does the ironing on mondays').commitments.at(-1)?.text).toBe(
      'Sam will do the ironing on Mondays.',
    );
  });
});
