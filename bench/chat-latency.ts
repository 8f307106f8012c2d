/**
 * npm run bench:chat-latency — how soon one person's words reach the other in a chat mediation.
 * Runs MEDIATIONS scripted two-person chat mediations at once through the emulator enforcing
 * Meta's pair rate (one message per 6 s on average, bursts of up to 45 that borrow from the time
 * after them), each person answering the moment the mediator gives them the turn, for ROUNDS
 * rounds. Reports p50 and p99 from a person's message reaching the webhook to the other
 * person's copy being accepted by Meta, the sends refused with 131056, and the allowance used.
 * Env: MEDIATIONS (4), ROUNDS (4), PAIR_INTERVAL_MS (6000), PAIR_BURST (Meedi8's, 20).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { pushTemplates } from '../src/channels/whatsapp/cli/push-templates.js';
import { templateDefinitions } from '../src/channels/whatsapp/templates/definitions.js';
import { loadConfig } from '../src/config.js';
import { startEmulator } from '../src/emulator/index.js';
import { createLogger } from '../src/observability/logger.js';
import { startServices } from '../src/startup.js';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.js';

const MEDIATIONS = Number(process.env.MEDIATIONS ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const INTERVAL = Number(process.env.PAIR_INTERVAL_MS ?? 6000);
const BURST = Number(process.env.PAIR_BURST ?? 20);

const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-bench-chat-'));
await chmod(dataDir, 0o755);
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir, port: null });
const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
const name = `meedi8_chat_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const token = `bench-${randomBytes(6).toString('hex')}`;
const appSecret = randomBytes(16).toString('hex');
// Meta's pair rate as documented (the emulator's defaults), scaled only if PAIR_INTERVAL_MS says so.
const emulator = await startEmulator({
  accessToken: token,
  appSecret,
  webhookUrl: null,
  phoneNumberId: '100000000000001',
  businessAccountId: '200000000000001',
  statusTiming: { sentMs: 5, deliveredMs: 10, readMs: null },
  templateReviewMs: 0,
  pairRateIntervalMs: INTERVAL,
});
const config = loadConfig({
  WHATSAPP_ACCESS_TOKEN: token,
  WHATSAPP_APP_SECRET: appSecret,
  WHATSAPP_VERIFY_TOKEN: 'bench-verify',
  WHATSAPP_GRAPH_URL: emulator.graphUrl,
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  WHATSAPP_BUSINESS_ACCOUNT_ID: '200000000000001',
  WHATSAPP_PAIR_RATE_INTERVAL_MS: String(INTERVAL),
  WHATSAPP_PAIR_RATE_BURST: String(BURST),
  DATABASE_URL: url.toString(),
  PUBLIC_URL: 'http://meedi8.test',
  LOG_LEVEL: 'silent',
  MEDIATOR_PROVIDER: 'offline',
  NOTICE_COALESCE_MS: '200',
});
const running = await startServices(config, createLogger('silent'), { runWorker: true });
const app = await buildApp(running.services, running.feed);
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
emulator.state.setWebhookUrl(`${appUrl}/api/whatsapp/webhook`);
await pushTemplates(running.services.whatsapp.client, templateDefinitions(config.publicUrl));
const { db } = running.services;
const state = emulator.state;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const texts = (number: string) =>
  (state.phone(number)?.received ?? [])
    .map((m) => {
      const p = m.payload as {
        text?: { body?: string };
        interactive?: { body?: { text?: string } };
      };
      return p.text?.body ?? p.interactive?.body?.text ?? '';
    })
    .join('\n\n');
async function until(check: () => boolean, what: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
const say = (number: string, text: string) => state.sendFromPhone(number, { type: 'text', text });
const has = (number: string, needle: string, times = 1) =>
  texts(number).split(needle).length - 1 >= times;

async function screen(number: string) {
  for (let i = 1; i <= 6; i++) {
    await until(() => has(number, `(${i}/6)`), `question ${i}`);
    say(number, 'no');
  }
}

async function mediation(i: number) {
  const a = `+4477009${String(700 + 2 * i).padStart(5, '0')}`;
  const b = `+4477009${String(701 + 2 * i).padStart(5, '0')}`;
  state.addPhone(a, { name: `Alex${i} Doe` });
  state.addPhone(b, { name: `Sam${i} Roe` });
  say(a, 'Hi');
  await until(() => has(a, 'What would you like to work through?'), 'greeting');
  say(a, 'We keep arguing about the housework.');
  await until(() => texts(a).split('?').length > 2, 'intake question');
  say(a, `INVITE ${b} Sam`);
  await until(() => has(a, 'Send it?'), 'invite read back');
  say(a, 'yes');
  await screen(a);
  await until(() => (state.phone(b)?.received.length ?? 0) > 0, 'the invite');
  say(b, 'Hi');
  await until(() => has(b, 'Would you like to take part?'), 'consent');
  say(b, 'yes');
  await until(() => has(b, 'what matters most'), 'invitee intake');
  say(b, 'A fair split of the jobs.');
  say(b, 'I feel I do the bins every week.');
  await screen(b);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [who, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await until(() => has(who, 'Your turn', round), `turn ${round}`);
      const words = `Round ${round} from ${who.slice(-5)}: I would like us to take turns with the chores.`;
      say(who, words);
      void other;
    }
  }
  await until(() => has(a, `Round ${ROUNDS} from ${b.slice(-5)}`), 'the last line');
}

const started = Date.now();
await Promise.all(Array.from({ length: MEDIATIONS }, (_, i) => mediation(i)));
const seconds = (Date.now() - started) / 1000;
await sleep(2000);

// Webhook → the other person's copy accepted by Meta, for every relayed line.
const statements = await db
  .selectFrom('messages')
  .innerJoin('whatsapp_inbound_messages as i', 'i.wamid', 'messages.source_ref')
  .select(['messages.body', 'messages.room_id', 'i.wa_id', 'i.received_at'])
  .where('messages.author_kind', '=', 'participant')
  .where('messages.visible_to_user_id', 'is', null)
  .execute();
const copies = await db
  .selectFrom('whatsapp_messages')
  .select(['wa_id', 'body', 'accepted_at', 'room_id'])
  .where('reason', '=', 'relay')
  .execute();
const latencies = statements
  .map((s) => {
    const copy = copies.find(
      (c) =>
        c.room_id === s.room_id && c.wa_id !== s.wa_id && JSON.stringify(c.body).includes(s.body),
    );
    return copy?.accepted_at ? copy.accepted_at.getTime() - s.received_at.getTime() : Number.NaN;
  })
  .sort((x, y) => x - y);
const missing = latencies.filter(Number.isNaN).length;
const ok = latencies.filter((x) => !Number.isNaN(x));
const pct = (p: number) => ok[Math.min(ok.length - 1, Math.floor(p * ok.length))]!;
const refused = await db
  .selectFrom('whatsapp_messages')
  .select(({ fn }) => fn.countAll<number>().as('n'))
  .where('error_code', '=', 131056)
  .executeTakeFirstOrThrow();
console.log(
  `${MEDIATIONS} chat mediations × ${ROUNDS} rounds (${ok.length} relayed lines, ${missing} not found) in ${seconds.toFixed(0)} s; ` +
    `pair rate: Meta 1 per ${INTERVAL} ms, burst 45 (emulator); Meedi8 allowance 1 per ${INTERVAL} ms, burst ${BURST}; ` +
    `webhook → other person's copy accepted: p50 ${(pct(0.5) / 1000).toFixed(2)} s, p99 ${(pct(0.99) / 1000).toFixed(2)} s, max ${(ok.at(-1)! / 1000).toFixed(2)} s; ` +
    `131056 refusals: ${Number(refused.n)}`,
);

await app.close();
await running.stop();
await emulator.close();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.end();
await embedded?.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
