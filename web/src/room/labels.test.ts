import { describe, expect, it } from 'vitest';
import { composerMode } from './composer';
import { inviteSteps, inviteSummary, stageLabel, turnLabel } from './labels';
import { authorOf } from './message-list';

const people = [
  { user_id: 'me', name: 'Sarah' },
  { user_id: 'john', name: 'John' },
];

describe('room labels', () => {
  it('says whose turn it is from the viewer’s side', () => {
    expect(turnLabel('active', 'me', 'me', people)).toBe('Your turn');
    expect(turnLabel('active', 'john', 'me', people)).toBe('John’s turn');
    expect(turnLabel('waiting', null, 'me', people)).toMatch(/join/);
    // Neutral on purpose: the other person never learns why a session paused.
    expect(turnLabel('on_break', 'me', 'me', people)).toBe('The session is paused');
  });

  it('names stages with their place', () => {
    expect(stageLabel('perspectives')).toBe('Stage 2 of 6: Each side’s view');
    expect(stageLabel('something_new')).toBe('something new');
  });

  it('follows an invite along its channel’s steps', () => {
    expect(inviteSteps('whatsapp', 'delivered').map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
    ]);
    expect(inviteSteps('whatsapp', 'queued')[0]).toMatchObject({ key: 'sent', state: 'current' });
    expect(inviteSteps('link', 'joined').every((s) => s.state === 'done')).toBe(true);
    expect(inviteSteps('link', 'created').map((s) => s.state)).toEqual(['done', 'current', 'todo']);
    expect(inviteSteps('email', 'opened').map((s) => s.key)).toEqual(['sent', 'opened', 'joined']);
    expect(inviteSteps('whatsapp', 'failed')).toEqual([
      { key: 'failed', label: 'Could not be delivered', state: 'failed' },
    ]);
    expect(
      inviteSummary({
        channel: 'whatsapp',
        recipient_name: 'John',
        status: 'pending',
        progress: 'read',
      }),
    ).toBe('Invite by WhatsApp to John: Read');
    expect(
      inviteSummary({
        channel: 'link',
        recipient_name: null,
        status: 'revoked',
        progress: 'created',
      }),
    ).toBe('Invite by link: cancelled');
  });

  it('attributes messages: you, them by name, the mediator', () => {
    expect(authorOf({ author: 'participant', author_user_id: 'me' }, 'me', people).label).toBe(
      'You',
    );
    expect(authorOf({ author: 'participant', author_user_id: 'john' }, 'me', people).label).toBe(
      'John',
    );
    expect(authorOf({ author: 'mediator', author_user_id: null }, 'me', people).kind).toBe(
      'mediator',
    );
  });

  it('opens the composer on your turn and holds messages out of turn', () => {
    expect(composerMode({ phase: 'active', current_turn_user_id: 'me' }, 'me').mode).toBe('turn');
    expect(composerMode({ phase: 'active', current_turn_user_id: 'john' }, 'me').mode).toBe('hold');
    expect(composerMode({ phase: 'on_break', current_turn_user_id: 'me' }, 'me').mode).toBe(
      'closed',
    );
    expect(composerMode({ phase: 'waiting', current_turn_user_id: null }, 'me').reason).toMatch(
      /joins/,
    );
  });

  it('keeps the conversation closed until both have answered the private questions', () => {
    expect(composerMode({ phase: 'screening', current_turn_user_id: null }, 'me').reason).toMatch(
      /private questions/,
    );
    expect(turnLabel('screening', null, 'me', people)).toMatch(/Private questions/);
    expect(composerMode({ phase: 'closed', current_turn_user_id: null }, 'me').mode).toBe('closed');
  });
});
