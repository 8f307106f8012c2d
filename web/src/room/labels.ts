/** How the room's state reads to a person: phase, stage, whose turn, invite progress. */
import type { Invite, Participant } from '../api/types';
import { t, type WebKey } from '../i18n/intl';

const PHASES: Record<string, WebKey> = {
  waiting: 'phase.waiting',
  screening: 'phase.screening',
  active: 'phase.active',
  on_break: 'phase.on_break',
  resolved: 'phase.resolved',
  closed: 'phase.closed',
};

/** The room's phase in words. */
export function phaseLabel(phase: string): string {
  const key = PHASES[phase];
  return key ? t(key) : phase.replaceAll('_', ' ');
}

export const STAGES = [
  ['opening', 'stage.opening'],
  ['perspectives', 'stage.perspectives'],
  ['understanding', 'stage.understanding'],
  ['common_ground', 'stage.common_ground'],
  ['options', 'stage.options'],
  ['agreement', 'stage.agreement'],
] as const satisfies readonly (readonly [string, WebKey])[];

/** The mediation's stage in words, with where it sits ("Stage 2 of 6: Each side’s view"). */
export function stageLabel(stage: string): string {
  const index = STAGES.findIndex(([key]) => key === stage);
  if (index < 0) return stage.replaceAll('_', ' ');
  return t('stage.of', { n: index + 1, total: STAGES.length, name: t(STAGES[index]![1]) });
}

/** Whose turn it is, from the viewer's side. */
export function turnLabel(
  phase: string,
  currentTurnUserId: string | null,
  viewerId: string,
  participants: Pick<Participant, 'user_id' | 'name'>[],
): string {
  if (phase === 'waiting') return t('turn.waiting');
  if (phase === 'on_break') return t('turn.paused');
  if (phase === 'screening') return t('turn.screening');
  if (phase === 'resolved') return t('turn.finished');
  if (phase === 'closed') return t('turn.closed');
  if (!currentTurnUserId) return t('turn.mediator');
  if (currentTurnUserId === viewerId) return t('turn.yours');
  const name = participants.find((p) => p.user_id === currentTurnUserId)?.name;
  return name ? t('turn.theirs', { name }) : t('turn.other');
}

export type StepState = 'done' | 'current' | 'todo' | 'failed';
export interface InviteStep {
  key: string;
  label: string;
  state: StepState;
}

const STEP_LABELS: Record<string, WebKey> = {
  created: 'step.created',
  queued: 'step.queued',
  sent: 'step.sent',
  delivered: 'step.delivered',
  read: 'step.read',
  opened: 'step.opened',
  joined: 'step.joined',
};

const stepLabel = (key: string) => (STEP_LABELS[key] ? t(STEP_LABELS[key]) : key);

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
    return [{ key: 'failed', label: t('step.failed'), state: 'failed' }];
  }
  // A step the channel does not show (queued, or made before sending) means the first is under way.
  const reached = keys.indexOf(progress);
  return keys.map((key, index) => ({
    key,
    label: stepLabel(key),
    state:
      index <= reached
        ? 'done'
        : index === reached + 1 && progress !== 'joined'
          ? 'current'
          : 'todo',
  }));
}

/** One line about an invite, e.g. "Invite by WhatsApp to John: read". */
export function inviteSummary(
  invite: Pick<Invite, 'channel' | 'recipient_name' | 'status' | 'progress'>,
): string {
  const state =
    invite.status === 'revoked'
      ? t('inviteState.cancelled')
      : invite.status === 'expired'
        ? t('inviteState.expired')
        : invite.progress === 'failed'
          ? t('inviteState.failed')
          : stepLabel(invite.progress);
  return t('invite.summary', {
    channel: ['whatsapp', 'email', 'link'].includes(invite.channel) ? invite.channel : 'other',
    name: invite.recipient_name ?? '',
    named: invite.recipient_name ? 'yes' : 'no',
    state,
  });
}
