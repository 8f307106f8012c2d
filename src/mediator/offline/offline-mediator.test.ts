import { describe, expect, it } from 'vitest';
import { MediatorUnavailableError, type ReplyRequest } from '../mediator.js';
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

/** A reply request for one message, with whatever came before it. */
function replyRequest(
  text: string,
  before: Array<[typeof ALEX | null, string]> = [],
  speaker = ALEX,
  next = SAM,
): ReplyRequest {
  return {
    kind: 'reply',
    room: CHORES_ROOM,
    participants: [ALEX, SAM],
    transcript: transcriptOf([...before, [speaker, text]]),
    latest: { participantId: speaker.id, text },
    nextSpeakerId: next.id,
  };
}

/** The reply text for one message. */
async function replyTo(text: string, before: Array<[typeof ALEX | null, string]> = []) {
  return (await mediator.respond(replyRequest(text, before))).reply;
}

describe('createOfflineMediator', () => {
  it('is the "offline" provider and never raises safety flags itself', async () => {
    expect(mediator.name).toBe('offline');
    const response = await mediator.respond(replyRequest('I feel scared and alone.'));
    expect(response.safetyFlags).toEqual([]);
  });

  it('rejects when the caller has already given up', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(mediator.respond(replyRequest('Hello'), controller.signal)).rejects.toThrow();
  });

  it('reports a malformed request as unavailable rather than crashing the caller', async () => {
    const broken = { ...replyRequest('Hi'), participants: null } as unknown as ReplyRequest;
    await expect(mediator.respond(broken)).rejects.toBeInstanceOf(MediatorUnavailableError);
  });
});

describe('opening', () => {
  it('welcomes both by name, says what it is, explains turns and asks the first speaker', async () => {
    const { reply, stage } = await mediator.respond({
      kind: 'opening',
      room: PICKUPS_ROOM,
      participants: [JORDAN, RENEE],
      transcript: [],
      nextSpeakerId: RENEE.id,
    });
    expect(stage).toBe('opening');
    expect(reply).toContain('Jordan and Renée');
    expect(reply).toMatch(/AI mediator/);
    expect(reply).toMatch(/not a therapist or a lawyer/);
    expect(reply).toMatch(/take turns/);
    expect(reply).toContain('Who collects Mia and Leo from school after the move');
    expect(reply).toMatch(/Renée, would you start by describing what happened from your side/);
    expect(reply.match(/\?/g)).toHaveLength(1);
  });

  it('still reads well without names or a title', async () => {
    const { reply } = await mediator.respond({
      kind: 'opening',
      room: { id: 'r', title: '', topic: null },
      participants: [
        { ...ALEX, name: '' },
        { ...SAM, name: ' ' },
      ],
      transcript: [],
      nextSpeakerId: ALEX.id,
    });
    expect(reply).toContain('Welcome, both of you.');
    expect(reply).toContain('Would you start by describing');
    expect(reply).not.toMatch(/ ,|""/);
  });
});

describe('reflection', () => {
  it("reflects the speaker's own feelings and needs, in the second person, by name", async () => {
    const reply = await replyTo(
      'I feel ignored when you come home late and I need you to text me before 7.',
    );
    expect(reply).toMatch(/^Alex, /);
    expect(reply).toContain('you feel ignored when they come home late');
    expect(reply).toContain('you need them to text you before 7');
    expect(reply).toMatch(/Sam, [^?]+\?$/);
  });

  it('reflects what someone offered', async () => {
    const reply = await replyTo("I'll take the bins out every Monday night.");
    expect(reply).toContain("you've offered to take the bins out every Monday night");
  });

  it('says back the gist of a message that states no feelings, without quoting it', async () => {
    const reply = await replyTo('The recycling has been piling up by the back door since March.');
    expect(reply).toContain('the recycling has been piling up by the back door since March.');
    expect(reply).not.toContain('"');
    // Nothing about feelings the person did not express.
    expect(reply).not.toMatch(/weighing on you|matters to you|strongly you feel/);
  });

  it('says "that works" back as a yes, not as something that matters', async () => {
    const reply = await replyTo('In two weeks is fine');
    expect(reply).not.toMatch(/matters to you|weighing on you/);
  });

  it('quotes only a short part of a very long message with no punctuation', async () => {
    const long = 'every week the same thing happens with the recycling and the bins '.repeat(60);
    const reply = await replyTo(long.slice(0, 4000));
    expect(reply.length).toBeLessThan(600);
    expect(reply).toContain('every week the same thing happens');
  });

  it('does not read too much into a one-word answer', async () => {
    const reply = await replyTo('fine');
    expect(reply).toContain('"fine" can mean different things');
  });

  it('copes with an empty message and with non-English text', async () => {
    expect(await replyTo('   ')).toContain("didn't catch any words");
    expect(await replyTo('Je me sens épuisée 😩 我很累')).toContain('Je me sens épuisée 😩 我很累');
  });
});

describe('blame', () => {
  it('acknowledges frustration and reframes it as a need, without repeating insults', async () => {
    const reply = await replyTo(
      "You never do the dishes, you're so lazy and selfish. It's all your fault.",
    );
    expect(reply).toMatch(/frustrat|exasperat/);
    expect(reply).toContain('feeling that the work at home is shared fairly');
    for (const word of ['lazy', 'selfish', 'your fault', 'never do'])
      expect(reply).not.toContain(word);
  });

  it("uses the speaker's own need when they stated one alongside the blame", async () => {
    const reply = await replyTo("You always leave early. I need help with Mia's bedtime.");
    expect(reply).toContain("you need help with Mia's bedtime");
    expect(reply).not.toContain('always');
  });
});

describe('replies', () => {
  it('are plain, concise text with exactly one question for the next speaker', async () => {
    for (const [room, people, turns] of [
      [CHORES_ROOM, [ALEX, SAM], CHORES_TURNS],
      [PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS],
    ] as const) {
      const { replies } = await play(room, [...people], [...turns]);
      for (const { reply } of replies) {
        expect(reply.length).toBeLessThan(1200);
        expect(reply).not.toMatch(/^#|\*\*|\n/m);
        expect(reply.match(/\?/g), reply).toHaveLength(1);
        const sentences = reply.split(/(?<=[.?])\s+(?=[A-Z])/);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it('differ between two different conversations', async () => {
    const chores = await play(CHORES_ROOM, [ALEX, SAM], CHORES_TURNS);
    const pickups = await play(PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS);
    for (const [i, reply] of chores.replies.entries()) {
      expect(reply.reply).not.toBe(pickups.replies[i]?.reply);
    }
    expect(chores.replies[0]?.reply).toContain('doing all the housework');
    expect(pickups.replies[0]?.reply).toContain('nobody was at the gate');
  });

  it('are the same for the same conversation', async () => {
    const first = await play(PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS);
    const second = await play(PICKUPS_ROOM, [JORDAN, RENEE], PICKUP_TURNS);
    expect(second.replies).toEqual(first.replies);
    expect(second.opening).toEqual(first.opening);
  });

  it('never repeat the previous mediator line, even when people repeat themselves', async () => {
    const turns: Array<[typeof ALEX, string]> = [];
    for (let i = 0; i < 6; i++) turns.push([ALEX, 'ok'], [SAM, 'ok']);
    const repetitive = await play(CHORES_ROOM, [ALEX, SAM], turns);
    const realistic = await play(
      CHORES_ROOM,
      [ALEX, SAM],
      [...CHORES_TURNS, [SAM, 'ok'], [ALEX, 'fine'], [SAM, 'Sounds good to me']],
    );
    for (const { transcript } of [repetitive, realistic]) {
      const lines = transcript.filter((e) => e.participantId === null).map((e) => e.text);
      expect(lines.length).toBeGreaterThanOrEqual(10);
      for (let i = 1; i < lines.length; i++) expect(lines[i]).not.toBe(lines[i - 1]);
    }
  });

  it('vary the reply when it would otherwise equal the last mediator line', async () => {
    const before: Array<[typeof ALEX | null, string]> = [
      [SAM, 'I feel tired.'],
      [null, 'Thank you, Sam.'],
    ];
    const natural = await replyTo('ok', before);
    // Same conversation, but the mediator's previous line is exactly what it would say now.
    const collided = await replyTo('ok', [before[0] as [typeof SAM, string], [null, natural]]);
    expect(collided).not.toBe(natural);
    const question = natural.slice(natural.lastIndexOf('Sam, '));
    expect(collided).not.toContain(question);
  });

  it('do not ask the same question on consecutive turns, even of different people', async () => {
    const { replies } = await play(
      CHORES_ROOM,
      [ALEX, SAM],
      [...CHORES_TURNS, [SAM, 'ok'], [ALEX, 'fine'], [SAM, 'Sounds good to me']],
    );
    const questions = replies.map(({ reply }) =>
      (reply.split(/(?<=\.) /).at(-1) ?? '').replace(/^(Alex|Sam), /, ''),
    );
    for (let i = 1; i < questions.length; i++) expect(questions[i]).not.toBe(questions[i - 1]);
  });

  it('invite more from the same person while the other has not joined yet', async () => {
    const request = replyRequest('I need sleep before my early shifts.', [], ALEX, ALEX);
    request.participants = [ALEX];
    const { reply, stage } = await mediator.respond(request);
    expect(stage).toBe('perspectives');
    expect(reply).toContain('you need sleep before your early shifts');
    expect(reply).toMatch(/Alex, (what else|is there anything more|what would you most like)/);
  });

  it('address "you" when the next speaker has no name', async () => {
    const request = replyRequest('I feel tired.');
    request.participants = [ALEX, { ...SAM, name: '' }];
    const { reply } = await mediator.respond(request);
    expect(reply).not.toMatch(/(^|\. ), /);
    expect(reply).toMatch(/\. [A-Z][^.]*\?$/);
  });

  it('remind both people of what is on the table in later stages', async () => {
    const { replies } = await play(CHORES_ROOM, [ALEX, SAM], CHORES_TURNS);
    expect(replies[5]?.reply).toContain('Alex suggested you both make a rota for the week');
    expect(replies[6]?.reply).toContain(
      'Sam offered to do the dishes every night Sam is not working late',
    );
  });
});
