import { describe, expect, it } from 'vitest';
import { buildDocumentContent } from './build-document.js';
import { buildTextContents } from './build-text.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

describe('buildDocumentContent', () => {
  it('builds a document sent by link, with its caption', () => {
    expect(
      buildDocumentContent({
        kind: 'document',
        link: 'https://meedi8.example/files/agreement.pdf',
        filename: 'agreement.pdf',
        caption: 'Your agreement',
      }),
    ).toEqual({
      type: 'document',
      document: {
        link: 'https://meedi8.example/files/agreement.pdf',
        filename: 'agreement.pdf',
        caption: 'Your agreement',
      },
    });
  });

  it('sends an uploaded file by its media id', () => {
    expect(
      buildDocumentContent({
        kind: 'document',
        mediaId: '1234567890',
        filename: 'agreement.pdf',
        caption: 'Your agreement',
      }),
    ).toEqual({
      type: 'document',
      document: { id: '1234567890', filename: 'agreement.pdf', caption: 'Your agreement' },
    });
    expect(() =>
      buildDocumentContent({ kind: 'document', mediaId: 'abc', filename: 'a.pdf' }),
    ).toThrow(expect.objectContaining({ rule: 'document.id.format' }));
  });

  it('accepts http links (the local emulator) and leaves out an empty caption', () => {
    const built = buildDocumentContent({
      kind: 'document',
      link: 'http://127.0.0.1/a.pdf',
      filename: 'a.pdf',
      caption: '',
    });
    expect(built.document).toEqual({ link: 'http://127.0.0.1/a.pdf', filename: 'a.pdf' });
  });

  it.each([
    ['document.link.protocol', { link: 'ftp://meedi8.example/a.pdf' }],
    ['document.link.protocol', { link: 'file:///etc/passwd' }],
    ['document.link.protocol', { link: 'not a url' }],
    ['document.filename.empty', { filename: '' }],
    ['document.filename.length', { filename: `${'f'.repeat(240)}.pdf` }],
    ['document.caption.length', { caption: 'c'.repeat(1025) }],
  ])('rejects %s', (rule, change) => {
    const message = {
      kind: 'document' as const,
      link: 'https://meedi8.example/a.pdf',
      filename: 'a.pdf',
      ...change,
    };
    expect(() => buildDocumentContent(message)).toThrow(expect.objectContaining({ rule }));
  });
});

describe('buildTextContents', () => {
  it('sends one text, with preview_url only when asked', () => {
    expect(buildTextContents({ kind: 'text', body: 'Hello' })).toEqual([
      { type: 'text', text: { body: 'Hello' } },
    ]);
    expect(
      buildTextContents({ kind: 'text', body: 'See https://meedi8.example', previewUrl: true }),
    ).toEqual([{ type: 'text', text: { body: 'See https://meedi8.example', preview_url: true } }]);
  });

  it('splits a long text into several sends, each within 4,096 characters, in order', () => {
    const body = Array.from({ length: 600 }, (_, i) => `Sentence ${i} of the reply.`).join(' ');
    const sends = buildTextContents({ kind: 'text', body, previewUrl: true });
    expect(sends.length).toBeGreaterThan(1);
    for (const send of sends) {
      expect(send.text.body.length).toBeLessThanOrEqual(4096);
      expect(send.text.preview_url).toBe(true);
    }
    expect(sends[0]?.text.body.startsWith('Sentence 0 ')).toBe(true);
    expect(sends.at(-1)?.text.body.endsWith('Sentence 599 of the reply.')).toBe(true);
  });

  it('rejects an empty text', () => {
    expect(() => buildTextContents({ kind: 'text', body: ' \n ' })).toThrow(
      InvalidOutboundMessageError,
    );
  });
});
