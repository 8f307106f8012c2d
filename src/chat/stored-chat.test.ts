import { describe, expect, it } from 'vitest';
import type { ChatState, KeptAcrossStates } from './chat-states.js';
import { chatOfRow, rowOfChat } from './stored-chat.js';

const ROOM = 'room-1';
const KEPT: KeptAcrossStates = {
  intakeTurns: 2,
  shownDraftId: 'draft-1',
  relayedEventId: 41,
  handOver: { roomId: ROOM, messageId: 'message-1' },
};

/** The row as saveConversation writes it (its json `data` as the database gives it back). */
function stored(chat: ChatState, kept: KeptAcrossStates = KEPT) {
  const { state, roomId, data } = rowOfChat(chat, kept);
  return { state, room_id: roomId, data: JSON.parse(JSON.stringify(data)) };
}

describe('the chat state in its row', () => {
  it.each<ChatState>([
    { state: 'no_room' },
    { state: 'intake', roomId: ROOM },
    {
      state: 'confirm_invite',
      roomId: ROOM,
      pendingInvite: { phoneNumber: '+447700900502', name: null },
      reasked: true,
    },
    { state: 'awaiting_partner', roomId: ROOM },
    { state: 'invitee_consent', roomId: ROOM, inviteId: 'invite-1' },
    {
      state: 'invitee_intake',
      roomId: ROOM,
      inviteId: 'invite-1',
      transcript: [{ from: 'mediator', text: 'What matters most to you?' }],
    },
    { state: 'screening', roomId: ROOM, answers: { safe: 'yes' }, index: 1, after: 'joint' },
    { state: 'joint', roomId: ROOM },
    { state: 'choose_room', roomId: null, previous: 'joint' },
    { state: 'choose_room', roomId: ROOM, previous: 'confirm_invite' },
  ])('reads back what it wrote: $state', (chat) => {
    expect(chatOfRow(stored(chat))).toEqual({ chat, kept: KEPT, misfit: undefined });
  });

  it('keeps the shape earlier versions wrote and read', () => {
    expect(stored({ state: 'no_room' }, {})).toEqual({ state: 'intake', room_id: null, data: {} });
    const then = 'awaiting_partner';
    expect(
      stored({ state: 'screening', roomId: ROOM, answers: {}, index: 0, after: then }),
    ).toEqual({
      state: 'screening',
      room_id: ROOM,
      data: { ...KEPT, screening: { answers: {}, index: 0, then } },
    });
    expect(
      stored({ state: 'confirm_invite', roomId: ROOM, pendingInvite: INVITE, reasked: false }, {}),
    ).toEqual({ state: 'confirm_invite', room_id: ROOM, data: { pendingInvite: INVITE } });
  });

  it('forgets the fields of a state the chat has left', () => {
    const row = { state: 'joint', room_id: ROOM, data: { pendingInvite: INVITE, inviteId: 'i' } };
    expect(stored(chatOfRow(row).chat, {})).toEqual({ state: 'joint', room_id: ROOM, data: {} });
  });

  it.each([
    ['a room state without a room', { state: 'joint', room_id: null }, { state: 'no_room' }],
    ['an invite read back without the invite', { state: 'confirm_invite' }, INTAKE],
    ['screening without its progress', { state: 'screening' }, { state: 'joint', roomId: ROOM }],
    ['an invitee without the invite', { state: 'invitee_intake' }, { state: 'no_room' }],
    ['a state it does not know', { state: 'paused' }, { state: 'no_room' }],
  ])('reads %s as the nearest safe state, and says so', (_what, row, chat) => {
    const read = chatOfRow({ room_id: ROOM, data: {}, ...row });
    expect(read.chat).toEqual(chat);
    expect(read.misfit).toBeTruthy();
  });

  it('reads a row with no data', () => {
    expect(chatOfRow({ state: 'intake', room_id: ROOM, data: null }).chat).toEqual(INTAKE);
  });
});

const INVITE = { phoneNumber: '+447700900502', name: 'John' };
const INTAKE = { state: 'intake', roomId: ROOM };
