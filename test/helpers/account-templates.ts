/**
 * Shared by the account-templates tests. The account's templates win. Against an account holding the setup guide's hand-made templates
 * (as the guide spells them) and against one holding Meedi8's own, the invite and the turn,
 * break and agreement notices go out and the emulator (which refuses a mismatch with 132000, as
 * Meta does) accepts every one. A template Meedi8 cannot fill is not sent: the invite is refused
 * with a clear error and a notice goes by the next channel, with the reason recorded; `templates
 * push` adds Meedi8's own versions under new names and sends switch to them once approved.
 */
import { expect } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { renderAccountTemplate } from '../../src/channels/whatsapp/templates/render-account-template.js';
import { agreeOn, createRoom, registerPerson, respond, screen } from './factories.js';
import { eventually, startTestApp, type TestApp } from './test-app.js';

export const apps: TestApp[] = [];
/** Closes the apps a test started (call from afterEach). */
export async function closeApps(): Promise<void> {
  while (apps.length > 0) await apps.pop()!.close();
}

export async function start(templates: 'guide' | 'meedi8') {
  const t = await startTestApp(
    { WHATSAPP_PAIR_RATE_INTERVAL_MS: '50' },
    { emulator: { pairRateIntervalMs: 50 }, templates },
  );
  apps.push(t);
  return t;
}

/** The templates a phone received, once each was accepted and sent. */
export async function templateReceived(t: TestApp, phone: string, name: string) {
  const message = await eventually(
    async () =>
      t.emulator.state
        .phone(phone)
        ?.received.find((m) => m.template?.name === name && m.status !== 'accepted'),
    30_000,
  ).catch(async (error) => {
    const rows = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['template_name', 'status', 'error_code', 'error_title', 'attempts'])
      .where('wa_id', '=', phone.slice(1))
      .execute();
    throw new Error(`${error.message}: ${JSON.stringify(rows)}`);
  });
  expect(message.status).not.toBe('failed');
  return message;
}

/** Invite, turn, break and agreement, the way an operator would try them. */
export async function mediationByTemplates(t: TestApp, phone: string) {
  const sarah = await registerPerson(t.app, 'Sarah');
  const { room } = await createRoom(t.app, sarah, { title: 'Weekends' });
  t.emulator.state.addPhone(phone, { name: 'John' });
  const invite = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${room.id}/invite-whatsapp`,
    headers: sarah.auth,
    payload: { phone_number: phone, recipient_name: 'John' },
  });
  // 202 when the first attempt takes longer than the route waits (a loaded machine).
  expect([200, 202], invite.body).toContain(invite.statusCode);
  const invited = await templateReceived(
    t,
    phone,
    invite.json().template_name ?? 'mediation_invite',
  );
  const button = invited.template!.buttons.find((b) => b.type === 'URL')!;
  expect(invited.template!.body).toContain('Sarah');
  expect(invited.template!.body).toMatch(/Hi,? John/);
  const token = /\/join\/([A-Za-z0-9_-]{43})$/.exec(button.url!)![1]!;

  const join = await t.app.inject({
    method: 'POST',
    url: `/api/join/${token}`,
    payload: { name: 'John', whatsapp_opt_in: true },
  });
  expect(join.statusCode, join.body).toBe(200);
  const john = {
    token: join.json().token,
    user: join.json().user,
    auth: { authorization: `Bearer ${join.json().token}` },
  };
  await screen(t.app, john, room.id);

  // John has not written to the Meedi8 number: his notices are templates.
  await respond(t.app, sarah, room.id, 'I would like every other weekend with the kids.');
  const turn = await templateReceived(t, phone, 'turn_notification');
  expect(turn.template!.body).toContain('Sarah');
  expect(JSON.stringify(turn.template)).toContain(`/rooms/${room.id}`);

  // A break is told in the room's notices as a neutral pause (never in a template, so nobody
  // learns why a session paused); the break template itself, sent as the account holds it:
  const rendered = await renderAccountTemplate(
    t.services.db,
    'break_requested',
    { partnerName: 'Sarah', roomId: room.id },
    t.config.publicUrl,
  );
  if (!rendered.ok) throw new Error(rendered.reason);
  await queueWhatsAppMessage(t.services.db, {
    waId: phone.slice(1),
    message: rendered.message,
    reason: 'notice',
    roomId: room.id,
  });
  const pause = await templateReceived(t, phone, 'break_requested');
  expect(pause.template!.body).toContain('Sarah');

  await agreeOn(t.app, [sarah, john], room.id, 'Every other weekend, Friday to Sunday.');
  const agreed = await templateReceived(t, phone, 'agreement_reached');
  expect(JSON.stringify(agreed.template)).toContain(`/rooms/${room.id}`);
  // No mediation content in a template: the agreement's words stay behind the link.
  expect(JSON.stringify(agreed.template)).not.toContain('Friday to Sunday');

  const failed = await t.services.db
    .selectFrom('whatsapp_messages')
    .select(['error_code'])
    .where('wa_id', '=', phone.slice(1))
    .where('status', '=', 'failed')
    .execute();
  expect(failed).toEqual([]);
  return { sarah, room };
}
