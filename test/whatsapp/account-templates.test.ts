/**
 * The account's templates win. Against an account holding the setup guide's hand-made templates
 * (as the guide spells them) and against one holding Meedi8's own, the invite and the turn,
 * break and agreement notices go out and the emulator (which refuses a mismatch with 132000, as
 * Meta does) accepts every one. A template Meedi8 cannot fill is not sent: the invite is refused
 * with a clear error and a notice goes by the next channel, with the reason recorded; `templates
 * push` adds Meedi8's own versions under new names and sends switch to them once approved.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pushTemplates } from '../../src/channels/whatsapp/cli/push-templates.js';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import {
  storedTemplateChoice,
  syncAccountTemplates,
} from '../../src/channels/whatsapp/templates/account-templates.js';
import { templateDefinitions } from '../../src/channels/whatsapp/templates/definitions.js';
import { renderAccountTemplate } from '../../src/channels/whatsapp/templates/render-account-template.js';
import { agreeOn, createRoom, registerPerson, respond, screen } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
}, 180_000);

async function start(templates: 'guide' | 'meedi8') {
  const t = await startTestApp(
    { WHATSAPP_PAIR_RATE_INTERVAL_MS: '50' },
    { emulator: { pairRateIntervalMs: 50 }, templates },
  );
  apps.push(t);
  return t;
}

/** The templates a phone received, once each was accepted and sent. */
async function templateReceived(t: TestApp, phone: string, name: string) {
  const message = await eventually(async () =>
    t.emulator.state
      .phone(phone)
      ?.received.find((m) => m.template?.name === name && m.status !== 'accepted'),
  );
  expect(message.status).not.toBe('failed');
  return message;
}

/** Invite, turn, break and agreement, the way an operator would try them. */
async function mediationByTemplates(t: TestApp, phone: string) {
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

describe("an account holding the guide's hand-made templates", () => {
  it("sends the invite and the turn, break and agreement notices in the guide's shapes", async () => {
    const t = await start('guide');
    await mediationByTemplates(t, '+447700900981');
    const invite = t.emulator.state.phone('+447700900981')!.received[0]!;
    expect(invite.template!.body).toContain('Join here: http://meedi8.test/join/');
  }, 90_000);

  it('falls back when a template cannot be filled, and switches to pushed versions once approved', async () => {
    const t = await start('guide');
    const seeds = t.emulator.state.templates;
    // The operator reworded the invite and the turn notice with values Meedi8 does not have.
    t.emulator.state.deleteTemplate('mediation_invite');
    t.emulator.state.deleteTemplate('turn_notification');
    t.emulator.state.addTemplate({
      name: 'mediation_invite',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text: 'Hi {{1}}! {{2}} invited you. Your reference is {{3}}, valid until {{4}}. Join: {{5}} today.',
          example: { body_text: [['John', 'Sarah', 'X1', 'Friday', 'http://meedi8.test/join/a']] },
        },
      ],
    });
    t.emulator.state.addTemplate({
      name: 'turn_notification',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h'] } },
        ...seeds.find((s) => s.name === 'turn_notification')!.components,
      ],
    });
    await syncAccountTemplates(t.services.db, t.services.whatsapp.client, t.config.publicUrl);

    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: '+447700900982', recipient_name: 'John' },
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.code).toBe('whatsapp_invite_unavailable');
    expect(t.emulator.state.phone('+447700900982')?.received ?? []).toHaveLength(0);

    // The doctor and the console say what is wrong and how to fix it.
    const doctor = await t.services.db
      .selectFrom('whatsapp_template_choices')
      .selectAll()
      .where('purpose', '=', 'mediation_invite')
      .executeTakeFirstOrThrow();
    expect(doctor.problem).toContain('{{3}}');
    expect(doctor.fix).toContain('templates push');

    // John joins by link with WhatsApp updates but no email: his turn notice cannot go as the
    // image template, so it goes nowhere, with the reason recorded.
    t.emulator.state.addPhone('+447700900983', { name: 'John' });
    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'John' },
    });
    const john = {
      token: join.json().token,
      user: join.json().user,
      auth: { authorization: `Bearer ${join.json().token}` },
    };
    await t.services.db
      .updateTable('users')
      .set({ phone_number: '+447700900983', whatsapp_opt_in: true })
      .where('id', '=', john.user.id)
      .execute();
    await screen(t.app, john, room.id);
    await respond(t.app, sarah, room.id, 'Can we talk about chores?');
    const notice = await eventually(async () =>
      t.services.db
        .selectFrom('notices')
        .select(['channel', 'outcome'])
        .where('user_id', '=', john.user.id)
        .where('kind', '=', 'turn')
        .where('sent_at', 'is not', null)
        .executeTakeFirst(),
    );
    expect(notice).toEqual({ channel: 'none', outcome: 'whatsapp_template_unusable' });
    expect(t.emulator.state.phone('+447700900983')!.received).toHaveLength(0);

    // `templates push`: the names are taken, so Meedi8's own versions go in as _v2.
    const pushed = await pushTemplates(
      t.services.whatsapp.client,
      templateDefinitions(t.config.publicUrl),
    );
    expect(pushed.find((r) => r.taken === 'mediation_invite')).toMatchObject({
      name: 'mediation_invite_v2',
      outcome: 'created',
    });
    // The emulator approves at once; its status webhook makes Meedi8 sync and switch.
    await eventually(async () => {
      const choice = await storedTemplateChoice(t.services.db, 'mediation_invite');
      return choice.kind === 'plan' && choice.plan.templateName === 'mediation_invite_v2'
        ? true
        : undefined;
    }, 20_000);
    const room2 = await createRoom(t.app, sarah, { title: 'Rent' });
    t.emulator.state.addPhone('+447700900984', { name: 'Jo' });
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room2.room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: '+447700900984', recipient_name: 'Jo' },
    });
    expect([200, 202], sent.body).toContain(sent.statusCode);
    await templateReceived(t, '+447700900984', 'mediation_invite_v2');
  }, 90_000);
});

describe("an account holding Meedi8's own templates", () => {
  it("sends the invite and the turn, break and agreement notices in Meedi8's shapes", async () => {
    const t = await start('meedi8');
    await mediationByTemplates(t, '+447700900985');
    const invite = t.emulator.state.phone('+447700900985')!.received[0]!;
    expect(invite.template!.body).toContain('Tap the button below to join');
  }, 90_000);
});
