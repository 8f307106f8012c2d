/** The page an invite link opens: the web client's join screen, and the preview it reads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('GET /join/:invite_token', () => {
  it('serves the web client with the link kept out of caches, search engines and referrers', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah, { title: 'Private chores' });
    const response = await t.app.inject({
      method: 'GET',
      url: `/join/${inviteToken}`,
      headers: { accept: 'text/html' },
    });
    // 200 with the built client; 503 with a "build the client" page when web/dist is absent.
    expect([200, 503]).toContain(response.statusCode);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    // The page is a shell: what the invite is about comes from the API, not the HTML.
    expect(response.body).not.toContain('Private chores');
    // Serving the page alone does not count as opening the invite; the preview does.
    const before = await t.app.inject({ url: `/api/rooms/${room.id}`, headers: sarah.auth });
    expect(before.json().invite.progress).not.toBe('opened');
  });
});

describe('GET /api/join/:invite_token (what the join screen shows)', () => {
  it('names the inviter and the topic, and marks the invite opened', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah, {
      title: '<script>alert(1)</script> Chores',
      topic: 'Who does what',
    });
    const response = await t.app.inject({ url: `/api/join/${inviteToken}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      inviter_name: 'Sarah',
      room_title: '<script>alert(1)</script> Chores',
      topic: 'Who does what',
      status: 'pending',
      whatsapp_number_hint: null,
    });
    const after = await t.app.inject({ url: `/api/rooms/${room.id}`, headers: sarah.auth });
    expect(after.json().invite.progress).toBe('opened');
  });

  it('offers the last digits of the number a WhatsApp invite reached, and the name given', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah);
    t.emulator.state.addPhone('+447700900940', { name: 'Jo' });
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: '+447700900940', recipient_name: 'Jo' },
    });
    const received = t.emulator.state.phone('+447700900940')!.received[0]!;
    const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(received.payload))![1];
    const response = await t.app.inject({ url: `/api/join/${token}` });
    expect(response.json()).toMatchObject({
      channel: 'whatsapp',
      whatsapp_number_hint: '•••• 0940',
      recipient_name: 'Jo',
    });
  });

  it('says plainly when an invite cannot be used', async () => {
    const response = await t.app.inject({ url: `/api/join/${'x'.repeat(43)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('Ask the person who invited you');
  });
});
