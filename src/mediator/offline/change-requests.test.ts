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

  it('reads more ways of asking for a change or an addition', () => {
    expect(apply('please make the amount £20 instead').commitments[2]?.text).toBe(
      'Alex and Sam will each pay £20 a month into the house kitty.',
    );
    expect(apply('can it say 6 not 7 for the washing up').commitments[0]?.text).toBe(
      'Sam will do the washing up every night before 6pm.',
    );
    expect(apply('can we put that sam hoovers on sundays').commitments.at(-1)).toEqual({
      participantId: SAM.id,
      text: 'Sam will hoover on Sundays.',
    });
    expect(apply('push the washing up back to 8pm').commitments[0]?.text).toBe(
      'Sam will do the washing up every night before 8pm.',
    );
    expect(apply('£20 for the kitty please').commitments[2]?.text).toBe(
      'Alex and Sam will each pay £20 a month into the house kitty.',
    );
    // "change the kitty to £20" names the line; the amount changes, not the word "kitty".
    expect(apply('change the kitty to £20').commitments[2]?.text).toBe(
      'Alex and Sam will each pay £20 a month into the house kitty.',
    );
    expect(apply('actually it should be 8pm').commitments[0]?.text).toBe(
      'Sam will do the washing up every night before 8pm.',
    );
    expect(apply('you forgot that sam walks the dog on sundays').commitments.at(-1)?.text).toBe(
      'Sam will walk the dog on Sundays.',
    );
    // Naming what it replaces, a detail no line carries, is not swapped into some other line.
    expect(apply('can we say the second sunday instead of the first').outcomes[0]?.kind).toBe(
      'amendment',
    );
    // A fuller line that restates one replaces it instead of sitting beside it.
    const fuller = apply(
      'add that sam does the washing up every night before 7pm and wipes the sides',
    );
    expect(fuller.commitments).toHaveLength(3);
    expect(fuller.commitments[0]?.text).toContain('wipes the sides');
  });

  it('reads changes asked for indirectly', () => {
    expect(
      apply('7pm is a bit late on reflection, 6.30pm would be better').commitments[0]?.text,
    ).toBe('Sam will do the washing up every night before 6.30pm.');
    expect(apply('instead of £15 can it be £12').commitments[2]?.text).toBe(
      'Alex and Sam will each pay £12 a month into the house kitty.',
    );
    expect(apply('could the cooking be Fridays').commitments[1]?.text).toBe(
      'Alex will cook on Fridays.',
    );
    expect(apply('actually can we lose the bit about the kitty').commitments).toHaveLength(2);
    expect(apply('i dont think we need the line about cooking tbh').commitments).toHaveLength(2);
    expect(apply('one more thing: Sam takes the bins out on Tuesdays').commitments.at(-1)).toEqual({
      participantId: SAM.id,
      text: 'Sam will take the bins out on Tuesdays.',
    });
    expect(apply('can we also say no phones at dinner').commitments.at(-1)).toEqual({
      participantId: null,
      text: 'Alex and Sam agree that there will be no phones at dinner.',
    });
  });

  it('replaces a number only where it stands alone', () => {
    const dated = [{ participantId: SAM.id, text: 'Sam will pay on the 17th and collect at 7pm.' }];
    const { commitments } = applyChangeRequests(
      dated,
      [{ participantId: ALEX.id, note: 'make it 8 instead of 7' }],
      [ALEX, SAM],
    );
    expect(commitments[0]?.text).toBe('Sam will pay on the 17th and collect at 8pm.');
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
