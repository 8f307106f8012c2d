/** Emails and notices go out in the language of the person they are for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, createRoom, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const emailOf = (roomId: string, reason: string) =>
  eventually(async () =>
    t.services.db
      .selectFrom('emails')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('reason', '=', reason)
      .executeTakeFirst(),
  );

describe('emails in the recipient’s language', () => {
  it('an email invite is written in the language the inviter named, and the invite keeps it', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'As contas' });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: sarah.auth,
      payload: { email: 'joana@example.com', recipient_name: 'Joana', recipient_locale: 'pt-BR' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const email = await emailOf(room.id, 'invite');
    expect(email.subject).toBe('Sarah convidou você para conversar sobre um assunto na Meedi8');
    expect(email.text_body).toContain('Olá, Joana,');
    expect(email.text_body).toContain('O link funciona por 7 dias.');
    expect(email.html_body).toContain('<html lang="pt-BR" dir="ltr">');
    const invite = await t.services.db
      .selectFrom('invites')
      .select('recipient_locale')
      .where('room_id', '=', room.id)
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(invite.recipient_locale).toBe('pt-BR');
  });

  it('without a named language, the invite email is in the inviter’s own language', async () => {
    const ana = await registerPerson(t.app, 'Ana');
    await chooseLanguage(t.app, ana, 'es');
    const { room } = await createRoom(t.app, ana, { title: 'Las vacaciones' });
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: ana.auth,
      payload: { email: 'luis@example.com', recipient_name: 'Luis' },
    });
    const email = await emailOf(room.id, 'invite');
    expect(email.subject).toBe('Ana te ha invitado a hablar las cosas en Meedi8');
  });

  it('an English inviter’s email is unchanged', async () => {
    const sam = await registerPerson(t.app, 'Sam');
    const { room } = await createRoom(t.app, sam, { title: 'Chores' });
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: sam.auth,
      payload: { email: 'kim@example.com', recipient_name: 'Kim' },
    });
    const email = await emailOf(room.id, 'invite');
    expect(email.subject).toBe('Sam invited you to talk things through on Meedi8');
    expect(email.html_body).toContain('<html lang="en-GB" dir="ltr">');
  });
});
