/**
 * Every chat step exactly once, or visibly not at all: a step that fails after deciding its
 * replies sends nothing, and its retry answers once; words kept for a person's turn are posted
 * once even when their step is retried after the turn came; a worker killed between Meta's
 * acceptance and storing its id leaves the send `unconfirmed`, reported and never sent again.
 */
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverToRecipient } from '../../src/channels/whatsapp/outbound/deliver-to-recipient.js';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { whatsappSweepJob } from '../../src/channels/whatsapp/outbound/sweep-job.js';
import { converse } from '../../src/chat/converse.js';
import { chatPhone, textOf } from '../helpers/chat-phone.js';
import { activeRoom, respond } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Makes the next step that marks a message with `text` answered fail once, at the very end (as
 * a process dying there would): the failure is planned outside the failing transaction, and a
 * sequence (which no rollback resets) counts it.
 */
async function failOnceAtTheEnd(t: TestApp, text: string): Promise<void> {
  await sql`
    create table if not exists test_fail_plan (text text primary key);
    create sequence if not exists test_fail_count;
    create or replace function test_fail_answer() returns trigger language plpgsql as $$
    begin
      if new.conversation_done_at is not null and old.conversation_done_at is null
         and exists (select 1 from test_fail_plan p where p.text = new.text)
         and nextval('test_fail_count') = 1 then
        raise exception 'simulated crash at the end of the chat step';
      end if;
      return new;
    end $$;
    drop trigger if exists test_fail_answer on whatsapp_inbound_messages;
    create trigger test_fail_answer before update on whatsapp_inbound_messages
      for each row execute function test_fail_answer();
  `.execute(t.services.db);
  await sql`delete from test_fail_plan`.execute(t.services.db);
  await sql`insert into test_fail_plan (text) values (${text})`.execute(t.services.db);
  await sql`select setval('test_fail_count', 1, false)`.execute(t.services.db);
}

async function failures(t: TestApp): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select last_value::text as n from test_fail_count`.execute(t.services.db);
  return Number(rows[0]!.n);
}

describe('a chat step that fails at its end', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { WHATSAPP_PAIR_RATE_INTERVAL_MS: '0' },
      { emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Waits until the phone's message `text` is answered, and for anything sent after it. */
  async function answered(text: string): Promise<void> {
    await eventually(async () => {
      const { rows } = await sql<{ done: boolean }>`
        select conversation_done_at is not null as done from whatsapp_inbound_messages
        where text = ${text}`.execute(t.services.db);
      return rows[0]?.done ? true : undefined;
    }, 30_000);
    await eventually(async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from whatsapp_messages where status in ('queued', 'sending')`.execute(
        t.services.db,
      );
      return rows[0]!.n === 0 ? true : undefined;
    }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  it('first contact: the greeting goes once, and nothing else answers the same "hi"', async () => {
    const phone = chatPhone(t.emulator.state, '+447700907001', 'Ana');
    await failOnceAtTheEnd(t, 'hi there');
    phone.say('hi there');
    await answered('hi there');
    expect(await failures(t)).toBeGreaterThanOrEqual(1); // the first attempt did fail
    const texts = phone.received().map(textOf);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/Meedi8/);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from rooms r join users u on u.id = r.owner_user_id
      where u.phone_number = '+447700907001'`.execute(t.services.db);
    expect(rows[0]!.n).toBe(1);
  }, 60_000);

  it('a later step: its reply goes once', async () => {
    const phone = chatPhone(t.emulator.state, '+447700907002', 'Ben');
    phone.say('hello');
    await answered('hello');
    const before = phone.received().length;
    await failOnceAtTheEnd(t, 'HELP');
    phone.say('HELP');
    await answered('HELP');
    expect(await failures(t)).toBeGreaterThanOrEqual(1);
    const after = phone.received().slice(before).map(textOf);
    expect(after).toHaveLength(1);
  }, 60_000);
});

describe('words kept for a turn, when their step is retried after the turn came', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No worker: the test plays the job's two attempts itself, in the order that matters.
    t = await startTestApp({}, { runWorker: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('are posted once', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const view = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: owner.auth }),
    );
    // The person in the chat is the one whose turn it is not.
    const [speaker, writer] =
      view.current_turn_user_id === owner.user.id ? [owner, guest] : [guest, owner];
    const waId = '447700907101';
    await t.services.db
      .insertInto('whatsapp_contacts')
      .values({
        wa_id: waId,
        phone_number: `+${waId}`,
        user_id: writer.user.id,
        last_inbound_at: new Date(),
      })
      .execute();
    // The chat has relayed the room so far (the joint session's start included): past the hand-over.
    const { rows: relayed } = await sql<{ id: number }>`
      select max(id)::int as id from room_events where room_id = ${roomId}`.execute(t.services.db);
    await t.services.db
      .insertInto('whatsapp_conversations')
      .values({
        wa_id: waId,
        user_id: writer.user.id,
        room_id: roomId,
        state: 'joint',
        data: JSON.stringify({ relayedEventId: relayed[0]!.id }),
      })
      .execute();
    const words = 'One more thing I want to say about the rota.';
    const inbound = {
      wamid: 'wamid.kept-for-turn-1',
      waId,
      businessUserId: null,
      profileName: 'Writer',
      type: 'text',
      kind: 'text' as const,
      text: words,
      choiceId: null,
      mediaId: null,
      contextWamid: null,
      sentAt: new Date(),
    };
    // First attempt: out of turn, so the words are kept (then the attempt "fails").
    await converse(t.services, inbound);
    // The turn comes to the writer before the retry.
    const answer = await respond(t.app, speaker, roomId, 'Fine, I hear you.');
    expect(answer.statusCode, answer.body).toBe(200);
    const room = await t.services.db
      .selectFrom('rooms')
      .select('current_turn_user_id')
      .where('id', '=', roomId)
      .executeTakeFirstOrThrow();
    expect(room.current_turn_user_id).toBe(writer.user.id);
    // The retry.
    await converse(t.services, inbound);

    const { rows } = await sql<{ posted: number; waiting: number }>`
      select
        (select count(*)::int from messages where room_id = ${roomId} and body = ${words}) as posted,
        (select count(*)::int from held_messages
           where room_id = ${roomId} and body = ${words} and released_at is null) as waiting`.execute(
      t.services.db,
    );
    // Once: either still kept for the turn (the release job shares it) or posted, never both.
    expect(rows[0]!.posted + rows[0]!.waiting).toBe(1);
  }, 60_000);
});

describe('a worker killed between Meta taking a message and storing its id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { WHATSAPP_PAIR_RATE_INTERVAL_MS: '0' },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('leaves the send unconfirmed and reported, not sent a second time', async () => {
    const phone = '+447700907201';
    t.emulator.state.addPhone(phone, { name: 'Cai' });
    // The person's window is open (their message reaches no one: this test is about sending).
    t.emulator.state.setWebhookUrl(null);
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    await t.services.db
      .insertInto('whatsapp_contacts')
      .values({ wa_id: phone.slice(1), phone_number: phone, last_inbound_at: new Date() })
      .execute();
    const [id] = await queueWhatsAppMessage(t.services.db, {
      waId: phone.slice(1),
      message: { kind: 'text', body: 'only once' },
      reason: 'conversation',
    });
    // Meta takes the message but answers slowly; the worker dies while it waits.
    t.emulator.state.injectFault({ match: { to: phone }, delayMs: 4000 });
    const worker = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      env: { ...process.env, ...t.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    try {
      await eventually(async () => {
        const row = await t.services.db
          .selectFrom('whatsapp_messages')
          .select('attempts')
          .where('id', '=', id!)
          .executeTakeFirstOrThrow();
        return row.attempts > 0 ? true : undefined;
      }, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      worker.kill('SIGKILL');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
    const received = () =>
      t.emulator.state.phone(phone)!.received.filter((m) => textOf(m as never) === 'only once');
    await eventually(async () => (received().length === 1 ? true : undefined), 10_000);

    // A new worker starts: its sweep, then a delivery pass for the person.
    await whatsappSweepJob.handle({ startup: true }, t.services);
    await deliverToRecipient(t.services, phone.slice(1));
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(received()).toHaveLength(1);
    const row = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['status', 'error_title'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('unconfirmed');
    expect(row.error_title).toMatch(/may or may not/);
  }, 90_000);
});

describe('a send whose answer does not come in time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { WHATSAPP_PAIR_RATE_INTERVAL_MS: '0', WHATSAPP_SEND_TIMEOUT_MS: '300' },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is reported unconfirmed, not sent a second time, and the person’s next message goes on', async () => {
    const phone = '+447700907301';
    t.emulator.state.addPhone(phone, { name: 'Dee' });
    t.emulator.state.setWebhookUrl(null);
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    await t.services.db
      .insertInto('whatsapp_contacts')
      .values({ wa_id: phone.slice(1), phone_number: phone, last_inbound_at: new Date() })
      .execute();
    const [slow] = await queueWhatsAppMessage(t.services.db, {
      waId: phone.slice(1),
      message: { kind: 'text', body: 'answered late' },
      reason: 'conversation',
    });
    await queueWhatsAppMessage(t.services.db, {
      waId: phone.slice(1),
      message: { kind: 'text', body: 'next one' },
      reason: 'conversation',
    });
    // Meta takes the message but answers after Meedi8 has stopped waiting.
    t.emulator.state.injectFault({ match: { to: phone }, delayMs: 1500 });
    await deliverToRecipient(t.services, phone.slice(1));
    const received = (body: string) =>
      t.emulator.state.phone(phone)!.received.filter((m) => textOf(m as never) === body);
    await eventually(async () => (received('answered late').length === 1 ? true : undefined));
    // Later passes (the sweep, deliveries until the next message is out) send nothing again.
    await whatsappSweepJob.handle({ startup: true }, t.services);
    await eventually(async () => {
      await deliverToRecipient(t.services, phone.slice(1));
      return received('next one').length > 0 ? true : undefined;
    }, 30_000);

    expect(received('answered late')).toHaveLength(1);
    expect(received('next one')).toHaveLength(1);
    const row = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['status', 'error_title'])
      .where('id', '=', slow!)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('unconfirmed');
    expect(row.error_title).toMatch(/may or may not/);
  }, 60_000);
});
