import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneMessageInput } from './inbound-message.js';
import {
  type Json,
  PHONE_NUMBER_ID,
  startWithReceiver,
  textMessage,
  WABA_ID,
} from './test-support.js';

/** The structure of a JSON value: keys in order and leaf types, arrays by their first item. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shape(value[0])] : [];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([key, v]) => [key, shape(v)]);
  }
  return typeof value;
}

function example(name: string): Json {
  const url = new URL(`../../test/fixtures/whatsapp-examples/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

let world: Awaited<ReturnType<typeof startWithReceiver>>;
const PHONE = '+16315551181';

beforeAll(async () => {
  // Many messages go to one user here; the pair rate has its own test.
  world = await startWithReceiver({ pairRateBurst: 100 });
  world.state.addPhone(PHONE, { name: 'Kerry Fisher' });
  world.state.addPhone('+447700900502', { name: 'John Smith' });
  world.state.addTemplate({
    name: 'mediation_invite',
    language: 'en_GB',
    category: 'UTILITY',
    components: [
      {
        type: 'BODY',
        text: 'You are invited to a mediation by {{1}}.',
        example: { body_text: [['Sam']] },
      },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Join Mediation' }] },
    ],
  });
});
afterAll(async () => world.close());

/** Sends as the phone and returns the webhook body that carried it. */
async function inbound(input: PhoneMessageInput): Promise<Json> {
  const id = world.state.sendFromPhone(PHONE, input);
  await world.state.whenIdle();
  const webhook = world.receiver.received.find((w) =>
    w.json.entry[0].changes[0].value.messages?.some((m: Json) => m.id === id),
  );
  return webhook!.json;
}

/** Sends as the business and returns the message id. */
async function business(body: unknown): Promise<string> {
  const r = await world.graph('POST', `/v23.0/${PHONE_NUMBER_ID}/messages`, body);
  expect(r.status).toBe(200);
  await world.state.whenIdle();
  return r.json.messages[0].id;
}

describe('inbound message webhooks match Meta examples key for key', () => {
  it('text, and the common envelope', async () => {
    const body = await inbound({ type: 'text', text: 'Does it come in another colour?' });
    expect(shape(body)).toEqual(shape(example('inbound-text')));
    expect(body.entry[0].id).toBe(WABA_ID);
    const value = body.entry[0].changes[0].value;
    expect(value.metadata).toEqual({
      display_phone_number: '15550001234',
      phone_number_id: PHONE_NUMBER_ID,
    });
    expect(value.contacts).toEqual([{ profile: { name: 'Kerry Fisher' }, wa_id: '16315551181' }]);
    const message = value.messages[0];
    expect(message.from).toBe('16315551181');
    expect(message.id).toMatch(/^wamid\./);
    expect(Buffer.from(message.id.slice(6), 'base64').includes(Buffer.from('16315551181'))).toBe(
      true,
    );
    expect(Math.abs(Number(message.timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('text replying to a business message', async () => {
    const wamid = await business(textMessage('16315551181', 'Does Saturday work?'));
    const body = await inbound({
      type: 'text',
      text: 'Yes, that works for me',
      context: { id: wamid },
    });
    expect(shape(body)).toEqual(shape(example('inbound-text-reply-context')));
    expect(body.entry[0].changes[0].value.messages[0].context).toEqual({
      from: '15550001234',
      id: wamid,
    });
  });

  it('reply button tap, finding the message it answers', async () => {
    const wamid = await business({
      messaging_product: 'whatsapp',
      to: '16315551181',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Do you agree?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'agree-yes', title: 'Yes, I agree' } }] },
      },
    });
    const body = await inbound({ type: 'button_reply', button_reply: { id: 'agree-yes' } });
    expect(shape(body)).toEqual(shape(example('inbound-interactive-button-reply')));
    const message = body.entry[0].changes[0].value.messages[0];
    expect(message.context.id).toBe(wamid);
    expect(message.interactive).toEqual({
      type: 'button_reply',
      button_reply: { id: 'agree-yes', title: 'Yes, I agree' },
    });
  });

  it('list reply', async () => {
    await business({
      messaging_product: 'whatsapp',
      to: '16315551181',
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Which mediation?' },
        action: {
          button: 'Choose',
          sections: [
            {
              rows: [{ id: 'room-2', title: 'Money with Dan', description: 'Started 3 days ago' }],
            },
          ],
        },
      },
    });
    const body = await inbound({ type: 'list_reply', list_reply: { id: 'room-2' } });
    expect(shape(body)).toEqual(shape(example('inbound-interactive-list-reply')));
  });

  it('template quick-reply button', async () => {
    await business({
      messaging_product: 'whatsapp',
      to: '16315551181',
      type: 'template',
      template: {
        name: 'mediation_invite',
        language: { code: 'en_GB' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Sam' }] }],
      },
    });
    const body = await inbound({ type: 'button', button: { text: 'Join Mediation' } });
    expect(shape(body)).toEqual(shape(example('inbound-template-button')));
    expect(body.entry[0].changes[0].value.messages[0].button).toEqual({
      payload: 'Join Mediation',
      text: 'Join Mediation',
    });
  });

  it('media: image, document, voice note, sticker', async () => {
    expect(
      shape(
        await inbound({
          type: 'image',
          media: { caption: 'This is what I mean', mime_type: 'image/jpeg' },
        }),
      ),
    ).toEqual(shape(example('inbound-image')));
    expect(
      shape(
        await inbound({ type: 'document', media: { caption: 'our lease', filename: 'lease.pdf' } }),
      ),
    ).toEqual(shape(example('inbound-document')));
    expect(shape(await inbound({ type: 'audio', media: { voice: true } }))).toEqual(
      shape(example('inbound-voice-note')),
    );
    expect(shape(await inbound({ type: 'sticker' }))).toEqual(shape(example('inbound-sticker')));
  });

  it('location, contacts, reaction, unsupported', async () => {
    const location = await inbound({
      type: 'location',
      location: {
        address: '1 Hacker Way',
        latitude: 37.48,
        longitude: -122.14,
        name: 'Main office',
        url: 'https://example.com',
      },
    });
    expect(shape(location)).toEqual(shape(example('inbound-location')));

    const contacts = await inbound({
      type: 'contacts',
      contacts: [
        {
          name: { first_name: 'John', last_name: 'Smith', formatted_name: 'John Smith' },
          phones: [{ phone: '+44 7700 900502', type: 'CELL' }],
        },
      ],
    });
    const expected = example('inbound-contacts');
    expect(shape(contacts)).toEqual(shape(expected));
    // The card's number is on WhatsApp here, so Meta adds its wa_id.
    expect(contacts.entry[0].changes[0].value.messages[0].contacts[0].phones[0].wa_id).toBe(
      '447700900502',
    );

    const wamid = await business(textMessage('16315551181'));
    const reaction = await inbound({
      type: 'reaction',
      reaction: { message_id: wamid, emoji: '👍' },
    });
    expect(shape(reaction)).toEqual(shape(example('inbound-reaction')));

    const unsupported = await inbound({ type: 'unsupported' });
    expect(shape(unsupported)).toEqual(shape(example('inbound-unsupported')));
    expect(unsupported.entry[0].changes[0].value.messages[0].errors).toEqual(
      example('inbound-unsupported').entry[0].changes[0].value.messages[0].errors,
    );
  });
});

describe('status webhooks match Meta examples key for key', () => {
  function statusesOf(wamid: string): Json[] {
    return world.receiver.received
      .filter((w) => w.json.entry[0].changes[0].value.statuses?.[0]?.id === wamid)
      .map((w) => w.json);
  }

  it('billable template: sent with conversation and pricing, delivered, read', async () => {
    world.state.addPhone('+447700900601');
    const wamid = await business({
      messaging_product: 'whatsapp',
      to: '447700900601',
      type: 'template',
      template: {
        name: 'mediation_invite',
        language: { code: 'en_GB' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Sam' }] }],
      },
    });
    const [sent, delivered, read] = statusesOf(wamid);
    expect(shape(sent)).toEqual(shape(example('status-sent')));
    expect(shape(delivered)).toEqual(shape(example('status-delivered')));
    expect(shape(read)).toEqual(shape(example('status-read')));
  });

  it('free service message', async () => {
    const wamid = await business(textMessage('16315551181'));
    const [sent] = statusesOf(wamid);
    expect(shape(sent)).toEqual(shape(example('status-free-service-window')));
    expect(sent.entry[0].changes[0].value.statuses[0].pricing).toEqual(
      example('status-free-service-window').entry[0].changes[0].value.statuses[0].pricing,
    );
  });

  it('failed: re-engagement and undeliverable', async () => {
    world.state.addPhone('+447700900602');
    const closed = await business(textMessage('447700900602'));
    const [reengagement] = statusesOf(closed);
    expect(shape(reengagement)).toEqual(shape(example('status-failed-reengagement-131047')));
    expect(reengagement.entry[0].changes[0].value.statuses[0].errors).toEqual(
      example('status-failed-reengagement-131047').entry[0].changes[0].value.statuses[0].errors,
    );

    const unknown = await business(textMessage('447700900699'));
    const [undeliverable] = statusesOf(unknown);
    expect(shape(undeliverable)).toEqual(shape(example('status-failed-undeliverable-131026')));
    expect(undeliverable.entry[0].changes[0].value.statuses[0].errors).toEqual(
      example('status-failed-undeliverable-131026').entry[0].changes[0].value.statuses[0].errors,
    );
  });
});
