/** The page an invite link opens. */
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
  it('shows who invited you and about what, escaped, with one button and no WhatsApp box for a link invite', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { inviteToken } = await createRoom(t.app, sarah, {
      title: '<script>alert(1)</script> Chores',
    });
    const response = await t.app.inject({ method: 'GET', url: `/join/${inviteToken}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Sarah invited you');
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Chores');
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).not.toContain('whatsapp_opt_in"');
    expect(response.body).toContain('Join the mediation');
  });

  it('offers an unticked WhatsApp choice when the invite came by WhatsApp', async () => {
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
    const response = await t.app.inject({ method: 'GET', url: `/join/${token}` });
    expect(response.body).toMatch(/<input type="checkbox" name="whatsapp_opt_in">/);
    expect(response.body).not.toMatch(/checkbox"[^>]*checked/);
    expect(response.body).toContain('•••• 0940');
    expect(response.body).toContain('value="Jo"');
  });

  it('says plainly when an invite cannot be used', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/join/${'x'.repeat(43)}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('This invite cannot be used');
    expect(response.body).toContain('Ask the person who invited you');
  });
});
