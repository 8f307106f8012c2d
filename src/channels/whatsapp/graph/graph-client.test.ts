import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundWhatsApp } from '../outbound-message.js';
import { type FakeGraph, metaError, startFakeGraph } from './fake-graph-server.js';
import { GraphApiError } from './graph-api-error.js';
import { createGraphClient, type GraphClientOptions } from './graph-client.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

const TOKEN = 'EAAG-test-access-token-0123456789';
const SECRET = 'app-secret-for-tests';
const PROOF = createHmac('sha256', SECRET).update(TOKEN).digest('hex');
const TO = '+447700900123';

let fake: FakeGraph;
let options: GraphClientOptions;

beforeAll(async () => {
  fake = await startFakeGraph();
  options = {
    graphUrl: fake.url,
    apiVersion: 'v24.0',
    accessToken: TOKEN,
    appSecret: SECRET,
    phoneNumberId: '1234567890',
    businessAccountId: '9876543210',
    timeoutMs: 2_000,
  };
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond(() => undefined);
});

async function failure(promise: Promise<unknown>): Promise<GraphApiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GraphApiError);
  return err as GraphApiError;
}

describe('sendMessage', () => {
  it('posts to the versioned messages path with the bearer token and appsecret_proof', async () => {
    const client = createGraphClient(options);
    const result = await client.sendMessage(TO, { kind: 'text', body: 'Hello Sam' });
    expect(result).toEqual({ wamids: ['wamid.TEST1'], messageStatus: 'accepted' });
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v24.0/1234567890/messages');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.query).toEqual({ appsecret_proof: PROOF });
    expect(request?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '447700900123',
      type: 'text',
      text: { body: 'Hello Sam' },
    });
  });

  it('leaves out appsecret_proof when no app secret is set', async () => {
    const client = createGraphClient({ ...options, appSecret: null });
    await client.sendMessage(TO, { kind: 'text', body: 'Hello' });
    expect(fake.requests[0]?.query).toEqual({});
  });

  it.each<[string, OutboundWhatsApp, Record<string, unknown>]>([
    [
      'text with preview',
      { kind: 'text', body: 'See https://meedi8.example', previewUrl: true },
      { type: 'text', text: { body: 'See https://meedi8.example', preview_url: true } },
    ],
    [
      'template',
      {
        kind: 'template',
        name: 'turn_notification',
        language: 'en_GB',
        bodyParams: ['Alex'],
        urlButtonSuffix: '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90',
      },
      {
        type: 'template',
        template: {
          name: 'turn_notification',
          language: { code: 'en_GB' },
          components: [
            { type: 'body', parameters: [{ type: 'text', text: 'Alex' }] },
            {
              type: 'button',
              sub_type: 'url',
              index: '0',
              parameters: [{ type: 'text', text: '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90' }],
            },
          ],
        },
      },
    ],
    [
      'buttons',
      { kind: 'buttons', body: 'Ready?', buttons: [{ id: 'yes', title: 'Yes' }] },
      {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Ready?' },
          action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
        },
      },
    ],
    [
      'list',
      {
        kind: 'list',
        body: 'Pick one',
        buttonLabel: 'Options',
        sections: [{ rows: [{ id: 'a', title: 'A' }] }],
      },
      {
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: 'Pick one' },
          action: { button: 'Options', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
        },
      },
    ],
    [
      'document',
      { kind: 'document', link: 'https://meedi8.example/a.pdf', filename: 'agreement.pdf' },
      {
        type: 'document',
        document: { link: 'https://meedi8.example/a.pdf', filename: 'agreement.pdf' },
      },
    ],
  ])('sends a %s message in Meta’s shape', async (_kind, message, content) => {
    const client = createGraphClient(options);
    await client.sendMessage(TO, message);
    expect(fake.requests[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '447700900123',
      ...content,
    });
  });

  it('splits a long text into several sends, in order, and returns every wamid', async () => {
    const client = createGraphClient(options);
    const body = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i}. ${'Calm words. '.repeat(30)}`,
    ).join('\n\n');
    const result = await client.sendMessage(TO, { kind: 'text', body });
    expect(result.wamids.length).toBe(fake.requests.length);
    expect(result.wamids.length).toBeGreaterThan(2);
    const sent = fake.requests.map((r) => (r.body as { text: { body: string } }).text.body);
    for (const part of sent) expect(part.length).toBeLessThanOrEqual(4096);
    expect(sent[0]?.startsWith('Paragraph 0.')).toBe(true);
    const joined = sent.join(' ').replace(/\s+/g, ' ');
    expect(joined === body.replace(/\s+/g, ' ').trim()).toBe(true);
  });

  it('reports which parts went out when a later part fails', async () => {
    let n = 0;
    fake.respond((req) =>
      req.path.endsWith('/messages') && ++n === 2
        ? metaError(131056, 'Pair rate limit hit')
        : undefined,
    );
    const client = createGraphClient(options);
    const err = await failure(
      client.sendMessage(TO, { kind: 'text', body: `${'a '.repeat(3000)}` }),
    );
    expect(err.failureClass).toBe('pair_rate');
    expect(err.retryAfterMs).toBe(6_000);
    expect(err.sentWamids).toHaveLength(1);
  });

  it('returns Meta’s message_status when it is not accepted', async () => {
    fake.respond(() => ({
      json: {
        messaging_product: 'whatsapp',
        messages: [{ id: 'wamid.HELD', message_status: 'held_for_quality_assessment' }],
      },
    }));
    const client = createGraphClient(options);
    expect(await client.sendMessage(TO, { kind: 'text', body: 'Hi' })).toEqual({
      wamids: ['wamid.HELD'],
      messageStatus: 'held_for_quality_assessment',
    });
  });

  it('rejects invalid messages and numbers before any request', async () => {
    const client = createGraphClient(options);
    await expect(
      client.sendMessage(TO, { kind: 'buttons', body: 'x', buttons: [] }),
    ).rejects.toBeInstanceOf(InvalidOutboundMessageError);
    await expect(
      client.sendMessage('07700900123', { kind: 'text', body: 'x' }),
    ).rejects.toMatchObject({
      rule: 'recipient.e164',
    });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('errors', () => {
  it('turns Meta’s error body into a GraphApiError with every field', async () => {
    fake.respond(() =>
      metaError(131047, 'Re-engagement message', {
        subcode: 2494010,
        title: 'Message failed to send',
        details: 'More than 24 hours have passed since the customer last replied.',
      }),
    );
    const client = createGraphClient(options);
    const err = await failure(
      client.sendMessage(TO, { kind: 'text', body: 'Secret mediation words' }),
    );
    expect(err).toMatchObject({
      httpStatus: 400,
      code: 131047,
      subcode: 2494010,
      title: 'Message failed to send',
      details: 'More than 24 hours have passed since the customer last replied.',
      fbtraceId: 'AbCdEfGhIjK',
      failureClass: 'window_closed',
      retryAfterMs: null,
    });
    expect(err.message).toContain('Re-engagement message');
    expect(err.message).not.toContain('Secret mediation words');
  });

  it.each([
    [190, 401, 'operator'],
    [130429, 400, 'throttled'],
    [131000, 500, 'transient'],
    [132000, 400, 'permanent'],
    [131026, 400, 'undeliverable'],
  ] as const)('classifies code %i (HTTP %i) as %s', async (code, status, failureClass) => {
    fake.respond(() => metaError(code, 'Meta says no', { status }));
    const err = await failure(
      createGraphClient(options).sendMessage(TO, { kind: 'text', body: 'Hi' }),
    );
    expect(err.failureClass).toBe(failureClass);
  });

  it('uses the type as title when Meta gives no user title', async () => {
    fake.respond(() => metaError(100, 'Invalid parameter', { type: 'OAuthException' }));
    const err = await failure(createGraphClient(options).getPhoneNumber());
    expect(err.title).toBe('OAuthException');
  });

  it('never shows the access token, the app secret or the proof, even when Meta echoes them', async () => {
    fake.respond(() =>
      metaError(190, `Malformed access token ${TOKEN}`, {
        details: `proof ${PROOF} secret ${SECRET}`,
      }),
    );
    const err = await failure(createGraphClient(options).debugToken());
    const shown = `${err.message} ${err.details} ${err.title} ${err.stack}`;
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(PROOF);
    expect(shown).not.toContain(SECRET);
    expect(err.failureClass).toBe('operator');
  });

  it('handles a non-JSON 502 from a proxy as transient', async () => {
    fake.respond(() => ({ status: 502, raw: '<html><body>Bad Gateway</body></html>' }));
    const err = await failure(
      createGraphClient(options).sendMessage(TO, { kind: 'text', body: 'Hi' }),
    );
    expect(err).toMatchObject({ httpStatus: 502, code: 0, failureClass: 'transient' });
    expect(err.retryAfterMs).toBeGreaterThan(0);
    expect(err.message).not.toContain('<html>');
  });

  it('handles a non-JSON 200 as a transient failure', async () => {
    fake.respond(() => ({ status: 200, raw: 'OK' }));
    const err = await failure(createGraphClient(options).getPhoneNumber());
    expect(err).toMatchObject({ httpStatus: 200, code: 0, failureClass: 'transient' });
  });

  it('honours a Retry-After header', async () => {
    fake.respond(() => ({
      ...metaError(4, 'Application request limit reached'),
      headers: { 'retry-after': '30' },
    }));
    const err = await failure(createGraphClient(options).getPhoneNumber());
    expect(err.failureClass).toBe('throttled');
    expect(err.retryAfterMs).toBe(30_000);
  });

  it('times out with a transient error of code 0', async () => {
    fake.respond(() => ({ json: {}, delayMs: 1_000 }));
    const client = createGraphClient({ ...options, timeoutMs: 100 });
    const started = Date.now();
    const err = await failure(client.sendMessage(TO, { kind: 'text', body: 'Hi' }));
    expect(Date.now() - started).toBeLessThan(900);
    expect(err).toMatchObject({
      httpStatus: 0,
      code: 0,
      failureClass: 'transient',
      title: 'Timeout',
      // The request went out: Meta may have the message.
      answerLost: true,
    });
  });

  it('turns a refused connection into a transient error without the URL', async () => {
    const closed = await startFakeGraph();
    const url = closed.url;
    await closed.close();
    const client = createGraphClient({ ...options, graphUrl: url });
    const err = await failure(client.debugToken());
    expect(err).toMatchObject({ code: 0, failureClass: 'transient', title: 'Network error' });
    // Nothing left this machine, so a retry cannot deliver it twice.
    expect(err.answerLost).toBe(false);
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).not.toContain(url);
  });
});

describe('other calls', () => {
  it('marks a message read, with the typing indicator when asked', async () => {
    const client = createGraphClient(options);
    await client.markRead('wamid.IN1');
    await client.markRead('wamid.IN2', { typing: true });
    expect(fake.requests.map((r) => [r.path, r.body])).toEqual([
      [
        '/v24.0/1234567890/messages',
        { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN1' },
      ],
      [
        '/v24.0/1234567890/messages',
        {
          messaging_product: 'whatsapp',
          status: 'read',
          message_id: 'wamid.IN2',
          typing_indicator: { type: 'text' },
        },
      ],
    ]);
  });

  it('looks up media, then downloads it with the bearer token', async () => {
    const info = {
      url: `${fake.url}/media/file-1`,
      mime_type: 'audio/ogg',
      sha256: 'abc',
      file_size: 4,
      id: 'm1',
    };
    fake.respond((req) => {
      if (req.path === '/v24.0/m1') return { json: info };
      if (req.path === '/media/file-1')
        return { raw: Buffer.from([1, 2, 3, 4]), contentType: 'audio/ogg' };
      return undefined;
    });
    const client = createGraphClient(options);
    const media = await client.getMedia('m1');
    expect(media).toEqual(info);
    const bytes = await client.downloadMedia(media.url);
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(fake.requests[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses to send the token to a plain-http media URL elsewhere', async () => {
    const client = createGraphClient(options);
    const err = await failure(client.downloadMedia('http://elsewhere.example/file'));
    expect(err.failureClass).toBe('permanent');
    expect(fake.requests).toHaveLength(0);
  });

  it('lists templates across pages', async () => {
    fake.respond((req) => {
      if (!req.path.endsWith('/message_templates')) return undefined;
      if (req.query.after === 'c1')
        return { json: { data: [{ name: 'b', language: 'en_GB', status: 'PENDING' }] } };
      return {
        json: {
          data: [{ name: 'a', language: 'en_GB', status: 'APPROVED' }],
          paging: { cursors: { after: 'c1' }, next: `${fake.url}/next` },
        },
      };
    });
    const templates = await createGraphClient(options).listTemplates();
    expect(templates.map((t) => t.name)).toEqual(['a', 'b']);
    expect(fake.requests[0]?.path).toBe('/v24.0/9876543210/message_templates');
    expect(fake.requests[0]?.query.fields).toContain('status');
  });

  it('creates a template on the business account', async () => {
    fake.respond(() => ({ json: { id: 't1', status: 'PENDING', category: 'UTILITY' } }));
    const created = await createGraphClient(options).createTemplate({
      name: 'x',
      language: 'en_GB',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Hello' }],
    });
    expect(created.status).toBe('PENDING');
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v24.0/9876543210/message_templates',
    });
  });

  it('reads the phone number with the fields the doctor needs', async () => {
    fake.respond(() => ({
      json: {
        id: '1234567890',
        display_phone_number: '+44 7700 900000',
        verified_name: 'Meedi8',
        quality_rating: 'GREEN',
      },
    }));
    const phone = await createGraphClient(options).getPhoneNumber();
    expect(phone.verified_name).toBe('Meedi8');
    expect(fake.requests[0]?.path).toBe('/v24.0/1234567890');
    expect(fake.requests[0]?.query.fields?.split(',')).toEqual(
      expect.arrayContaining([
        'display_phone_number',
        'verified_name',
        'quality_rating',
        'messaging_limit_tier',
      ]),
    );
  });

  it('reads and makes the webhook subscription', async () => {
    fake.respond((req) =>
      req.method === 'GET'
        ? { json: { data: [{ whatsapp_business_api_data: { id: 'app1', name: 'Meedi8' } }] } }
        : { json: { success: true } },
    );
    const client = createGraphClient(options);
    expect(await client.getSubscribedApps()).toEqual([
      { whatsapp_business_api_data: { id: 'app1', name: 'Meedi8' } },
    ]);
    expect(await client.subscribeApp()).toBe(true);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v24.0/9876543210/subscribed_apps',
      'POST /v24.0/9876543210/subscribed_apps',
    ]);
  });

  it('asks debug_token about its own token', async () => {
    fake.respond(() => ({ json: { data: { is_valid: true, app_id: 'app1', expires_at: 0 } } }));
    const data = await createGraphClient(options).debugToken();
    expect(data).toEqual({ is_valid: true, app_id: 'app1', expires_at: 0 });
    expect(fake.requests[0]?.path).toBe('/v24.0/debug_token');
    expect(fake.requests[0]?.query).toEqual({ input_token: TOKEN, appsecret_proof: PROOF });
  });
});
