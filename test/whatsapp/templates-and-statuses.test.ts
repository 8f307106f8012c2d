/** Templates through the pipeline, and statuses that arrive out of order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { TEMPLATE_NAMES } from '../../src/channels/whatsapp/templates/definitions.js';
import { renderTemplateMessage } from '../../src/channels/whatsapp/templates/render-template-message.js';
import { TEMPLATE_LANGUAGES } from '../../src/channels/whatsapp/templates/template-languages.js';
import { signBody } from '../../src/channels/whatsapp/webhook/verify-signature.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await eventually(async () => {
    const approved = await t.services.db
      .selectFrom('whatsapp_templates')
      .select('name')
      .where('status', '=', 'APPROVED')
      .execute();
    // Every template in every language.
    return approved.length === TEMPLATE_NAMES.length * TEMPLATE_LANGUAGES.length ? true : undefined;
  });
});
afterAll(async () => {
  await t?.close();
});

const turnNotice = () =>
  renderTemplateMessage('turn_notification', {
    partnerName: 'Sarah\n\tWith   Tabs',
    roomId: '6f1c2a9e-0000-4000-8000-000000000000',
  });

async function queue(waId: string, message = turnNotice()): Promise<string> {
  const [id] = await t.services.db
    .transaction()
    .execute((trx) => queueWhatsAppMessage(trx, { waId, message, reason: 'turn' }));
  return id!;
}

const row = (id: string) =>
  t.services.db
    .selectFrom('whatsapp_messages')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('templates', () => {
  it('an approved template reaches someone outside the window, billed as utility', async () => {
    const phone = '+447700900801';
    t.emulator.state.addPhone(phone, { name: 'Outside' });
    const id = await queue('447700900801');
    const delivered = await eventually(async () => {
      const r = await row(id);
      return r.status === 'delivered' ? r : undefined;
    });
    expect(delivered).toMatchObject({
      kind: 'template',
      template_name: 'turn_notification',
      pricing_category: 'utility',
      billable: true,
    });
    const received = t.emulator.state.phone(phone)!.received[0]!;
    expect(received.type).toBe('template');
    // User-supplied text reaches Meta cleaned of newlines, tabs and runs of spaces.
    expect(JSON.stringify(received.payload)).toContain('Sarah With Tabs');
    const opened = await t.services.db
      .selectFrom('whatsapp_conversations_opened')
      .selectAll()
      .where('wa_id', '=', '447700900801')
      .execute();
    expect(opened).toHaveLength(1);
  });

  it('a template Meta has paused is held with a clear reason, not sent', async () => {
    t.emulator.state.setTemplateStatus('break_requested', 'en_GB', 'PAUSED');
    await eventually(async () => {
      const tpl = await t.services.db
        .selectFrom('whatsapp_templates')
        .select('status')
        .where('name', '=', 'break_requested')
        .where('language', '=', 'en_GB')
        .executeTakeFirst();
      return tpl?.status === 'PAUSED' ? true : undefined;
    });
    const phone = '+447700900802';
    t.emulator.state.addPhone(phone, { name: 'Paused' });
    const id = await queue(
      '447700900802',
      renderTemplateMessage('break_requested', { partnerName: 'Jo', roomId: 'abc' }),
    );
    const held = await eventually(async () => {
      const r = await row(id);
      return r.status === 'held' ? r : undefined;
    });
    expect(held.failure_class).toBe('operator');
    expect(held.error_title).toMatch(/break_requested .*PAUSED.*templates status/);
    expect(t.emulator.state.phone(phone)!.received).toHaveLength(0);
  });
});

describe('statuses out of order', () => {
  it('a read that comes before delivered leaves the message read, with both times', async () => {
    const phone = '+447700900803';
    t.emulator.state.addPhone(phone, { name: 'Order' });
    const id = await queue('447700900803');
    const accepted = await eventually(async () => {
      const r = await row(id);
      return r.wamid && r.status !== 'queued' ? r : undefined;
    });
    await eventually(async () => ((await row(id)).status === 'delivered' ? true : undefined));

    const status = (name: string, ts: number) =>
      Buffer.from(
        JSON.stringify({
          object: 'whatsapp_business_account',
          entry: [
            {
              id: '1',
              changes: [
                {
                  field: 'messages',
                  value: {
                    messaging_product: 'whatsapp',
                    metadata: {},
                    statuses: [
                      {
                        id: accepted.wamid,
                        status: name,
                        timestamp: String(ts),
                        recipient_id: '447700900803',
                      },
                    ],
                  },
                },
              ],
            },
          ],
        }),
      );
    const now = Math.floor(Date.now() / 1000);
    for (const raw of [
      status('read', now + 5),
      status('delivered', now + 9),
      status('sent', now + 9),
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/whatsapp/webhook',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signBody(raw, t.services.whatsapp.settings.appSecret!),
        },
        payload: raw,
      });
      expect(response.statusCode).toBe(200);
    }
    const final = await eventually(async () => {
      const r = await row(id);
      return r.status === 'read' ? r : undefined;
    });
    // The late delivered and sent changed nothing: read stays, earliest times stay.
    await new Promise((r) => setTimeout(r, 300));
    const after = await row(id);
    expect(after.status).toBe('read');
    expect(after.read_at?.getTime()).toBe((now + 5) * 1000);
    expect(after.delivered_at!.getTime()).toBeLessThanOrEqual(after.read_at!.getTime());
    expect(final.sent_at).not.toBeNull();
  });
});
