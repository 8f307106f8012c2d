import { describe, expect, it } from 'vitest';
import { MEDIATION_STAGES } from '../mediator.js';
import { analyseConversation, withLatest } from './conversation-state.js';
import {
  ALEX,
  CHORES_ROOM,
  CHORES_TURNS,
  JORDAN,
  PICKUP_TURNS,
  PICKUPS_ROOM,
  play,
  RENEE,
  SAM,
  transcriptOf,
} from './test-helpers.js';

describe('stage detection', () => {
  it("walks a couple's chores dispute through every stage in order", async () => {
    const { stages } = await play(CHORES_ROOM, [ALEX, SAM], CHORES_TURNS);
    expect(stages).toEqual([
      'perspectives', // Alex has described it
      'understanding', // both have had a turn
      'common_ground', // both have said what they feel and need
      'common_ground',
      'options', // a rota is proposed
      'agreement', // both have put something forward
      'agreement',
    ]);
  });

  it('holds a co-parenting conversation at options when an idea is turned down', async () => {
    const { stages } = await play(PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS);
    expect(stages).toEqual([
      'perspectives',
      'understanding',
      'common_ground',
      'options',
      'options', // "that doesn't work for me"
      'agreement',
      'agreement',
    ]);
  });

  it('never skips a stage or goes backwards', async () => {
    const turns: Array<[typeof ALEX, string]> = [
      [ALEX, "I'll do the dishes every night and let's alternate weekends."],
      [SAM, "Deal, I'll do the laundry on Sundays."],
      [ALEX, 'I agree.'],
      [SAM, 'Sounds good.'],
    ];
    const { stages } = await play(CHORES_ROOM, [ALEX, SAM], turns);
    const indexes = stages.map((s) => MEDIATION_STAGES.indexOf(s));
    expect(stages).toEqual(['perspectives', 'understanding', 'common_ground', 'options']);
    for (let i = 1; i < indexes.length; i++) {
      expect((indexes[i] ?? 0) - (indexes[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
      expect((indexes[i] ?? 0) - (indexes[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    }
  });

  it('moves on to common ground after three turns each, even without "I feel"', () => {
    const transcript = transcriptOf(
      [1, 2, 3].flatMap((n) => [
        [ALEX, `Point ${n} from Alex about the bins.`],
        [SAM, `Point ${n} from Sam about the bins.`],
      ]) as Array<[typeof ALEX, string]>,
    );
    expect(analyseConversation(transcript, [ALEX, SAM]).stage).toBe('common_ground');
  });

  it('stays with perspectives while only one person is in the room', () => {
    const transcript = transcriptOf([
      [ALEX, 'I feel worn out.'],
      [ALEX, "I'll do the dishes on Mondays."],
    ]);
    expect(analyseConversation(transcript, [ALEX]).stage).toBe('perspectives');
  });

  it('tracks proposals with their status and who would carry them out', () => {
    const transcript = transcriptOf([
      [JORDAN, 'Could you text me by Friday if your shifts change?'],
      [RENEE, "Yes, I can do that. Let's also share a calendar."],
      [JORDAN, "That doesn't work for me."],
    ]);
    const { proposals } = analyseConversation(transcript, [JORDAN, RENEE]);
    expect(proposals.map((p) => [p.action, p.committerId, p.status])).toEqual([
      ['text me by Friday if your shifts change', RENEE.id, 'accepted'],
      ['share a calendar', null, 'declined'],
    ]);
  });
});

describe('withLatest', () => {
  it('adds the latest message only when the transcript does not already end with it', () => {
    const transcript = transcriptOf([[ALEX, 'Hello']]);
    expect(withLatest(transcript, { participantId: ALEX.id, text: 'Hello' })).toHaveLength(1);
    expect(withLatest(transcript, { participantId: SAM.id, text: 'Hi' })).toHaveLength(2);
  });
});
