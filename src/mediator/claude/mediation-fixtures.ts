/**
 * Sample mediation requests for the Claude provider's tests: two co-parents, Priya and Tom,
 * sorting out school-week pickups.
 */
import type {
  DraftAgreementRequest,
  IntakeRequest,
  MediatorParticipant,
  OpeningRequest,
  ReplyRequest,
  TranscriptEntry,
} from '../mediator.js';

/** The participant who started the mediation. */
export const PRIYA: MediatorParticipant = { id: 'part_priya_7f3a', name: 'Priya', role: 'owner' };
/** The invited participant. */
export const TOM: MediatorParticipant = { id: 'part_tom_91c2', name: 'Tom', role: 'invitee' };

const room = { id: 'room_5d10', title: 'School pickups', topic: 'Who collects Maya on weekdays' };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 18, minute));

/** The conversation so far, ending with Priya's latest message. */
export const TRANSCRIPT: TranscriptEntry[] = [
  {
    participantId: null,
    text: 'Welcome Priya and Tom. I am an AI mediator. Priya, how do you see things?',
    at: at(0),
  },
  {
    participantId: PRIYA.id,
    text: 'I do every pickup and Tom just assumes I will. I am exhausted.',
    at: at(2),
  },
];

/** The room has just become active. */
export const openingRequest: OpeningRequest = {
  kind: 'opening',
  room,
  participants: [PRIYA, TOM],
  transcript: [],
  nextSpeakerId: PRIYA.id,
};

/** Priya has spoken; Tom is next. */
export const replyRequest: ReplyRequest = {
  kind: 'reply',
  room,
  participants: [PRIYA, TOM],
  transcript: TRANSCRIPT,
  latest: { participantId: PRIYA.id, text: TRANSCRIPT[1]!.text },
  nextSpeakerId: TOM.id,
};

/** Both have offered something; time to write it down. */
export const draftRequest: DraftAgreementRequest = {
  kind: 'draft_agreement',
  room,
  participants: [PRIYA, TOM],
  transcript: [
    ...TRANSCRIPT,
    { participantId: TOM.id, text: 'I can do Tuesdays and Thursdays from next week.', at: at(5) },
    { participantId: PRIYA.id, text: 'Then I keep Mondays, Wednesdays and Fridays.', at: at(7) },
  ],
};

/** Priya's private intake, before Tom is invited. */
export const intakeRequest: IntakeRequest = {
  kind: 'intake',
  room,
  participants: [PRIYA],
  transcript: [
    {
      participantId: null,
      text: 'Hi, I am Meedi8. What would you like to work through?',
      at: at(0),
    },
    { participantId: PRIYA.id, text: 'Tom never does the pickups. I am exhausted.', at: at(1) },
  ],
  personId: PRIYA.id,
  latest: { text: 'Tom never does the pickups. I am exhausted.' },
  partner: { name: 'Tom', invited: false },
  role: 'owner',
};

/** A valid `mediator_turn` input for a reply. */
export const goodReplyInput = {
  reply:
    'Priya, it sounds like you are worn out and need the pickups to feel shared. Tom, what is your view of how pickups work at the moment?',
  stage: 'perspectives',
  safety_flags: [],
};

/** A valid `mediator_turn` input for a drafted agreement. */
export const goodAgreementInput = {
  reply: 'Here is a draft of what you both offered. Does it match what you agreed?',
  stage: 'agreement',
  safety_flags: [],
  agreement: {
    summary: 'Priya and Tom share weekday school pickups for Maya.',
    commitments: [
      {
        participant_id: TOM.id,
        text: 'Tom collects Maya on Tuesdays and Thursdays from 10 March.',
      },
      { participant_id: PRIYA.id, text: 'Priya collects Maya on Mondays, Wednesdays and Fridays.' },
      { participant_id: null, text: 'Both review the schedule together on Sunday 29 March.' },
    ],
    text: 'Pickup agreement\n1. Tom: Tuesdays and Thursdays from 10 March.\n2. Priya: Mondays, Wednesdays and Fridays.\n3. Both review it together on Sunday 29 March.',
  },
};
