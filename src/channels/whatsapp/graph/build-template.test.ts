import { describe, expect, it } from 'vitest';
import type { TemplateMessage } from '../outbound-message.js';
import { buildClientMessages } from './build-message.js';
import { buildTemplateContent } from './build-template.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

const invite: TemplateMessage = {
  kind: 'template',
  name: 'mediation_invite',
  language: 'en_GB',
  bodyParams: ['Sam', 'Alex'],
  urlButtonSuffix: 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE',
};

function ruleOf(message: TemplateMessage): string {
  try {
    buildTemplateContent(message);
  } catch (err) {
    if (err instanceof InvalidOutboundMessageError) return err.rule;
    throw err;
  }
  return 'none';
}

describe('buildTemplateContent', () => {
  it('builds body parameters in order and the URL button suffix', () => {
    expect(buildTemplateContent(invite)).toEqual({
      type: 'template',
      template: {
        name: 'mediation_invite',
        language: { code: 'en_GB' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Sam' },
              { type: 'text', text: 'Alex' },
            ],
          },
          {
            type: 'button',
            sub_type: 'url',
            index: '0',
            parameters: [{ type: 'text', text: 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE' }],
          },
        ],
      },
    });
  });

  it('sanitises names so they can never fail the send', () => {
    const built = buildTemplateContent({
      ...invite,
      bodyParams: ['Sam\n\tTaylor     🙂', `${'Alexandra '.repeat(20)}`],
    });
    const [body] = built.template.components;
    const texts = body?.parameters.map((p) => p.text) ?? [];
    expect(texts[0]).toBe('Sam Taylor 🙂');
    expect(texts[1]?.length).toBeLessThanOrEqual(60);
    expect(texts[1]?.endsWith('…')).toBe(true);
  });

  it('uses the fallback when a name has nothing printable', () => {
    const built = buildTemplateContent({ ...invite, bodyParams: ['\n\u0000 ', ' '] });
    expect(built.template.components[0]?.parameters.map((p) => p.text)).toEqual([
      'there',
      'Someone you know',
    ]);
  });

  it.each([
    ['template.parameters.count', { ...invite, bodyParams: ['Sam'] }],
    ['template.parameters.count', { ...invite, bodyParams: ['Sam', 'Alex', 'extra'] }],
    ['template.url_button.suffix.missing', { ...invite, urlButtonSuffix: undefined }],
    ['template.url_button.suffix.empty', { ...invite, urlButtonSuffix: '  ' }],
    ['template.url_button.suffix.length', { ...invite, urlButtonSuffix: 'x'.repeat(201) }],
    ['template.url_button.suffix.characters', { ...invite, urlButtonSuffix: 'a b<script>' }],
    ['template.language', { ...invite, language: 'english' }],
    ['template.name', { ...invite, name: 'not_defined' as TemplateMessage['name'] }],
    ['template.name', { ...invite, name: 'constructor' as TemplateMessage['name'] }],
  ] as [string, TemplateMessage][])('rejects %s', (rule, message) => {
    expect(ruleOf(message)).toBe(rule);
  });

  it('fails before any request: buildClientMessages throws for an invalid template', () => {
    expect(() => buildClientMessages('447700900123', { ...invite, bodyParams: [] })).toThrow(
      InvalidOutboundMessageError,
    );
  });
});
