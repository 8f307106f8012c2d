/**
 * The chat's state as its row stores it: the state's name, `room_id`, and the state's own fields
 * in the `data` json beside the kept ones. The row's shape predates the typed states and is
 * unchanged, so rows written by earlier versions load, and earlier versions can read ours.
 */
import type { ScreeningAnswer } from '../storage/schema.js';
import {
  type AfterScreening,
  type ChatState,
  type IntakeLine,
  type InviteReadBack,
  type KeptAcrossStates,
  type StoredState,
  storedName,
} from './chat-states.js';

/** The `data` json: the kept fields and the current state's own. */
interface StoredData extends KeptAcrossStates {
  pendingInvite?: InviteReadBack;
  inviteReasked?: boolean;
  inviteId?: string;
  inviteeIntake?: IntakeLine[];
  screening?: { answers: Record<string, ScreeningAnswer>; index: number; then: string };
  stateBeforeChoice?: StoredState;
}

const AFTER_SCREENING: readonly string[] = ['intake', 'awaiting_partner', 'joint'];

interface Row {
  state: string;
  room_id: string | null;
  data: Record<string, unknown> | null;
}

/**
 * The state a row describes. A row that does not fit its state (a field it needs is missing) is
 * read as the nearest safe state, and `misfit` says what was missing so the load can log it.
 */
export function chatOfRow(row: Row): { chat: ChatState; kept: KeptAcrossStates; misfit?: string } {
  const data = (row.data ?? {}) as StoredData;
  const { intakeTurns, shownDraftId, relayedEventId, handOver } = data;
  const kept = { intakeTurns, shownDraftId, relayedEventId, handOver };
  const read = (chat: ChatState, misfit?: string) => ({ chat, kept, misfit });
  const roomId = row.room_id;
  const state = row.state as StoredState;
  if (state === 'choose_room') {
    return read({ state, roomId, previous: data.stateBeforeChoice ?? 'joint' });
  }
  // Without a room the next message starts a new mediation, as it always has.
  if (!roomId) return read({ state: 'no_room' }, state === 'intake' ? undefined : 'no room');
  switch (state) {
    case 'intake':
    case 'awaiting_partner':
    case 'joint':
      return read({ state, roomId });
    case 'confirm_invite': {
      const { pendingInvite } = data;
      if (!pendingInvite) return read({ state: 'intake', roomId }, 'no invite read back');
      return read({ state, roomId, pendingInvite, reasked: data.inviteReasked === true });
    }
    case 'invitee_consent':
    case 'invitee_intake': {
      const { inviteId } = data;
      if (!inviteId) return read({ state: 'no_room' }, 'no invite');
      if (state === 'invitee_consent') return read({ state, roomId, inviteId });
      return read({ state, roomId, inviteId, transcript: data.inviteeIntake ?? [] });
    }
    case 'screening': {
      const progress = data.screening;
      if (!progress || !AFTER_SCREENING.includes(progress.then)) {
        return read({ state: 'joint', roomId }, 'no screening progress');
      }
      const { answers, index } = progress;
      return read({ state, roomId, answers, index, after: progress.then as AfterScreening });
    }
    default:
      return read({ state: 'no_room' }, 'unknown state');
  }
}

/** The row's columns for a state (the inverse of `chatOfRow`). */
export function rowOfChat(
  chat: ChatState,
  kept: KeptAcrossStates,
): { state: StoredState; roomId: string | null; data: StoredData } {
  const data: StoredData = { ...kept };
  switch (chat.state) {
    case 'no_room':
      return { state: storedName(chat), roomId: null, data };
    case 'intake':
    case 'awaiting_partner':
    case 'joint':
      return { state: chat.state, roomId: chat.roomId, data };
    case 'confirm_invite':
      data.pendingInvite = chat.pendingInvite;
      if (chat.reasked) data.inviteReasked = true;
      return { state: chat.state, roomId: chat.roomId, data };
    case 'invitee_consent':
      data.inviteId = chat.inviteId;
      return { state: chat.state, roomId: chat.roomId, data };
    case 'invitee_intake':
      data.inviteId = chat.inviteId;
      data.inviteeIntake = chat.transcript;
      return { state: chat.state, roomId: chat.roomId, data };
    case 'screening': {
      const { answers, index, after: then } = chat;
      data.screening = { answers, index, then };
      return { state: chat.state, roomId: chat.roomId, data };
    }
    case 'choose_room':
      data.stateBeforeChoice = chat.previous;
      return { state: chat.state, roomId: chat.roomId, data };
  }
}
