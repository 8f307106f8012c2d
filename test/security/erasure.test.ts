/**
 * Erasure is complete: after a real mediation held partly in the web room and partly in
 * WhatsApp (breaks with reasons, a held message, a change request, drafts, invites by WhatsApp
 * and email, notices, jobs waiting), one person deletes their account, and then no table, job
 * row or queue name in any schema holds their number, name, email, words, WhatsApp message ids
 * or the secrets of the links they were sent — while the other person's own words stay theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '../../src/domain/accounts/delete-account.js';
import { exportAccount } from '../../src/domain/accounts/export-account.js';
import { chatPhone, FAST_PAIR_RATE } from '../helpers/chat-phone.js';
import {
  createRoom,
  inviteByWhatsApp,
  joinAsGuest,
  type Person,
  registerPerson,
  respond,
} from '../helpers/factories.js';
import { scanForPersonalData, searchableColumns } from '../helpers/personal-data-scan.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { verifyPhone } from '../helpers/verify-phone.js';
import { answerScreening } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

/**
 * Every column that may hold a person's data, and why. The scan below fails when a column not
 * listed here holds any of it, so a new place for personal data has to be added here (and to
 * `deleteAccount`) on purpose.
 */
const PERSONAL_COLUMNS: Record<string, string> = {
  'public.users.name': 'the account',
  'public.users.email': 'the account',
  'public.users.phone_number': 'the account',
  'public.users.pending_phone_number': 'a number claimed but not yet proven',
  'public.phone_verifications.phone_number':
    'a code sent to prove a number (deleted with the account)',
  'public.phone_code_sends.phone_number': 'codes sent, for their limits (deleted with the account)',
  'public.rooms.title': 'names the mediation',
  'public.rooms.topic': 'written by the person who created the room',
  'public.rooms.break_reason': 'free text given with a break',
  'public.invites.recipient_name': 'who an invite is for',
  'public.invites.recipient_phone': 'who an invite is for',
  'public.invites.recipient_email': 'who an invite is for',
  'public.messages.body': 'words, notices naming people, mediator replies reflecting words',
  'public.message_translations.text':
    'those words and notices in another language (translated, or the notice in each language)',
  'public.messages.source_ref': 'the WhatsApp message id a statement came from',
  'public.agreements.text': 'the agreement names both people',
  'public.safety_flags.reason': 'why a message was flagged',
  'public.room_events.data': 'copies of messages, break reasons, drafts, change requests',
  'public.held_messages.body': 'words written out of turn',
  'public.held_messages.source_ref': 'the WhatsApp message id',
  'public.agreement_drafts.summary': 'names and commitments',
  'public.agreement_drafts.text': 'names and commitments',
  'public.agreement_drafts.commitments': 'names and commitments',
  'public.agreement_confirmations.note': 'free text asking for changes',
  'public.notices.data': 'who did what',
  'public.emails.to_address': 'the recipient',
  'public.emails.subject': 'names the inviter',
  'public.emails.text_body': 'names, invite links',
  'public.emails.html_body': 'names, invite links',
  'public.emails.error': 'SMTP errors quote addresses',
  'public.whatsapp_contacts.wa_id': 'the number',
  'public.whatsapp_contacts.phone_number': 'the number',
  'public.whatsapp_contacts.profile_name': 'the WhatsApp profile name',
  'public.whatsapp_contacts.business_user_id': 'Meta’s id for the person',
  'public.whatsapp_contacts.former_keys': 'the person’s earlier number or user ids',
  'public.whatsapp_inbound_messages.wa_id': 'the number',
  'public.whatsapp_inbound_messages.wamid': 'Meta’s message id encodes the number',
  'public.whatsapp_inbound_messages.context_wamid': 'Meta’s message id encodes the number',
  'public.whatsapp_inbound_messages.text': 'words',
  'public.whatsapp_inbound_messages.payload': 'words, number, profile name',
  'public.whatsapp_messages.wa_id': 'the number',
  'public.whatsapp_messages.wamid': 'Meta’s message id encodes the number',
  'public.whatsapp_messages.body': 'relayed words, names, invite and sign-in links',
  'public.whatsapp_messages.error_details': 'Meta’s errors may quote the number',
  'public.whatsapp_messages.error_title': 'Meta’s errors may quote the number',
  'public.whatsapp_webhook_events.wa_id': 'the number',
  'public.whatsapp_webhook_events.dedupe_key': 'built from Meta’s message ids',
  'public.whatsapp_webhook_events.data': 'raw deliveries: words, number, profile name',
  'public.whatsapp_webhook_events.last_error': 'processing errors',
  'public.whatsapp_conversations.wa_id': 'the number',
  'public.whatsapp_conversations.data': 'a pending invite’s number and name, intake answers',
  'public.whatsapp_conversations_opened.wa_id': 'the number',
  'public.whatsapp_rate_windows.key': 'a limit kept per person would name them',
  'graphile_worker._private_jobs.payload': 'job payloads carry numbers',
  'graphile_worker._private_jobs.key': 'job keys carry numbers',
  'graphile_worker._private_jobs.last_error': 'errors may quote a number',
  'graphile_worker._private_job_queues.queue_name': 'a queue per chat',
};

const SAOIRSE = {
  name: "Saoirse O'Quennell",
  email: 'saoirse.quennell@example.test',
  phone: '+447700900711',
};
const TOMASZ = { phone: '+447700900712', email: 'tomasz.wolny@example.test' };

// Each thing Saoirse writes carries a word nobody else uses, so a partial copy is found too.
const SAY = {
  topic: 'Saoirse thinks the kitchen turns into a gooseberry swamp every week',
  first: 'When the kitchen looks like a gooseberry swamp I feel I clean alone.',
  held: 'And the recycling with the marzipan boxes has sat there for two weeks.',
  web: 'I will cook on weekdays and wipe the quokka counters every evening.\nAlso the fridge needs a wallaby magnet clear-out.',
  breakChat: 'my sister Niamh is calling about the heliotrope party',
  breakWeb: 'the tangerine plumber is at the door',
  change: 'the zeppelin rota should start on Monday, not Sunday',
};
const TOMASZ_SAYS = {
  intake1: 'I would like us to share the cleaning without arguments.',
  intake2: 'I feel criticised and I need a calm evening after my shift.',
  first: 'I can do the dishes every evening if we keep the evenings calm.',
  second: 'I will take the bins out every Tuesday evening.',
};

async function register(): Promise<Person> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/register',
    payload: { email: SAOIRSE.email, password: 'correct horse battery', name: SAOIRSE.name },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = json(response);
  return { token: body.token, user: body.user, auth: { authorization: `Bearer ${body.token}` } };
}

async function roomView(person: Person, roomId: string) {
  return json(
    await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }),
  );
}

const phone = (number: string, name: string) => chatPhone(t.emulator.state, number, name);

describe('DELETE /api/users/me erases every trace of the person', () => {
  it('leaves nothing of theirs in any table, job or queue; the other person keeps their words', async () => {
    const db = t.services.db;
    const s = phone(SAOIRSE.phone, SAOIRSE.name);
    const tz = phone(TOMASZ.phone, 'Tomasz Wolny');
    const saoirse = await register();
    await verifyPhone(t, saoirse, SAOIRSE.phone, { whatsapp_opt_in: true });
    const { room, inviteToken: linkToken } = await createRoom(t.app, saoirse, {
      title: 'Kitchen rota',
      topic: SAY.topic,
    });
    const roomId = room.id as string;

    // Invites: first by email, then by WhatsApp (which replaces the email one).
    const byEmail = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/invite-email`,
      headers: saoirse.auth,
      payload: { email: TOMASZ.email, recipient_name: 'Tomasz' },
    });
    expect(byEmail.statusCode, byEmail.body).toBe(200);
    const email = await db
      .selectFrom('emails')
      .select('text_body')
      .where('to_address', '=', TOMASZ.email)
      .executeTakeFirstOrThrow();
    const emailToken = /\/join\/([\w-]+)/.exec(email.text_body)![1]!;
    await inviteByWhatsApp(t.app, saoirse, roomId, TOMASZ.phone, 'Tomasz');

    s.say('Hi');
    await s.expect('You are in the mediation');
    s.say('LINK');
    const link = await s.expect('opens your mediation in a browser');
    const signInToken = /\/signin\/([\w-]+)/.exec(JSON.stringify(link.payload))![1]!;

    await tz.expect('[template mediation_invite]');
    const inviteRow = await db
      .selectFrom('whatsapp_messages')
      .select('body')
      .where('wa_id', '=', TOMASZ.phone.slice(1))
      .where('reason', '=', 'invite')
      .executeTakeFirstOrThrow();
    const whatsappToken = (inviteRow.body as { urlButtonSuffix: string }).urlButtonSuffix;
    tz.say('Hi, what is this?');
    await tz.expect('Would you like to take part?');
    await tz.tap('Yes, take part');
    await tz.expect('what matters most to you');
    tz.say(TOMASZ_SAYS.intake1);
    tz.say(TOMASZ_SAYS.intake2);
    await answerScreening(tz, 'no');
    await tz.expect('The joint session with Saoirse has started');
    await s.expect('Your turn');

    // Saoirse's turn in WhatsApp, then a message out of turn (held), then Tomasz.
    s.say(SAY.first);
    await tz.expect(/Saoirse O'Quennell:\n(> )?When the kitchen looks like a gooseberry swamp/);
    await tz.expect('Your turn');
    s.say(SAY.held);
    await s.expect('I have kept your message');
    tz.say(TOMASZ_SAYS.first);
    await tz.expect(/Saoirse O'Quennell:\n(> )?And the recycling with the marzipan boxes/);
    await tz.expect('Your turn');
    tz.say(TOMASZ_SAYS.second);
    await s.expect(/Tomasz:\n(> )?I will take the bins out/);
    await eventually(async () =>
      (await roomView(saoirse, roomId)).current_turn_user_id === saoirse.user.id ? true : undefined,
    );

    // Her turn in the web room, then breaks with reasons from the chat and from the web.
    const web = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/main-room/respond`,
      headers: saoirse.auth,
      payload: { message: SAY.web },
    });
    expect(web.statusCode, web.body).toBe(200);
    await tz.expect(/Saoirse O'Quennell:\n(> )?I will cook on weekdays/);
    s.say(`BREAK ${SAY.breakChat}`);
    await tz.expect('The session is paused');
    await s.expect('You paused the session');
    await s.tap('Resume');
    await tz.expect('resumed');
    const breakWeb = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: saoirse.auth,
      payload: { reason: SAY.breakWeb },
    });
    expect(breakWeb.statusCode, breakWeb.body).toBe(200);
    await tz.expect('The session is paused');
    const resumed = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: saoirse.auth,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    await tz.expect('resumed');

    // A draft, a change request from the chat, and a second draft.
    s.say('AGREE');
    await tz.expect('Is this what you agree to?');
    await s.expect('Is this what you agree to?');
    s.say(`NO, ${SAY.change}`);
    await s.expect('I have shared your change');
    await tz.expect('zeppelin rota');
    tz.say('AGREE');
    await tz.expect('Is this what you agree to?');
    await eventually(async () => {
      const drafts = await db
        .selectFrom('agreement_drafts')
        .select('id')
        .where('room_id', '=', roomId)
        .execute();
      return drafts.length === 2 ? true : undefined;
    });

    // Jobs still waiting when she deletes: sends to her number failing and being retried.
    t.emulator.state.injectFault({
      match: { to: SAOIRSE.phone },
      times: 100,
      http: { status: 500, code: 131000, title: 'Something went wrong' },
    });
    s.say('STATUS');
    await eventually(async () => {
      const retrying = await db
        .selectFrom('whatsapp_messages')
        .select('id')
        .where('wa_id', '=', SAOIRSE.phone.slice(1))
        .where('error_code', '=', 131000)
        .where('status', '=', 'queued')
        .executeTakeFirst();
      return retrying ? true : undefined;
    }, 20_000);

    // What would identify her or repeat her words, collected before she goes.
    const waId = SAOIRSE.phone.slice(1);
    const wamids = [
      ...(
        await db
          .selectFrom('whatsapp_inbound_messages')
          .select('wamid')
          .where('wa_id', '=', waId)
          .execute()
      ).map((r) => r.wamid),
      ...(
        await db
          .selectFrom('whatsapp_messages')
          .select('wamid')
          .where('wa_id', '=', waId)
          .where('wamid', 'is not', null)
          .execute()
      ).map((r) => r.wamid!),
    ];
    expect(wamids.length).toBeGreaterThan(10);
    const pieces = {
      number: [SAOIRSE.phone, waId],
      name: ['Saoirse', 'Quennell'],
      email: [SAOIRSE.email],
      words: [
        ...Object.values(SAY),
        'gooseberry',
        'marzipan',
        'quokka',
        'wallaby',
        'heliotrope',
        'tangerine',
        'zeppelin',
      ],
      wamids,
      secrets: [linkToken, emailToken, whatsappToken, signInToken],
    };
    const all = Object.values(pieces).flat();

    const columns = await searchableColumns(db);
    for (const listed of Object.keys(PERSONAL_COLUMNS)) expect(columns, listed).toContain(listed);
    const before = await scanForPersonalData(db, all);
    const unlisted = before.filter((hit) => !(hit.column in PERSONAL_COLUMNS));
    expect(unlisted, 'columns holding personal data that PERSONAL_COLUMNS does not list').toEqual(
      [],
    );
    // The scene reached the places erasure has to clear.
    expect(before.map((h) => h.column)).toEqual(
      expect.arrayContaining([
        'public.messages.body',
        'public.messages.source_ref',
        'public.room_events.data',
        'public.agreement_drafts.text',
        'public.agreement_confirmations.note',
        'public.notices.data',
        'public.emails.text_body',
        'public.whatsapp_messages.body',
        'public.whatsapp_webhook_events.data',
        'graphile_worker._private_jobs.payload',
        'graphile_worker._private_jobs.key',
      ]),
    );

    // Queue names outlive their jobs, so they name a chat by an opaque id, never by the number.
    expect(before.map((h) => h.column)).not.toContain(
      'graphile_worker._private_job_queues.queue_name',
    );

    const tomaszId = (
      await db
        .selectFrom('whatsapp_conversations')
        .select('user_id')
        .where('wa_id', '=', TOMASZ.phone.slice(1))
        .executeTakeFirstOrThrow()
    ).user_id;

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/users/me',
      headers: saoirse.auth,
      payload: { confirm: 'delete my account' },
    });
    expect(deleted.statusCode, deleted.body).toBe(200);

    const after = await scanForPersonalData(db, all);
    expect(after, 'her data left after deletion').toEqual([]);

    // Deleting again (a retried request, or a job that ran late) finds nothing more to do.
    const again = await t.app.inject({
      method: 'DELETE',
      url: '/api/users/me',
      headers: saoirse.auth,
      payload: { confirm: 'delete my account' },
    });
    expect(again.statusCode).toBe(401);
    expect(await deleteAccount(db, saoirse.user.id)).toEqual({
      roomsDeleted: 0,
      roomsKept: 0,
      jobsRemoved: 0,
    });

    // Tomasz's own words stay his: in the room, in what he wrote to the number, in his export.
    const shared = await db
      .selectFrom('messages')
      .select('body')
      .where('room_id', '=', roomId)
      .where('author_user_id', '=', tomaszId)
      .where('author_kind', '=', 'participant')
      .execute();
    expect(shared.map((m) => m.body)).toEqual(
      expect.arrayContaining([TOMASZ_SAYS.first, TOMASZ_SAYS.second]),
    );
    const inbound = await db
      .selectFrom('whatsapp_inbound_messages')
      .select('text')
      .where('wa_id', '=', TOMASZ.phone.slice(1))
      .execute();
    expect(inbound.map((m) => m.text)).toEqual(expect.arrayContaining(Object.values(TOMASZ_SAYS)));
    const exported = JSON.stringify(await exportAccount(db, tomaszId));
    for (const words of [TOMASZ_SAYS.first, TOMASZ_SAYS.second]) expect(exported).toContain(words);
    for (const piece of all) expect(exported.toLowerCase()).not.toContain(piece.toLowerCase());
    expect(exported.toLowerCase()).toContain('a former participant');

    // Nothing waits to be sent to her: with the faults gone, her phone gets nothing more.
    t.emulator.state.clearFaults();
    const received = s.count();
    await new Promise((r) => setTimeout(r, 1500));
    expect(s.count()).toBe(received);
  }, 120_000);

  it('the invited person who joined in the browser leaves no address, name or link behind', async () => {
    const db = t.services.db;
    const omar = await registerPerson(t.app, 'Omar');
    const { room } = await createRoom(t.app, omar, { title: 'Car share', topic: 'Fridays' });
    const address = 'nadia.farrow@work.example';
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: omar.auth,
      payload: { email: address, recipient_name: 'Nadia Farrow' },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const email = await db
      .selectFrom('emails')
      .select('text_body')
      .where('to_address', '=', address)
      .executeTakeFirstOrThrow();
    const token = /\/join\/([\w-]+)/.exec(email.text_body)![1]!;
    const nadia = await joinAsGuest(t.app, token, 'Nadia Farrow');
    expect((await respond(t.app, omar, room.id, 'I can drive on Mondays.')).statusCode).toBe(200);
    const said = await respond(t.app, nadia, room.id, 'Thursdays suit me because of osprey club.');
    expect(said.statusCode).toBe(200);
    const pieces = ['Nadia', 'Farrow', address, 'osprey', token];
    expect((await scanForPersonalData(db, pieces)).length).toBeGreaterThan(0);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/users/me',
      headers: nadia.auth,
      payload: { confirm: 'delete my account' },
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(await scanForPersonalData(db, pieces)).toEqual([]);
    const view = await roomView(omar, room.id);
    expect(view.messages.map((m: { text: string }) => m.text)).toContain('I can drive on Mondays.');
  });

  it('an invite the deleted person made that has not gone out yet is never sent', async () => {
    const db = t.services.db;
    const leila = await registerPerson(t.app, 'Leila');
    const { room } = await createRoom(t.app, leila, { title: 'Garden', topic: 'Hedges' });
    const kai = phone('+447700900799', 'Kai');
    t.emulator.state.injectFault({
      match: { to: kai.number },
      times: 100,
      http: { status: 500, code: 131000, title: 'Something went wrong' },
    });
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: leila.auth,
      payload: { phone_number: kai.number, recipient_name: 'Kai' },
    });
    expect(invited.statusCode, invited.body).toBe(202);
    const queued = await eventually(async () =>
      db
        .selectFrom('whatsapp_messages')
        .select('body')
        .where('wa_id', '=', '447700900799')
        .where('error_code', '=', 131000)
        .where('status', '=', 'queued')
        .executeTakeFirst(),
    );
    const token = (queued.body as { urlButtonSuffix: string }).urlButtonSuffix;

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/users/me',
      headers: leila.auth,
      payload: { confirm: 'delete my account' },
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(await scanForPersonalData(db, ['Leila', leila.user.email!, token])).toEqual([]);
    const left = await db
      .selectFrom('whatsapp_messages')
      .select('id')
      .where('wa_id', '=', '447700900799')
      .execute();
    expect(left).toEqual([]);
    t.emulator.state.clearFaults();
    await new Promise((r) => setTimeout(r, 1500));
    expect(kai.count()).toBe(0);
  });
});
