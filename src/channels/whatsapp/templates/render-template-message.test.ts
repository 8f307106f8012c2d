import { describe, expect, it } from 'vitest';
import { buildTemplateContent } from '../graph/build-template.js';
import { renderTemplateMessage } from './render-template-message.js';

const ROOM = '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90';

describe('renderTemplateMessage', () => {
  it('puts named values in placeholder order, with the link suffix', () => {
    expect(
      renderTemplateMessage('mediation_invite', {
        recipientName: 'Sam',
        inviterName: 'Alex',
        inviteToken: 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE',
      }),
    ).toEqual({
      kind: 'template',
      name: 'mediation_invite',
      language: 'en_GB',
      bodyParams: ['Sam', 'Alex'],
      urlButtonSuffix: 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE',
    });
  });

  it('sanitises values and falls back for empty names', () => {
    const message = renderTemplateMessage('turn_notification', {
      partnerName: '\n\t ',
      roomId: ROOM,
    });
    expect(message.bodyParams).toEqual(['The other person']);
    const long = renderTemplateMessage('break_requested', {
      partnerName: 'Sam\n'.repeat(40),
      roomId: ROOM,
    });
    expect(long.bodyParams[0]?.length).toBeLessThanOrEqual(60);
    expect(long.bodyParams[0]).not.toMatch(/\n/);
  });

  it('renders every template into a message the builder accepts', () => {
    const messages = [
      renderTemplateMessage('mediation_invite', {
        recipientName: 'Zoë 🌿',
        inviterName: 'Alex',
        inviteToken: 'tok',
      }),
      renderTemplateMessage('turn_notification', { partnerName: 'Alex', roomId: ROOM }),
      renderTemplateMessage('agreement_reached', { partnerName: 'Alex', roomId: ROOM }),
      renderTemplateMessage('break_requested', { partnerName: 'Alex', roomId: ROOM }),
    ];
    for (const message of messages) expect(() => buildTemplateContent(message)).not.toThrow();
  });
});
