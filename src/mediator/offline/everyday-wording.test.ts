import { describe, expect, it } from 'vitest';
import type { AgreementCommitment } from '../mediator.js';
import { applyChangeRequests } from './change-requests.js';
import { analyseConversation } from './conversation-state.js';
import { sameDetail } from './details.js';
import { extractProposals } from './proposals.js';
import { ALEX, SAM, transcriptOf } from './test-helpers.js';
import { mergedVariant, splitVariant } from './variant-lines.js';

const accepted = (turns: Array<[typeof ALEX, string]>) =>
  analyseConversation(transcriptOf(turns), [ALEX, SAM])
    .proposals.filter((p) => p.status === 'accepted')
    .map((p) => p.action);

describe('offers and requests in everyday wording', () => {
  it('reads a doubt, a state and an amount said first', () => {
    expect(extractProposals('not sure i can do all of it. ill do £25')).toEqual([
      { owner: 'speaker', form: 'verb', action: 'pay £25' },
    ]);
    expect(extractProposals("i'll be skint")).toEqual([]);
    expect(extractProposals("£50 a week i can't, £30 a week i can do")).toEqual([
      { owner: 'speaker', form: 'verb', action: 'pay £30 a week' },
    ]);
  });

  it('reads "can we say…", two tasks of different kinds and a must with its amount', () => {
    expect(extractProposals('can we say no guests after 11 on weeknights')).toEqual([
      { owner: 'both', form: 'topic', action: 'no guests after 11 on weeknights' },
    ]);
    expect(
      extractProposals('can you hoover every sunday and put £50 a week in the pot').map(
        (p) => p.action,
      ),
    ).toEqual(['hoover every sunday', 'put £50 a week in the pot']);
    expect(extractProposals('you need to pay some board. £200 a month')[0]?.action).toBe(
      'pay some board of £200 a month',
    );
    expect(extractProposals('you need to calm down')).toEqual([]);
  });

  it('reads days and where they are spent, and leaves a name in front or a complaint alone', () => {
    expect(
      extractProposals("christmas day at my mam's, then stephen's day at your folks").map(
        (p) => p.action,
      ),
    ).toEqual(["christmas day at my mam's", "stephen's day at your folks"]);
    expect(extractProposals('sam ur mates were here till 3am on thurs again', 'Sam')).toEqual([]);
    expect(extractProposals('the heat is at 78 every time i come home')).toEqual([]);
  });

  it('treats "8:45" and "8:45pm" as one time', () => {
    expect(sameDetail('8:45', '8:45pm')).toBe(true);
    expect(sameDetail('11', '11pm')).toBe(true);
    expect(sameDetail('8:45am', '8:45pm')).toBe(false);
  });
});

describe('answers in everyday wording', () => {
  it('keeps a counter to a counter waiting for the other person', () => {
    expect(
      accepted([
        [ALEX, 'can you drop them home by 5pm on sunday'],
        [SAM, '5 is too early. 6pm?'],
        [ALEX, '6 is late for a school night. 5:30?'],
        [SAM, "5:30pm and i'll bring their bags"],
      ]),
    ).toContain('drop them home by 5:30 on sunday');
  });

  it('reads a yes to one set of days with a new time for others as the same rule twice', () => {
    expect(
      accepted([
        [ALEX, 'can we say no loud music after 10 on weeknights'],
        [SAM, '10 on weeknights is fine. fridays though we can go later yeah?'],
        [ALEX, 'ok fridays till 12 is fine'],
      ]),
    ).toEqual(['no loud music after 10 on weeknights', 'no loud music after 12 on fridays']);
  });
});

describe('change requests in everyday wording', () => {
  const lines: AgreementCommitment[] = [
    { participantId: SAM.id, text: 'Sam will send Alex $70 by Friday.' },
    { participantId: SAM.id, text: 'Sam will put £30 a week in the holiday pot.' },
  ];
  const apply = (note: string, from = lines) =>
    applyChangeRequests(from, [{ participantId: SAM.id, note }], [ALEX, SAM]).commitments.map(
      (c) => c.text,
    );

  it('applies "I\'d rather it was…", "not sure about the money part…" and "fortnightly not weekly"', () => {
    expect(apply("i'd rather it was the 15th for the $70, that's payday")[0]).toBe(
      'Sam will send Alex $70 by the 15th.',
    );
    expect(apply('not sure about the money part, can it be £25', [lines[1] ?? lines[0]!])[0]).toBe(
      'Sam will put £25 a week in the holiday pot.',
    );
    expect(apply('make it fortnightly not weekly for the holiday pot')[1]).toBe(
      'Sam will put £30 a fortnight in the holiday pot.',
    );
  });

  it('signs one rule for two sets of days as one line, and takes either part out', () => {
    const merged = mergedVariant(
      'Alex and Sam agree on no guests after 11 on weeknights.',
      'Alex and Sam agree on no guests after 1am on weekends.',
    );
    expect(merged).toBe(
      'Alex and Sam agree on no guests after 11 on weeknights and after 1am on weekends.',
    );
    expect(splitVariant(merged ?? '')).toEqual([
      'Alex and Sam agree on no guests after 11 on weeknights.',
      'Alex and Sam agree on no guests after 1am on weekends.',
    ]);
    expect(
      apply('scrap the bit about weekends', [{ participantId: null, text: merged ?? '' }]),
    ).toEqual(['Alex and Sam agree on no guests after 11 on weeknights.']);
  });
});
