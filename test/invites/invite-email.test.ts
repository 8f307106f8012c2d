/** Inviting by email: the invite lands in the local outbox (no SMTP here) with a working link. */
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

describe('POST /api/rooms/:room_id/invite-email', () => {
  it('emails the invite; the link in it joins the room', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'Bills' });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: sarah.auth,
      payload: { email: 'John@Example.COM', recipient_name: 'John' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      success: true,
      invite: { channel: 'email', recipient_name: 'John' },
    });

    const email = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('emails')
        .selectAll()
        .where('room_id', '=', room.id)
        .where('reason', '=', 'invite')
        .executeTakeFirst();
      return row?.status === 'sent' ? row : undefined;
    });
    expect(email).toMatchObject({ to_address: 'John@example.com', transport: 'outbox' });
    expect(email.subject).toContain('Sarah');
    const link = /http:\/\/meedi8\.test\/join\/([A-Za-z0-9_-]{43})/.exec(email.text_body);
    expect(link).not.toBeNull();
    expect(email.html_body).toContain(link![0]);

    const outbox = await t.app.inject({ method: 'GET', url: '/sandbox/outbox.json' });
    expect(JSON.stringify(outbox.json())).toContain(link![1]);

    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${link![1]}`,
      payload: { name: 'John' },
    });
    expect(join.statusCode).toBe(200);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${room.id}`,
      headers: sarah.auth,
    });
    expect(view.json().invite.progress).toBe('joined');
  });

  it('refuses a bad address and a stranger', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: sarah.auth,
      payload: { email: 'not an email' },
    });
    expect(bad.statusCode).toBe(422);
    const stranger = await registerPerson(t.app, 'Eve');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: stranger.auth,
      payload: { email: 'x@example.com' },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
