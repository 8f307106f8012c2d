/**
 * The catalogues' shapes, taken from the English (UK) source files: a key that is not in the
 * source does not type-check. A new namespace is a folder under messages/ and a line here.
 */
export interface Catalogues {
  common: typeof import('./messages/common/en-GB.json', { with: { type: 'json' }});
  templates: typeof import('./messages/templates/en-GB.json', { with: { type: 'json' }});
  web: typeof import('./messages/web/en-GB.json', { with: { type: 'json' }});
  mediator: typeof import('./messages/mediator/en-GB.json', { with: { type: 'json' }});
  chat: typeof import('./messages/chat/en-GB.json', { with: { type: 'json' }});
  notices: typeof import('./messages/notices/en-GB.json', { with: { type: 'json' }});
  email: typeof import('./messages/email/en-GB.json', { with: { type: 'json' }});
  pdf: typeof import('./messages/pdf/en-GB.json', { with: { type: 'json' }});
  screening: typeof import('./messages/screening/en-GB.json', { with: { type: 'json' }});
  safety: typeof import('./messages/safety/en-GB.json', { with: { type: 'json' }});
}

export type Namespace = keyof Catalogues;
export type MessageKey<N extends Namespace> = keyof Catalogues[N] & string;
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;
