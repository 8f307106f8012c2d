/**
 * npm run bench:burst — the outbound pace under a burst, against the emulator holding Meta's
 * throughput limit exactly (a sliding second). Queues one message to each of RECIPIENTS people
 * whose windows are open, delivered by WORKERS job workers sharing one database, and reports the
 * send rate as a share of the cap, refusals with 130429, and the wait from queueing to Meta's
 * acceptance (p50, p99).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { queueWhatsAppMessage } from '../src/channels/whatsapp/outbound/queue-message.js';
import { loadConfig } from '../src/config.js';
import { startEmulator } from '../src/emulator/index.js';
import { type JobWorker, startJobWorker } from '../src/jobs/worker.js';
import { createLogger } from '../src/observability/logger.js';
import { startServices } from '../src/startup.js';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.js';

const CAP = Number(process.env.CAP ?? 80);
const RECIPIENTS = Number(process.env.RECIPIENTS ?? 1200);
const WORKERS = Number(process.env.WORKERS ?? 2);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 16);

const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-bench-burst-'));
await chmod(dataDir, 0o755);
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir, port: null });
const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
const name = `meedi8_burst_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const token = `bench-${randomBytes(6).toString('hex')}`;
const appSecret = randomBytes(16).toString('hex');
const emulator = await startEmulator({
  accessToken: token,
  appSecret,
  webhookUrl: null,
  phoneNumberId: '100000000000001',
  businessAccountId: '200000000000001',
  statusTiming: { sentMs: 5, deliveredMs: 10, readMs: null },
  templateReviewMs: 0,
  throughputPerSecond: CAP,
  pairRateIntervalMs: 1,
  pairRateBurst: 1000,
});
const config = loadConfig({
  WHATSAPP_ACCESS_TOKEN: token,
  WHATSAPP_APP_SECRET: appSecret,
  WHATSAPP_VERIFY_TOKEN: 'bench-verify',
  WHATSAPP_GRAPH_URL: emulator.graphUrl,
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  WHATSAPP_BUSINESS_ACCOUNT_ID: '200000000000001',
  WHATSAPP_THROUGHPUT_PER_SECOND: String(CAP),
  WHATSAPP_PAIR_RATE_INTERVAL_MS: '0',
  DATABASE_URL: url.toString(),
  LOG_LEVEL: 'silent',
  WORKER_CONCURRENCY: String(CONCURRENCY),
  MEDIATOR_PROVIDER: 'offline',
});
const running = await startServices(config, createLogger('silent'), { runWorker: false });
const { db } = running.services;

const phones = Array.from({ length: RECIPIENTS }, (_, i) => `+4477009${String(10000 + i)}`);
for (const phone of phones) {
  emulator.state.addPhone(phone, { name: 'Bench' });
  // Each person has written in, so the emulator's 24-hour window is open for free-form text.
  emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
}
await db
  .insertInto('whatsapp_contacts')
  .values(
    phones.map((p) => ({
      wa_id: p.slice(1),
      phone_number: p,
      last_inbound_at: new Date(),
      welcomed_at: new Date(),
    })),
  )
  .execute();
await db.transaction().execute(async (trx) => {
  for (const phone of phones) {
    await queueWhatsAppMessage(trx, {
      waId: phone.slice(1),
      message: { kind: 'text', body: 'burst' },
      reason: 'bench',
    });
  }
});

const workers: JobWorker[] = [];
for (let i = 0; i < WORKERS; i++)
  workers.push(await startJobWorker(url.toString(), running.services));
const started = Date.now();
for (;;) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from whatsapp_messages where reason = 'bench' and accepted_at is not null`.execute(
    db,
  );
  if (rows[0]!.n >= RECIPIENTS || Date.now() - started > 10 * 60_000) break;
  await new Promise((r) => setTimeout(r, 200));
}
const { rows } = await sql<{
  seconds: number;
  accepted: number;
  refused: number;
  p50: number;
  p99: number;
}>`
  select extract(epoch from max(accepted_at) - min(accepted_at))::float as seconds,
    count(accepted_at)::int as accepted,
    count(*) filter (where error_code = 130429)::int as refused,
    percentile_cont(0.5) within group (order by extract(epoch from accepted_at - created_at))::float as p50,
    percentile_cont(0.99) within group (order by extract(epoch from accepted_at - created_at))::float as p99
  from whatsapp_messages where reason = 'bench'`.execute(db);
const r = rows[0]!;
const rate = (r.accepted - 1) / r.seconds;
console.log(
  `burst of ${RECIPIENTS} to ${RECIPIENTS} people, cap ${CAP}/s, ${WORKERS} workers × ${CONCURRENCY}: ` +
    `${rate.toFixed(1)} messages/s (${((100 * rate) / CAP).toFixed(1)}% of the cap), ` +
    `${r.refused} refused with 130429, wait p50 ${r.p50.toFixed(1)} s, p99 ${r.p99.toFixed(1)} s`,
);

for (const worker of workers) await worker.stop();
await running.stop();
await emulator.close();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.end();
await embedded?.stop();
await rm(dataDir, { recursive: true, force: true });
