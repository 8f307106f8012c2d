/**
 * The guide's first two scenarios through the emulator: Sarah invites John by WhatsApp, he joins
 * and says yes to updates, and from then on neither misses a turn — on the cheapest channel
 * that respects them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeOn, createRoom, registerPerson, respond, screen } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { verifyPhone } from '../helpers/verify-phone.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { WHATSAPP_PAIR_RATE_INTERVAL_MS: '50' },
    { emulator: { pairRateIntervalMs: 50 } },
  );
});
afterAll(async () => {
  await t?.close();
});

const JOHN = '+447700900970';
const received = () => t.emulator.state.phone(JOHN)!.received;
const bodies = () => received().map((m) => JSON.stringify(m.payload));

describe('notices', () => {
  it('invite, join with opt-in, turn notices by template then free-form, break, agreement, STOP', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'Weekends' });
    t.emulator.state.addPhone(JOHN, { name: 'John' });
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: JOHN, recipient_name: 'John' },
    });
    expect(invite.statusCode).toBe(200);
    const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(
      (await eventually(async () => bodies()[0]))!,
    )![1];
    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${token}`,
      payload: { name: 'John', whatsapp_opt_in: true },
    });
    const john = {
      token: join.json().token,
      user: join.json().user,
      auth: { authorization: `Bearer ${join.json().token}` },
    };
    await screen(t.app, john, room.id);

    // Sarah has no WhatsApp number: "John joined" reaches her by email (the local outbox).
    const joinedEmail = await eventually(async () =>
      t.services.db
        .selectFrom('emails')
        .selectAll()
        .where('reason', '=', 'notice')
        .where('room_id', '=', room.id)
        .executeTakeFirst(),
    );
    expect(joinedEmail.to_address).toBe(sarah.user.email);
    expect(joinedEmail.text_body).toContain('John joined your mediation');

    // Sarah speaks; John's window is closed, so his turn notice is the approved template.
    const first = await respond(
      t.app,
      sarah,
      room.id,
      'I would like every other weekend with the kids.',
    );
    expect(first.json().whatsapp_notification_sent).toBe(true);
    const turnTemplate = await eventually(async () =>
      received().find(
        (m) => m.type === 'template' && JSON.stringify(m.payload).includes('turn_notification'),
      ),
    );
    expect(JSON.stringify(turnTemplate.payload)).toContain('Sarah');

    // John writes to the Meedi8 number: the window opens, and his chat follows the room from now
    // on, so what happens next reaches him as free text in the chat, not as a template.
    t.emulator.state.sendFromPhone(JOHN, { type: 'text', text: 'Got it, thanks' });
    await eventually(async () => {
      const contact = await t.services.db
        .selectFrom('whatsapp_contacts')
        .select('last_inbound_at')
        .where('wa_id', '=', JOHN.slice(1))
        .executeTakeFirst();
      return contact?.last_inbound_at ? true : undefined;
    });
    await eventually(async () =>
      bodies().some((b) => b.includes('Carry on here')) ? true : undefined,
    );
    await respond(t.app, john, room.id, 'Every other weekend works if I get Fridays.');
    await respond(t.app, sarah, room.id, 'Fridays are fine.');
    expect(
      bodies().some((b) => b.includes(`/rooms/${room.id}`) && b.includes('Carry on here')),
    ).toBe(true);
    const templatesBefore = received().filter((m) => m.type === 'template').length;
    const freeText = await eventually(async () =>
      received().find(
        (m) =>
          m.type === 'text' && JSON.stringify(m.payload).includes('Sarah:\\n> Fridays are fine.'),
      ),
    );
    expect(freeText.pricingType).toBe('free_customer_service');
    expect(received().filter((m) => m.type === 'template')).toHaveLength(templatesBefore);

    // A break notifies him, neutrally (a break and a safety pause read the same); the agreement
    // notifies both, with a link to it.
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/break`,
      headers: sarah.auth,
      payload: { reason: 'Dinner' },
    });
    await eventually(async () =>
      bodies().some((b) => b.includes('The session is paused for now.')) ? true : undefined,
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/resume`,
      headers: sarah.auth,
    });
    await agreeOn(t.app, [sarah, john], room.id, 'Every other weekend, Friday to Sunday.');
    const agreed = await eventually(async () =>
      received().find((m) => JSON.stringify(m.payload).includes('reached an agreement')),
    );
    // His own signed link to the agreement (he may have no account to sign in with).
    expect(JSON.stringify(agreed.payload)).toMatch(/\/agreement\/[\w.-]+/);
    await eventually(async () =>
      t.services.db
        .selectFrom('emails')
        .select('id')
        .where('room_id', '=', room.id)
        .where('text_body', 'like', '%reached an agreement%')
        .executeTakeFirst(),
    );

    // After STOP, nothing more reaches John on WhatsApp.
    t.emulator.state.sendFromPhone(JOHN, { type: 'text', text: 'STOP' });
    await eventually(async () =>
      bodies().some((b) => b.includes('reply START')) ? true : undefined,
    );
    const countAfterStop = received().length;
    const room2 = await createRoom(t.app, sarah, { title: 'Another' });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room2.room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: JOHN },
    });
    expect(again.statusCode).toBe(409);
    await new Promise((r) => setTimeout(r, 500));
    expect(received()).toHaveLength(countAfterStop);
  }, 60_000);

  it('an hourly preference holds real-time notices for the digest', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: sarah.auth,
      payload: { notification_frequency: 'hourly' },
    });
    const { room, inviteToken } = await createRoom(t.app, sarah);
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'Jo' },
    });
    const notice = await eventually(async () =>
      t.services.db
        .selectFrom('notices')
        .selectAll()
        .where('user_id', '=', sarah.user.id)
        .executeTakeFirst(),
    );
    expect(notice.due_at.getMinutes()).toBe(0);
    expect(notice.due_at.getTime()).toBeGreaterThan(Date.now());
    await new Promise((r) => setTimeout(r, 500));
    const sent = await t.services.db
      .selectFrom('emails')
      .select('id')
      .where('room_id', '=', room.id)
      .execute();
    expect(sent).toHaveLength(0);
  });

  it('turning notices off records none', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: sarah.auth,
      payload: { notification_frequency: 'off' },
    });
    const { inviteToken } = await createRoom(t.app, sarah);
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'Jo' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(
      await t.services.db
        .selectFrom('notices')
        .select('id')
        .where('user_id', '=', sarah.user.id)
        .execute(),
    ).toHaveLength(0);
  });

  it('(e) falls back to email when WhatsApp cannot reach the person', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const phone = '+447700900981';
    t.emulator.state.addPhone(phone, { onWhatsApp: false });
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: sarah.auth,
      payload: { phone_number: phone, whatsapp_opt_in: true },
    });
    // A number proven earlier (no code can reach it now: it is no longer on WhatsApp).
    await t.services.db
      .updateTable('users')
      .set({
        phone_number: phone,
        pending_phone_number: null,
        phone_number_verified_at: new Date(),
      })
      .where('id', '=', sarah.user.id)
      .execute();
    const { room, inviteToken } = await createRoom(t.app, sarah, { title: 'Fallback' });
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'Jo' },
    });
    const failed = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('whatsapp_messages')
        .selectAll()
        .where('room_id', '=', room.id)
        .where('reason', '=', 'notice')
        .executeTakeFirst();
      return row?.status === 'failed' ? row : undefined;
    });
    expect(failed.error_code).toBe(131026);
    const email = await eventually(async () =>
      t.services.db
        .selectFrom('emails')
        .selectAll()
        .where('room_id', '=', room.id)
        .where('reason', '=', 'notice_fallback')
        .executeTakeFirst(),
    );
    expect(email.to_address).toBe(sarah.user.email);
    expect(email.text_body).toContain(`/rooms/${room.id}`);
  });

  it('does not notify someone who saw the reply in the room already', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const jo = await registerPerson(t.app, 'Jo');
    const { room, inviteToken } = await createRoom(t.app, sarah, { title: 'Seen' });
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      headers: jo.auth,
      payload: {},
    });
    await screen(t.app, jo, room.id);
    await respond(t.app, sarah, room.id, 'Here is my view.');
    // Jo has the room open (reads it) before the notice is due.
    await t.app.inject({ method: 'GET', url: `/api/rooms/${room.id}`, headers: jo.auth });
    const notice = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('notices')
        .selectAll()
        .where('user_id', '=', jo.user.id)
        .where('kind', '=', 'turn')
        .executeTakeFirst();
      return row?.sent_at ? row : undefined;
    });
    expect(notice.outcome).toBe('seen');
    const emails = await t.services.db
      .selectFrom('emails')
      .select('text_body')
      .where('room_id', '=', room.id)
      .where('to_address', '=', jo.user.email!)
      .execute();
    expect(emails.filter((e) => e.text_body.includes('replied'))).toHaveLength(0);
  });

  it('a number verified in settings gets free text once its owner has written in', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const mia = await registerPerson(t.app, 'Mia');
    const phone = '+447700900982';
    t.emulator.state.addPhone(phone, { name: 'Mia' });
    await verifyPhone(t, mia, phone, { whatsapp_opt_in: true });
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    await eventually(async () =>
      t.emulator.state.phone(phone)!.received.find((m) => m.type === 'text'),
    );
    const { room, inviteToken } = await createRoom(t.app, sarah, { title: 'Settings' });
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      headers: mia.auth,
      payload: {},
    });
    await screen(t.app, mia, room.id);
    await respond(t.app, sarah, room.id, 'Over to you.');
    const notice = await eventually(async () =>
      t.emulator.state
        .phone(phone)!
        .received.find((m) => JSON.stringify(m.payload).includes('Sarah replied')),
    );
    expect(notice.type).toBe('interactive');
  });
});
