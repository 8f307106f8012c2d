/** The commands and plain-word forms of a mediation held in WhatsApp, through the emulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleReminderJob } from '../../src/chat/idle-reminder.js';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { createRoom, inviteByWhatsApp, registerPerson, respond } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { webAndChat as sharedRoom } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

type Payload = {
  interactive?: {
    action?: {
      buttons?: { reply: { id: string; title: string } }[];
      sections?: { rows: { id: string; title: string }[] }[];
    };
  };
};

const chat = (number: string, name: string) => chatPhone(t.emulator.state, number, name);

/** A room where Priya is in the web app and `number` has joined from their chat. */
const webAndChat = (number: string, name: string) => sharedRoom(t, number, name);

describe('commands in the chat', () => {
  it('HELP and STATUS during the private intake', async () => {
    const sam = chat('+447700900601', 'Sam');
    sam.say('Hi');
    await sam.expect('What would you like to work through?');
    sam.say('help');
    const help = await sam.expect('INVITE');
    expect(textOf(help)).toContain('STOP');
    sam.say('STATUS');
    await sam.expect('Private intake');
  });

  it('reads back an invite from a shared contact card, and Change sends nothing', async () => {
    const ana = chat('+447700900602', 'Ana');
    ana.say('Hi');
    await ana.expect('What would you like to work through?');
    t.emulator.state.sendFromPhone('+447700900602', {
      type: 'contacts',
      contacts: [
        {
          name: { formatted_name: 'Luis Garcia', first_name: 'Luis' },
          phones: [{ phone: '+44 7700 900603', wa_id: '447700900603', type: 'CELL' }],
        },
      ],
    });
    await ana.expect('Luis at +447700900603');
    await ana.tap('Change');
    await ana.expect('I have not sent anything');
    expect(t.emulator.state.phone('+447700900603')?.received ?? []).toHaveLength(0);
  });

  it('a number that is not a mobile number is explained, not sent', async () => {
    const kim = chat('+447700900604', 'Kim');
    kim.say('Hi');
    await kim.expect('What would you like to work through?');
    kim.say('INVITE +44 1632 960123 Jo');
    await kim.expect('does not look like a mobile number');
  });

  it('voice notes and images get a kind reply asking for text', async () => {
    const lee = chat('+447700900605', 'Lee');
    lee.say('Hi');
    await lee.expect('What would you like to work through?');
    t.emulator.state.sendFromPhone('+447700900605', { type: 'audio', media: { voice: true } });
    await lee.expect('I can only read text');
  });

  it('a webhook delivered twice is answered once', async () => {
    const max = chat('+447700900606', 'Max');
    max.say('Hi');
    await max.expect('What would you like to work through?');
    const delivery = [...t.emulator.state.webhookLog]
      .reverse()
      .find((w) => w.field === 'messages' && w.body.includes('447700900606'))!;
    const before = max.count();
    const again = await fetch(`${t.url}/api/whatsapp/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': delivery.signature },
      body: delivery.body,
    });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 800));
    expect(max.count()).toBe(before);
  });

  it('NO with a change, then LEAVE, in a room shared with the web app', async () => {
    const { person: zoe, priya, roomId } = await webAndChat('+447700900607', 'Zoe');
    expect((await respond(t.app, priya, roomId, 'I will pay the gas bill.')).statusCode).toBe(200);
    await zoe.expect('Your turn');
    zoe.say('I will pay the internet and water.');
    await eventually(async () => {
      const view = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: priya.auth }),
      );
      return view.current_turn_user_id === priya.user.id ? true : undefined;
    });
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/agreement/draft`,
      headers: priya.auth,
    });
    expect(drafted.statusCode).toBe(200);
    await zoe.expect('Is this what you agree to?');
    zoe.say('NO, the water bill should be split in half');
    await zoe.expect('I have shared your change');
    const changes = await t.services.db
      .selectFrom('agreement_confirmations')
      .select(['decision', 'note'])
      .where('draft_id', '=', json(drafted).agreement.id)
      .execute();
    expect(changes).toEqual([
      { decision: 'changes_requested', note: 'the water bill should be split in half' },
    ]);
    // The next draft is made with the change, without anyone asking again.
    await zoe.expect('Is this what you agree to?');

    zoe.say('LEAVE');
    await zoe.expect('Do you want to leave this mediation?');
    await zoe.tap('Yes, leave');
    await zoe.expect('You have left this mediation');
    const after = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: priya.auth }),
    );
    expect(after.phase).toBe('on_break');
    expect(after.messages.map((m: { text: string }) => m.text)).toContain(
      'Zoe has left the mediation.',
    );
  }, 60_000);

  it('someone in two mediations chooses which one the chat is for', async () => {
    const { person: ola, roomId: first } = await webAndChat('+447700900608', 'Ola');
    const { roomId: second } = await (async () => {
      const other = await registerPerson(t.app, 'Tom');
      const room = json(
        await t.app.inject({
          method: 'POST',
          url: '/api/rooms',
          headers: other.auth,
          payload: { title: 'Car sharing' },
        }),
      );
      // Ola joins Tom's mediation in the browser, with the same number for updates.
      const link = json(
        await t.app.inject({
          method: 'POST',
          url: `/api/rooms/${room.id}/invites`,
          headers: other.auth,
          payload: {},
        }),
      );
      const token = new URL(link.invite_url).pathname.split('/').pop();
      const joined = json(
        await t.app.inject({ method: 'POST', url: `/api/join/${token}`, payload: { name: 'Ola' } }),
      );
      await t.services.db
        .updateTable('participants')
        .set({
          user_id: (await t.services.db
            .selectFrom('whatsapp_conversations')
            .select('user_id')
            .where('wa_id', '=', '447700900608')
            .executeTakeFirstOrThrow())!.user_id,
        })
        .where('room_id', '=', room.id)
        .where('user_id', '=', joined.user.id)
        .execute();
      return { roomId: room.id as string };
    })();
    ola.say('SWITCH');
    const list = await ola.expect('Which one is this chat for?');
    const rows = (list.payload as Payload).interactive!.action!.sections![0]!.rows;
    expect(rows.map((r) => r.id).sort()).toEqual([`room:${first}`, `room:${second}`].sort());
    await ola.choose(`room:${second}`);
    await ola.expect('This chat is now for “Car sharing”');
    const chatRow = await t.services.db
      .selectFrom('whatsapp_conversations')
      .select(['room_id', 'state'])
      .where('wa_id', '=', '447700900608')
      .executeTakeFirstOrThrow();
    expect(chatRow).toEqual({ room_id: second, state: 'joint' });
  }, 60_000);

  it('someone already talking to Meedi8 who is invited elsewhere is asked about that first', async () => {
    const ren = chat('+447700900610', 'Ren');
    ren.say('Hi');
    await ren.expect('What would you like to work through?');
    const kai = await registerPerson(t.app, 'Kai');
    const { room } = await createRoom(t.app, kai, { title: 'Band practice' });
    await inviteByWhatsApp(t.app, kai, room.id, '+447700900610', 'Ren');
    ren.say('oh, Kai invited me');
    const ask = await ren.expect('Kai has invited you');
    expect(textOf(ask)).toContain('Band practice');
    // Ren said only hello before the invite: that left no mediation of Ren's own to choose from.
    await ren.tap('Yes, take part');
    await ren.expect('what matters most to you');
    ren.say('SWITCH');
    const choices = await ren.expect(/mediation/);
    expect(textOf(choices)).not.toContain('Mediation on WhatsApp');
  });

  it('LINK opens the mediation in a browser once, signed in as the person', async () => {
    const bea = chat('+447700900611', 'Bea');
    bea.say('Hi');
    await bea.expect('What would you like to work through?');
    bea.say('LINK');
    const message = await bea.expect('opens your mediation in a browser');
    const url = /http\S+\/signin\/[A-Za-z0-9_-]+/.exec(textOf(message))![0];
    const path = new URL(url).pathname;
    const { room_id: roomId } = await t.services.db
      .selectFrom('whatsapp_conversations')
      .select('room_id')
      .where('wa_id', '=', '447700900611')
      .executeTakeFirstOrThrow();

    // Opening the link only shows a button (a link preview must not use it up).
    const shown = await fetch(`${t.url}${path}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const page = await shown.text();
    expect(page).toContain('Open my mediation');
    // The button posts the page's form check, which must match the cookie the page set.
    const formCookie = shown.headers.get('set-cookie')!.split(';')[0]!;
    const form = `form_check=${/name="form_check" value="([^"]+)"/.exec(page)![1]}`;

    const used = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
      body: form,
      redirect: 'manual',
    });
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe(`/rooms/${roomId}`);
    const cookie = used.headers
      .getSetCookie()
      .find((c) => c.startsWith('meedi8_session='))!
      .split(';')[0]!;
    const room = await fetch(`${t.url}/api/rooms/${roomId}`, { headers: { cookie } });
    expect(room.status).toBe(200);
    expect(((await room.json()) as { phase: string }).phase).toBe('waiting');

    const again = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
      body: form,
      redirect: 'manual',
    });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Send LINK');
  });

  it('a quiet chat gets one reminder inside its window, then rests', async () => {
    const ivy = chat('+447700900609', 'Ivy');
    ivy.say('Hi');
    await ivy.expect('What would you like to work through?');
    await t.services.db
      .updateTable('whatsapp_contacts')
      .set({ last_inbound_at: new Date(Date.now() - 21 * 60 * 60 * 1000) })
      .where('wa_id', '=', '447700900609')
      .execute();
    await idleReminderJob.handle({}, t.services);
    await ivy.expect('I am here whenever you want to carry on');
    const count = ivy.count();
    await idleReminderJob.handle({}, t.services);
    await new Promise((r) => setTimeout(r, 500));
    expect(ivy.count()).toBe(count);
  });
});
