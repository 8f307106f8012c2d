import { describe, expect, it } from 'vitest';
import { applyChangeRequests } from './change-requests.js';
import { ALEX, SAM } from './test-helpers.js';

const lines = [
  { participantId: SAM.id, text: 'Sam will do the washing up every night before 7pm.' },
  { participantId: ALEX.id, text: 'Alex will cook on Wednesdays.' },
  { participantId: null, text: 'Alex and Sam will each pay £15 a month into the house kitty.' },
];
const apply = (note: string, by = ALEX.id) =>
  applyChangeRequests(lines, [{ participantId: by, note }], [ALEX, SAM]);

describe('change requests on a draft', () => {
  it('takes out the line a person names', () => {
    const { commitments, outcomes } = apply('Take out the part about cooking, please.');
    expect(commitments.map((c) => c.text)).not.toContain('Alex will cook on Wednesdays.');
    expect(commitments).toHaveLength(2);
    expect(outcomes[0]).toMatchObject({ kind: 'removed' });
  });

  it('changes a time, a day or an amount', () => {
    expect(apply('change 7pm to 8pm').commitments[0]?.text).toBe(
      'Sam will do the washing up every night before 8pm.',
    );
    expect(
      apply('Can we make the cooking Thursdays instead of Wednesdays?').commitments[1]?.text,
    ).toBe('Alex will cook on Thursdays.');
    expect(apply('No, £10 not £15').commitments[2]?.text).toBe(
      'Alex and Sam will each pay £10 a month into the house kitty.',
    );
  });

  it('removes a quoted phrase without removing its line', () => {
    const { commitments } = apply("Take out 'every night', it sounds harsh.");
    expect(commitments[0]?.text).toBe('Sam will do the washing up before 7pm.');
  });

  it('adds a line in the third person, in the future', () => {
    const { commitments } = apply('add that Sam walks the dog on Sundays');
    expect(commitments.at(-1)).toEqual({
      participantId: SAM.id,
      text: 'Sam will walk the dog on Sundays.',
    });
    expect(
      apply("Add that I'll do a big clean after any party.", SAM.id).commitments.at(-1),
    ).toEqual({ participantId: SAM.id, text: 'Sam will do a big clean after any party.' });
  });

  it('keeps what it cannot read as the person’s own amendment, never dropping it', () => {
    const { commitments, outcomes } = apply(
      "I'd like something in there about what happens if one of us loses our job.",
    );
    expect(commitments.slice(0, 3)).toEqual(lines);
    expect(commitments.at(-1)).toEqual({
      participantId: ALEX.id,
      text: 'Amendment proposed by Alex, for Sam to accept or not: "I\'d like something in there about what happens if one of us loses our job."',
    });
    expect(outcomes[0]).toMatchObject({ kind: 'amendment' });
  });
});
