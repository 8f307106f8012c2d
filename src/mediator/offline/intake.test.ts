import { describe, expect, it } from 'vitest';
import type { IntakeRequest, MediatorParticipant, MediatorResponse } from '../mediator.js';
import { coveredTopics, topicAsked } from './intake.js';
import { createOfflineMediator } from './offline-mediator.js';
import { ALEX, CHORES_ROOM, SAM, transcriptOf } from './test-helpers.js';

const mediator = createOfflineMediator();
const GREETING =
  "Hi, I'm Meedi8, an AI mediator. I'm not a therapist or a lawyer. What would you like to work through?";

type Options = Partial<Pick<IntakeRequest, 'partner' | 'role' | 'privacyPromised'>> & {
  person?: MediatorParticipant;
};

/** Plays a private intake: the greeting, then each message with the mediator's answer. */
async function playIntake(messages: string[], options: Options = {}) {
  const person = options.person ?? ALEX;
  const lines: Array<[MediatorParticipant | null, string]> = [[null, GREETING]];
  const responses: MediatorResponse[] = [];
  for (const text of messages) {
    lines.push([person, text]);
    const response = await mediator.respond({
      kind: 'intake',
      room: CHORES_ROOM,
      participants: [person],
      transcript: transcriptOf(lines),
      personId: person.id,
      latest: { text },
      partner: options.partner ?? { name: null, invited: false },
      role: options.role ?? 'owner',
      privacyPromised: options.privacyPromised,
    });
    responses.push(response);
    lines.push([null, response.reply]);
  }
  return responses;
}

const questionsIn = (reply: string) => reply.match(/\?/g)?.length ?? 0;

describe('intake (offline)', () => {
  it('walks what happened, how it felt and what is needed, one question at a time', async () => {
    const [first, second, third, fourth] = await playIntake([
      'Hi',
      'My flatmate Sam leaves the dishes in the sink for days and it has been months now.',
      "Honestly I'm exhausted and I feel taken for granted.",
      'I need us to share the cleaning fairly.',
    ]);
    expect(topicAsked(first!.reply)).toBe('happened');
    expect(first!.reply).toMatch(/stays between us/);
    expect(topicAsked(second!.reply)).toBe('feelings');
    expect(topicAsked(third!.reply)).toBe('needs');
    expect(third!.reply).toMatch(/you're .*exhausted|you feel taken for granted/i);
    for (const r of [first, second, third]) {
      expect(questionsIn(r!.reply)).toBe(1);
      expect(r!.intake).toEqual({ readyForJointSession: false });
      expect(r!.stage).toBe('opening');
      expect(r!.safetyFlags).toEqual([]);
    }
    expect(fourth!.intake).toEqual({ readyForJointSession: true });
    expect(fourth!.reply).toMatch(/you need (?:you both|the two of you)? ?to share the cleaning/i);
    expect(fourth!.reply).toMatch(/send INVITE followed by their number and name/);
    expect(fourth!.reply).toMatch(/share their contact/);
  });

  it('does not promise privacy again when the chat has already said it', async () => {
    const [first] = await playIntake(
      ['tom and i keep fighting about money, he spends and then cant pay his half of the rent'],
      { privacyPromised: true },
    );
    expect(first!.reply).not.toMatch(/stays between us|nothing is shared/);
  });

  it('skips what the person has already said in one message', async () => {
    const [response] = await playIntake([
      'My ex keeps turning up late for the handovers and I feel anxious every Friday. I need a plan I can count on.',
    ]);
    expect(response!.intake?.readyForJointSession).toBe(true);
    expect(response!.reply).toMatch(/INVITE/);
  });

  it('names the partner when it knows them, and does not ask to invite once invited', async () => {
    const messages = [
      'We keep arguing about money and the bills every month.',
      "I'm worried all the time.",
      'I want us to agree a budget.',
    ];
    const notYet = await playIntake(messages, { partner: { name: 'Sam', invited: false } });
    expect(notYet[2]!.reply).toMatch(/ready to invite Sam, send INVITE/);
    const invited = await playIntake(messages, { partner: { name: 'Sam', invited: true } });
    expect(invited[2]!.reply).not.toMatch(/INVITE/);
    expect(invited[2]!.reply).toMatch(/as soon as Sam joins/);
    expect(invited[2]!.intake?.readyForJointSession).toBe(true);
  });

  it('coaches an invitee towards the joint session without asking them to invite anyone', async () => {
    const responses = await playIntake(
      [
        'Alex says I never clean up but I work late three nights a week.',
        'I feel judged the moment I walk in.',
        'I need some understanding that my week is different.',
      ],
      { person: SAM, role: 'invitee', partner: { name: 'Alex', invited: true } },
    );
    const last = responses.at(-1)!;
    expect(last.intake?.readyForJointSession).toBe(true);
    expect(last.reply).toMatch(/bring you and Alex together/);
    expect(last.reply).not.toMatch(/INVITE/);
  });

  it('reframes blame instead of repeating it, and never advises or takes sides', async () => {
    const responses = await playIntake([
      'He is a lazy selfish idiot who never lifts a finger at home.',
      'Angry.',
      'Help.',
    ]);
    for (const { reply } of responses) {
      expect(reply).not.toMatch(/idiot|lazy|selfish/i);
      expect(reply).not.toMatch(/\byou should\b|\bmy advice\b|\bhe is wrong\b|\byou're right\b/i);
    }
  });

  it('does not ask the same thing a third time when the person cannot say', async () => {
    const responses = await playIntake([
      'Things at home have been tense for a long time now with the chores.',
      "I don't know",
      "I don't know",
      'not sure',
      'dunno',
    ]);
    expect(responses.at(-1)!.intake?.readyForJointSession).toBe(true);
  });

  it('never says the same line twice in a row', async () => {
    const responses = await playIntake(['hi', 'hi', 'hi', 'hi']);
    for (let i = 1; i < responses.length; i++) {
      expect(responses[i]!.reply).not.toBe(responses[i - 1]!.reply);
    }
  });

  it('is deterministic', async () => {
    const a = await playIntake(['We fight about the school runs.', 'Sad.']);
    const b = await playIntake(['We fight about the school runs.', 'Sad.']);
    expect(a).toEqual(b);
  });
});

describe('topicAsked', () => {
  it.each([
    ['What would you like to work through?', 'happened'],
    ['Would you tell me what happened, in your own words?', 'happened'],
    ['How did that make you feel?', 'feelings'],
    ['What do you need from Sam?', 'needs'],
    ['Thank you.', null],
  ])('%j → %s', (line, topic) => {
    expect(topicAsked(line)).toBe(topic);
  });
});

describe('coveredTopics', () => {
  it('counts statements anywhere and answers to the question just asked', () => {
    const covered = coveredTopics(
      transcriptOf([
        [null, 'How has all of this left you feeling?'],
        [ALEX, 'Pretty rubbish really'],
      ]),
      ALEX.id,
    );
    expect([...covered]).toEqual(['feelings']);
  });
});
