/** Sarah invites John by WhatsApp; John joins from the link and says yes to updates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const invite = (auth: { authorization: string }, roomId: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/invite-whatsapp`,
    headers: auth,
    payload,
  });

describe('POST /api/rooms/:room_id/invite-whatsapp', () => {
  it('sends the mediation_invite template and tracks it from sent to joined', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'School holidays' });
    const phone = '+447700900950';
    t.emulator.state.addPhone(phone, { name: 'John' });

    const response = await invite(sarah.auth, room.id, {
      phone_number: '+44 7700 900950',
      recipient_name: 'John',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      success: true,
      status: 'sent',
      invite: { channel: 'whatsapp', recipient_name: 'John' },
    });
    expect(body.whatsapp_message_id).toMatch(/^wamid\./);

    const received = await eventually(async () =>
      t.emulator.state.phone(phone)!.received.find((m) => m.type === 'template'),
    );
    expect(
      received.template?.name ?? (received.payload as { template: { name: string } }).template.name,
    ).toBe('mediation_invite');
    const payload = JSON.stringify(received.payload);
    expect(payload).toContain('Sarah');
    expect(payload).toContain('John');
    const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(payload)?.[1];
    expect(token).toBeDefined();

    const progress = async () =>
      (
        await t.app.inject({ method: 'GET', url: `/api/rooms/${room.id}`, headers: sarah.auth })
      ).json().invite.progress;
    await eventually(async () => ((await progress()) === 'delivered' ? true : undefined));
    t.emulator.state.readByPhone(phone);
    await eventually(async () => ((await progress()) === 'read' ? true : undefined));

    const preview = await t.app.inject({ method: 'GET', url: `/api/join/${token}` });
    expect(preview.json()).toMatchObject({
      channel: 'whatsapp',
      inviter_name: 'Sarah',
      whatsapp_number_hint: '•••• 0950',
    });
    expect(await progress()).toBe('opened');

    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${token}`,
      payload: { name: 'John', whatsapp_opt_in: true },
    });
    expect(join.statusCode).toBe(200);
    expect(join.json().user).toMatchObject({
      name: 'John',
      phone_number: phone,
      whatsapp_opt_in: true,
    });
    expect(await progress()).toBe('joined');
    const contact = await t.services.db
      .selectFrom('whatsapp_contacts')
      .selectAll()
      .where('wa_id', '=', '447700900950')
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({
      user_id: join.json().user.id,
      opted_in: true,
      opt_in_source: 'invite_join',
    });
  });

  it('joining without the yes leaves WhatsApp off', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah);
    t.emulator.state.addPhone('+447700900951', { name: 'Kim' });
    await invite(sarah.auth, room.id, { phone_number: '+447700900951' });
    const received = await eventually(
      async () => t.emulator.state.phone('+447700900951')!.received[0],
    );
    const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(received.payload))![1];
    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${token}`,
      payload: { name: 'Kim' },
    });
    expect(join.json().user).toMatchObject({ phone_number: null, whatsapp_opt_in: false });
  });

  it('refuses a bad number before anything is sent, strangers, full rooms and opted-out numbers', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah);
    for (const phone_number of ['12345', '+44 20 7946 0958', 'call me']) {
      const bad = await invite(sarah.auth, room.id, { phone_number });
      expect(bad.statusCode).toBe(422);
    }
    expect(
      await t.services.db
        .selectFrom('whatsapp_messages')
        .select('id')
        .where('room_id', '=', room.id)
        .execute(),
    ).toHaveLength(0);

    const stranger = await registerPerson(t.app, 'Mallory');
    expect(
      (await invite(stranger.auth, room.id, { phone_number: '+447700900952' })).statusCode,
    ).toBe(403);

    await t.services.db
      .insertInto('whatsapp_contacts')
      .values({ wa_id: '447700900953', phone_number: '+447700900953', opted_out_at: new Date() })
      .execute();
    const optedOut = await invite(sarah.auth, room.id, { phone_number: '+447700900953' });
    expect(optedOut.statusCode).toBe(409);
    expect(optedOut.json().error.code).toBe('recipient_opted_out');
  });

  it('limits how many invites a person can send, so the feature cannot be used for spam', async () => {
    const sarah = await registerPerson(t.app, 'Spammy');
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { room } = await createRoom(t.app, sarah);
      const phone = `+4477009009${60 + i}`;
      t.emulator.state.addPhone(phone);
      codes.push((await invite(sarah.auth, room.id, { phone_number: phone })).statusCode);
      const again = await invite(sarah.auth, room.id, { phone_number: phone });
      codes.push(again.statusCode);
    }
    expect(codes.filter((c) => c === 200 || c === 202).length).toBe(10);
    expect(codes.slice(10).every((c) => c === 429)).toBe(true);
  });

  it('answers 202 "queued" when the first attempt meets a transient error, and the pipeline delivers it', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah);
    const phone = '+447700900990';
    t.emulator.state.addPhone(phone, { name: 'Lee' });
    t.emulator.state.injectFault({
      match: { to: '447700900990' },
      times: 1,
      http: { status: 503, code: 131016 },
    });
    const response = await invite(sarah.auth, room.id, { phone_number: phone });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({
      success: true,
      status: 'queued',
      whatsapp_message_id: null,
    });
    await eventually(
      async () => t.emulator.state.phone(phone)!.received.find((m) => m.type === 'template'),
      15_000,
    );
  });
});
