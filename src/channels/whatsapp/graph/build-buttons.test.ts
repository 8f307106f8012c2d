import { describe, expect, it } from 'vitest';
import type { ButtonsMessage } from '../outbound-message.js';
import { buildButtonsContent } from './build-buttons.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

const ok: ButtonsMessage = {
  kind: 'buttons',
  body: 'Are you ready to continue?',
  buttons: [
    { id: 'ready', title: 'Ready' },
    { id: 'later', title: 'Later' },
  ],
};

function ruleOf(message: ButtonsMessage): string {
  try {
    buildButtonsContent(message);
  } catch (err) {
    if (err instanceof InvalidOutboundMessageError) return err.rule;
    throw err;
  }
  return 'none';
}

describe('buildButtonsContent', () => {
  it('builds the interactive payload with header and footer', () => {
    expect(buildButtonsContent({ ...ok, header: 'Meedi8', footer: 'Reply any time' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Meedi8' },
        body: { text: 'Are you ready to continue?' },
        footer: { text: 'Reply any time' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'ready', title: 'Ready' } },
            { type: 'reply', reply: { id: 'later', title: 'Later' } },
          ],
        },
      },
    });
  });

  it('accepts the limits exactly', () => {
    const max = {
      ...ok,
      body: 'b'.repeat(1024),
      header: 'h'.repeat(60),
      footer: 'f'.repeat(60),
      buttons: [
        { id: 'i'.repeat(256), title: 't'.repeat(20) },
        { id: 'j', title: 'u' },
        { id: 'k', title: 'v' },
      ],
    };
    expect(ruleOf(max)).toBe('none');
  });

  it.each([
    ['buttons.count', { ...ok, buttons: [] }],
    [
      'buttons.count',
      { ...ok, buttons: [1, 2, 3, 4].map((n) => ({ id: `b${n}`, title: `B${n}` })) },
    ],
    ['buttons.title.length', { ...ok, buttons: [{ id: 'a', title: 't'.repeat(21) }] }],
    ['buttons.title.empty', { ...ok, buttons: [{ id: 'a', title: '  ' }] }],
    ['buttons.id.length', { ...ok, buttons: [{ id: 'i'.repeat(257), title: 'A' }] }],
    ['buttons.id.empty', { ...ok, buttons: [{ id: '', title: 'A' }] }],
    [
      'buttons.id.unique',
      {
        ...ok,
        buttons: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
      },
    ],
    [
      'buttons.title.unique',
      {
        ...ok,
        buttons: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'A' },
        ],
      },
    ],
    ['buttons.body.length', { ...ok, body: 'b'.repeat(1025) }],
    ['buttons.body.empty', { ...ok, body: '' }],
    ['buttons.header.length', { ...ok, header: 'h'.repeat(61) }],
    ['buttons.footer.length', { ...ok, footer: 'f'.repeat(61) }],
  ] as [string, ButtonsMessage][])('rejects %s', (rule, message) => {
    expect(ruleOf(message)).toBe(rule);
  });
});
