import { describe, expect, it } from 'vitest';
import type { DraftAgreementRequest, MediatorParticipant } from '../mediator.js';
import { createOfflineMediator } from './offline-mediator.js';
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

const mediator = createOfflineMediator();

/** Asks for a draft agreement after the given conversation. */
async function draft(
  lines: Array<[MediatorParticipant | null, string]>,
  participants = [ALEX, SAM],
  room: DraftAgreementRequest['room'] = CHORES_ROOM,
) {
  const response = await mediator.respond({
    kind: 'draft_agreement',
    room,
    participants,
    transcript: transcriptOf(lines),
  });
  if (!response.agreement) throw new Error('expected an agreement');
  return { ...response, agreement: response.agreement };
}

describe('draft_agreement', () => {
  it('writes down the commitments offered and accepted, attributed to who offered them', async () => {
    const { transcript } = await play(CHORES_ROOM, [ALEX, SAM], CHORES_TURNS);
    const response = await mediator.respond({
      kind: 'draft_agreement',
      room: CHORES_ROOM,
      participants: [ALEX, SAM],
      transcript,
    });
    expect(response.stage).toBe('agreement');
    expect(response.safetyFlags).toEqual([]);
    expect(response.agreement?.commitments).toEqual([
      {
        participantId: null,
        text: 'Alex and Sam will make a rota for the week and put it on the fridge.',
      },
      {
        participantId: SAM.id,
        text: 'Sam will do the dishes every night Sam is not working late.',
      },
    ]);
    // Alex's last offer was never answered: shown apart, not signed as agreed.
    expect(response.agreement?.text).toContain(
      'Offered, but not yet answered by the other person (not part of this agreement unless a change adds them):\n- Alex will do the laundry on Sundays.',
    );
  });

  it('lays the agreement out as readable plain text', async () => {
    const { transcript } = await play(CHORES_ROOM, [ALEX, SAM], CHORES_TURNS);
    const response = await mediator.respond({
      kind: 'draft_agreement',
      room: CHORES_ROOM,
      participants: [ALEX, SAM],
      transcript,
    });
    const lines = response.agreement?.text.split('\n') ?? [];
    expect(lines[0]).toBe('Meedi8 agreement: Chores at home');
    expect(lines[1]).toBe('Between: Alex and Sam');
    expect(lines).toContain(
      '1. Alex and Sam will make a rota for the week and put it on the fridge.',
    );
    expect(lines).toContain('2. Sam will do the dishes every night Sam is not working late.');
    expect(lines.at(-1)).toMatch(/^Review: Alex and Sam will look at this together again/);
    expect(response.agreement?.text).not.toMatch(/^#/m);
    const summary = response.agreement?.summary ?? '';
    expect(summary.split(/(?<=\.)\s+/).length).toBeLessThanOrEqual(2);
    expect(summary).toContain('2 commitments about the housework');
    expect(response.reply.match(/\?/g)).toHaveLength(1);
  });

  it('turns an accepted request into a commitment for the person who accepted it', async () => {
    const { transcript } = await play(PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS);
    const response = await mediator.respond({
      kind: 'draft_agreement',
      room: PICKUPS_ROOM,
      participants: [JORDAN, RENEE],
      transcript,
    });
    expect(response.agreement?.commitments).toEqual([
      {
        participantId: RENEE.id,
        text: 'Renée will text Jordan by Friday if their shifts change.',
      },
      {
        participantId: null,
        text: 'Renée will take Wednesdays too and Jordan will do Tuesdays and Fridays.',
      },
    ]);
    expect(response.agreement?.text).toContain(
      '- Jordan will put it in the shared calendar tonight.',
    );
    // The split Jordan turned down is not in the agreement.
    expect(response.agreement?.text).not.toContain('Mondays');
    expect(response.agreement?.text).toContain('About: Who collects Mia and Leo');
  });

  it('reads a request said in the third person, and "her" in the yes as the one who asked', async () => {
    const { agreement } = await draft([
      [ALEX, 'ok the 1st works for me. and if its going to be late he texts me before'],
      [SAM, 'yeah fair, i will text her before if its late'],
    ]);
    expect(agreement.commitments).toEqual([
      { participantId: SAM.id, text: 'Sam will text Alex before if it is late.' },
    ]);
    // "her" that is someone else stays someone else: only the echo of "me" is the asker.
    const mum = await draft([
      [ALEX, 'can you ask her to call first before she comes round? your mum i mean'],
      [SAM, 'ok i will ask her to call before she comes over'],
    ]);
    expect(mum.agreement.text).not.toContain('ask Alex');
  });

  it('leaves out requests nobody agreed to', async () => {
    const { agreement } = await draft([
      [ALEX, 'Could you do the school run on Fridays?'],
      [SAM, 'I feel like I already do most of the driving.'],
      [ALEX, "I'll cook on Tuesdays and Thursdays."],
      [SAM, 'That works for me.'],
    ]);
    expect(agreement.commitments).toEqual([
      { participantId: ALEX.id, text: 'Alex will cook on Tuesdays and Thursdays.' },
    ]);
  });

  it('does not invent commitments when nothing concrete was offered', async () => {
    const { agreement, reply } = await draft([
      [ALEX, 'I feel like nobody listens to me in this house.'],
      [SAM, 'I need some quiet when I get home.'],
      [ALEX, "I'll try harder."],
    ]);
    expect(agreement.commitments).toEqual([]);
    expect(agreement.summary).toContain('have not yet named any specific commitments');
    expect(agreement.text).toContain('No specific commitments have been offered yet');
    expect(agreement.text).toContain('- Alex will try harder.');
    expect(agreement.text).not.toContain('Offered, but not yet answered');
    expect(agreement.text).not.toMatch(/^1\. /m);
    expect(reply).toMatch(
      /Alex and Sam, (could each of you|what is one specific thing each of you)/,
    );
    expect(reply.match(/\?/g)).toHaveLength(1);
  });

  it('says so honestly for an empty conversation, and never repeats its last line', async () => {
    const first = await draft([]);
    expect(first.agreement.commitments).toEqual([]);
    const again = await draft([[null, first.reply]]);
    expect(again.reply).not.toBe(first.reply);
  });

  it('uses neutral labels in the written record when names are missing', async () => {
    const { agreement } = await draft(
      [
        [ALEX, "I'll take the bins out on Monday nights."],
        [SAM, 'Deal.'],
      ],
      [
        { ...ALEX, name: '' },
        { ...SAM, name: '' },
      ],
    );
    expect(agreement.commitments[0]?.text).toBe(
      'Participant 1 will take the bins out on Monday nights.',
    );
    expect(agreement.text).toContain('Between: Participant 1 and Participant 2');
  });
});
