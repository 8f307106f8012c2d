import { describe, expect, it } from 'vitest';
import type { ServerTemplate } from '../graph/graph-types.js';
import { templateDefinition } from './definitions.js';
import { templateDifferences } from './template-differences.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

const local = toCreateTemplateRequest(
  templateDefinition('agreement_reached', 'https://meedi8.example'),
);

// As Meta lists it: same content, examples left out, an id and a status added.
function remote(change: Partial<ServerTemplate> = {}): ServerTemplate {
  return {
    id: '1',
    name: local.name,
    language: local.language,
    status: 'APPROVED',
    category: 'UTILITY',
    components: local.components.map((c) => {
      if (c.type === 'BODY' && 'text' in c) return { type: 'BODY', text: c.text };
      if (c.type === 'BUTTONS')
        return { type: 'BUTTONS', buttons: c.buttons.map((b) => ({ ...b, example: undefined })) };
      return c;
    }),
    ...change,
  };
}

describe('templateDifferences', () => {
  it('finds none when only examples differ', () => {
    expect(templateDifferences(local, remote())).toEqual([]);
  });

  it('reports a changed body, footer, button and category', () => {
    const changed = remote({
      category: 'MARKETING',
      components: [
        { type: 'BODY', text: 'Something else {{1}} here.' },
        { type: 'FOOTER', text: 'Other footer' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'URL', text: 'View agreement', url: 'https://old.example/rooms/{{1}}' },
          ],
        },
      ],
    });
    expect(templateDifferences(local, changed)).toEqual([
      'category is MARKETING at Meta, UTILITY here',
      'body text differs',
      'footer text differs',
      'buttons differ',
    ]);
  });
});
