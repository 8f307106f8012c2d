import { describe, expect, it } from 'vitest';
import type { ListMessage, ListRow } from '../outbound-message.js';
import { buildListContent } from './build-list.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

const rows = (n: number, prefix = 'r'): ListRow[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Option ${i}` }));

const ok: ListMessage = {
  kind: 'list',
  body: 'What would you like to do?',
  buttonLabel: 'Choose',
  sections: [{ rows: [{ id: 'pause', title: 'Take a break', description: 'Pause for now' }] }],
};

function ruleOf(message: ListMessage): string {
  try {
    buildListContent(message);
  } catch (err) {
    if (err instanceof InvalidOutboundMessageError) return err.rule;
    throw err;
  }
  return 'none';
}

describe('buildListContent', () => {
  it('builds the interactive list payload', () => {
    expect(buildListContent({ ...ok, header: 'Options', footer: 'Meedi8' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Options' },
        body: { text: 'What would you like to do?' },
        footer: { text: 'Meedi8' },
        action: {
          button: 'Choose',
          sections: [
            { rows: [{ id: 'pause', title: 'Take a break', description: 'Pause for now' }] },
          ],
        },
      },
    });
  });

  it('accepts ten rows across sections and the length limits exactly', () => {
    const message: ListMessage = {
      ...ok,
      buttonLabel: 'l'.repeat(20),
      sections: [
        {
          title: 's'.repeat(24),
          rows: [{ id: 'x', title: 't'.repeat(24), description: 'd'.repeat(72) }, ...rows(4)],
        },
        { title: 'More', rows: rows(5, 'm') },
      ],
    };
    expect(ruleOf(message)).toBe('none');
  });

  it.each([
    ['list.rows.count', { ...ok, sections: [{ rows: rows(11) }] }],
    [
      'list.rows.count',
      {
        ...ok,
        sections: [
          { title: 'A', rows: rows(6, 'a') },
          { title: 'B', rows: rows(5, 'b') },
        ],
      },
    ],
    [
      'list.section.rows.count',
      {
        ...ok,
        sections: [
          { title: 'A', rows: rows(1) },
          { title: 'B', rows: [] },
        ],
      },
    ],
    ['list.sections.count', { ...ok, sections: [] }],
    [
      'list.row.title.length',
      { ...ok, sections: [{ rows: [{ id: 'a', title: 't'.repeat(25) }] }] },
    ],
    [
      'list.row.description.length',
      { ...ok, sections: [{ rows: [{ id: 'a', title: 'A', description: 'd'.repeat(73) }] }] },
    ],
    ['list.row.id.length', { ...ok, sections: [{ rows: [{ id: 'i'.repeat(201), title: 'A' }] }] }],
    [
      'list.row.id.unique',
      {
        ...ok,
        sections: [
          {
            rows: [
              { id: 'a', title: 'A' },
              { id: 'a', title: 'B' },
            ],
          },
        ],
      },
    ],
    ['list.button.length', { ...ok, buttonLabel: 'l'.repeat(21) }],
    ['list.button.empty', { ...ok, buttonLabel: ' ' }],
    [
      'list.section.title.empty',
      { ...ok, sections: [{ rows: rows(1, 'a') }, { rows: rows(1, 'b') }] },
    ],
    ['list.section.title.length', { ...ok, sections: [{ title: 's'.repeat(25), rows: rows(1) }] }],
    ['list.body.length', { ...ok, body: 'b'.repeat(1025) }],
    ['list.header.length', { ...ok, header: 'h'.repeat(61) }],
    ['list.footer.length', { ...ok, footer: 'f'.repeat(61) }],
  ] as [string, ListMessage][])('rejects %s', (rule, message) => {
    expect(ruleOf(message)).toBe(rule);
  });
});
