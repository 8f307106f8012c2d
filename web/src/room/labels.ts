/** How the room's state reads to a person: phase, stage, whose turn, invite progress. */
import type { Invite, Participant } from '../api/types';

const PHASES: Record<string, string> = {
  waiting: 'Waiting for the other person',
  screening: 'Private questions',
  active: 'In progress',
  on_break: 'Paused',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** The room's phase in words. */
export function phaseLabel(phase: string): string {
  return PHASES[phase] ?? phase.replaceAll('_', ' ');
}

export const STAGES = [
  ['opening', 'Getting started'],
  ['perspectives', 'Each side’s view'],
  ['understanding', 'Understanding each other'],
  ['common_ground', 'Common ground'],
  ['options', 'Options'],
  ['agreement', 'Agreement'],
] as const;

/** The mediation's stage in words, with where it sits ("Stage 2 of 6: Each side’s view"). */
export function stageLabel(stage: string): string {
  const index = STAGES.findIndex(([key]) => key === stage);
  if (index < 0) return stage.replaceAll('_', ' ');
  return `Stage ${index + 1} of ${STAGES.length}: ${STAGES[index]![1]}`;
}

/** Whose turn it is, from the viewer's side. */
export function turnLabel(
  phase: string,
  currentTurnUserId: string | null,
  viewerId: string,
  participants: Pick<Participant, 'user_id' | 'name'>[],
): string {
  if (phase === 'waiting') return 'Waiting for the other person to join';
  if (phase === 'on_break') return 'The session is paused';
  if (phase === 'screening') return 'Private questions first, then you talk together';
  if (phase === 'resolved') return 'Finished';
  if (phase === 'closed') return 'This mediation has closed';
  if (!currentTurnUserId) return 'The mediator is replying';
  if (currentTurnUserId === viewerId) return 'Your turn';
  const name = participants.find((p) => p.user_id === currentTurnUserId)?.name;
  return name ? `${name}’s turn` : 'The other person’s turn';
}

export type StepState = 'done' | 'current' | 'todo' | 'failed';
export interface InviteStep {
  key: string;
  label: string;
  state: StepState;
}

const STEP_LABELS: Record<string, string> = {
  created: 'Link made',
  queued: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  opened: 'Opened',
  joined: 'Joined',
};

// What each channel can tell: a link only learns when it is opened; email cannot see delivery.
const CHANNEL_STEPS: Record<string, string[]> = {
  whatsapp: ['sent', 'delivered', 'read', 'opened', 'joined'],
  email: ['sent', 'opened', 'joined'],
  link: ['created', 'opened', 'joined'],
};

/** The steps an invite goes through on its channel, and how far this one got. */
export function inviteSteps(channel: string, progress: string): InviteStep[] {
  const keys = CHANNEL_STEPS[channel] ?? CHANNEL_STEPS.link!;
  if (progress === 'failed') {
    return [{ key: 'failed', label: 'Could not be delivered', state: 'failed' }];
  }
  // A step the channel does not show (queued, or made before sending) means the first is under way.
  const reached = keys.indexOf(progress);
  return keys.map((key, index) => ({
    key,
    label: STEP_LABELS[key] ?? key,
    state:
      index <= reached
        ? 'done'
        : index === reached + 1 && progress !== 'joined'
          ? 'current'
          : 'todo',
  }));
}

const CHANNELS: Record<string, string> = {
  whatsapp: 'WhatsApp',
  email: 'email',
  link: 'link',
};

/** One line about an invite, e.g. "Invite by WhatsApp to John: read". */
export function inviteSummary(
  invite: Pick<Invite, 'channel' | 'recipient_name' | 'status' | 'progress'>,
): string {
  const channel = CHANNELS[invite.channel] ?? invite.channel;
  const to = invite.recipient_name ? ` to ${invite.recipient_name}` : '';
  if (invite.status === 'revoked') return `Invite by ${channel}${to}: cancelled`;
  if (invite.status === 'expired') return `Invite by ${channel}${to}: expired`;
  const progress =
    invite.progress === 'failed'
      ? 'could not be delivered'
      : (STEP_LABELS[invite.progress] ?? invite.progress).toLowerCase();
  return `Invite by ${channel}${to}: ${progress}`;
}
