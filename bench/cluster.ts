/**
 * npm run bench:cluster — Meedi8 as separate processes on one PostgreSQL: SERVERS servers
 * (`ROLE=web`) and WORKERS workers (`npm run worker`), each its own OS process, against a
 * stand-alone WhatsApp emulator (in this process) that holds Meta's limits: CAP messages in any
 * sliding second (130429 beyond) and the pair rate per person (one per 6 s on average, bursts of
 * 45; 131056 beyond). The emulator's signed webhooks go to the servers in turn (round-robin).
 *
 * Drives, at once: a burst of first contacts (BURST new numbers write "Hi") and MEDIATIONS
 * two-person chat mediations (each person answering when their turn comes, ROUNDS rounds), and
 * SIGKILLs one worker once a third of the burst is answered (no replacement is started unless
 * REPLACE=1: the surviving workers must take over what it held).
 *
 * Reports: lost (a person's message never answered), doubled (the same content delivered, or
 * queued, twice for one step of a person), refusals (130429, 131056), the send rate during the
 * burst as a share of the cap, p50/p99 from a person's message to Meedi8's reply, and the longest
 * wait of anyone after the kill.
 *
 * Env: SERVERS (2), WORKERS (2), BURST (1600), MEDIATIONS (4), ROUNDS (2), CAP (80),
 * REPLACE (0), WORKER_CONCURRENCY (Meedi8's default, 4), DATABASE_URL (else an embedded PostgreSQL in a temporary folder, over TCP).
 * `-- --small` (or SMALL=1): a short run for CI that exits 1 when a target is missed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Fastify from 'fastify';
import pg from 'pg';
import { pushTemplates } from '../src/channels/whatsapp/cli/push-templates.js';
import { createGraphClient } from '../src/channels/whatsapp/graph/graph-client.js';
import { templateDefinitions } from '../src/channels/whatsapp/templates/definitions.js';
import { type BusinessMessage, EmulatorState, emulatorPlugin } from '../src/emulator/index.js';
import { migrateJobQueue } from '../src/jobs/worker.js';
import { createLogger } from '../src/observability/logger.js';
import { openDatabase } from '../src/storage/database.js';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.js';
import { migrateToLatest } from '../src/storage/migrate.js';

const small = process.argv.includes('--small') || process.env.SMALL === '1';
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SERVERS = num('SERVERS', 2);
const WORKERS = num('WORKERS', 2);
const BURST = num('BURST', small ? 240 : 800);
const MEDIATIONS = num('MEDIATIONS', small ? 1 : 4);
const ROUNDS = num('ROUNDS', small ? 1 : 2);
const CAP = num('CAP', 80);
const REPLACE = process.env.REPLACE === '1';
/** How long one step of a person may wait before it counts as lost. */
const STEP_TIMEOUT_MS = num('STEP_TIMEOUT_MS', 90_000);
const RUN_TIMEOUT_MS = num('RUN_TIMEOUT_MS', small ? 45_000 : 100_000);
const PUBLIC_URL = 'http://meedi8.test';

const TARGETS = { lost: 0, doubled: 0, throughput: 0, capShare: 0.95, afterKillMs: 60_000 };

// Everything started is stopped and removed in `cleanUp`, whatever happens.
const children: ChildProcess[] = [];
/** The processes' logs, copied out before the temporary folder goes when BENCH_KEEP_LOGS=1. */
const logs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await Promise.all(
      children.map((c) =>
        c.exitCode === null && c.signalCode === null
          ? new Promise((r) => c.once('exit', r))
          : undefined,
      ),
    );
    if (process.env.BENCH_KEEP_LOGS === '1' && logs.length > 0) {
      const kept = await mkdtemp(path.join(tmpdir(), 'meedi8-cluster-logs-'));
      for (const log of logs) await copyFile(log, path.join(kept, path.basename(log)));
      console.log(`  logs: ${kept}`);
    }
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`${signal}: stopping every process and removing the temporary database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// A crash anywhere still stops every process and removes the temporary database.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (err) => {
    console.error(err);
    void cleanUp().finally(() => process.exit(1));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<boolean> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-bench-cluster-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  await chmod(dataDir, 0o755);
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: null });
    cleanups.push(() => embedded.stop());
    adminUrl = embedded.adminUrl;
  }
  const name = `meedi8_cluster_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  cleanups.push(() => admin.end());
  await admin.query(`create database ${name}`);
  cleanups.push(() => admin.query(`drop database if exists ${name} with (force)`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  // Migrated here once, so every server and worker starts at the same time.
  const silent = createLogger('silent');
  const migrating = openDatabase({
    url: databaseUrl,
    poolMax: 2,
    statementTimeoutMs: 60_000,
    logger: silent,
  });
  await migrateToLatest(migrating.db);
  await migrateJobQueue(databaseUrl, silent);
  await migrating.close();

  // The emulator, with Meta's pair rate and CAP per sliding second; refusals counted as answered.
  const token = `bench-${randomBytes(6).toString('hex')}`;
  const appSecret = randomBytes(16).toString('hex');
  const options = {
    accessToken: token,
    appSecret,
    webhookUrl: null,
    phoneNumberId: '100000000000001',
    businessAccountId: '200000000000001',
    statusTiming: { sentMs: 50, deliveredMs: 100, readMs: null },
    templateReviewMs: 0,
    throughputPerSecond: CAP,
  };
  const state = new EmulatorState(options);
  const refusals = new Map<number, number>();
  const serverUrls: string[] = [];
  let next = 0;
  const emulator = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  /** When each person got Meedi8's first message (by wa_id), as the emulator took it. */
  const firstReply = new Map<string, number>();
  const sendTimes: number[] = [];
  emulator.addHook('onSend', async (request, reply, payload) => {
    const body = request.body as { to?: unknown; status?: unknown } | undefined;
    if (
      reply.statusCode === 200 &&
      request.method === 'POST' &&
      request.url.split('?')[0]!.endsWith('/messages') &&
      body?.status !== 'read'
    ) {
      const now = Date.now();
      sendTimes.push(now);
      const to = String(body?.to ?? '').replace(/\D/g, '');
      if (!firstReply.has(to)) firstReply.set(to, now);
    }
    if (reply.statusCode >= 400 && request.method === 'POST' && typeof payload === 'string') {
      const code = Number(/"code":(\d+)/.exec(payload)?.[1]);
      if (code) refusals.set(code, (refusals.get(code) ?? 0) + 1);
    }
    return payload;
  });
  await emulator.register(emulatorPlugin, { ...options, state });
  // Meta's webhooks, exactly as signed, to the servers in turn.
  await emulator.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    scope.post('/fan-out', async (request, reply) => {
      const target = serverUrls[next++ % serverUrls.length]!;
      const response = await fetch(`${target}/api/whatsapp/webhook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': String(request.headers['x-hub-signature-256'] ?? ''),
        },
        body: request.body as Buffer,
      }).catch(() => null);
      await response?.arrayBuffer();
      return reply.code(response?.status ?? 502).send();
    });
  });
  const emulatorUrl = await emulator.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(async () => {
    state.close();
    await emulator.close();
  });
  const graphUrl = `${emulatorUrl}/graph`;
  await pushTemplates(
    createGraphClient({
      graphUrl,
      apiVersion: 'v23.0',
      accessToken: token,
      appSecret,
      phoneNumberId: options.phoneNumberId,
      businessAccountId: options.businessAccountId,
      timeoutMs: 10_000,
    }),
    templateDefinitions(PUBLIC_URL),
  );

  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    WHATSAPP_ACCESS_TOKEN: token,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: 'bench-verify',
    WHATSAPP_GRAPH_URL: graphUrl,
    WHATSAPP_PHONE_NUMBER_ID: options.phoneNumberId,
    WHATSAPP_BUSINESS_ACCOUNT_ID: options.businessAccountId,
    WHATSAPP_THROUGHPUT_PER_SECOND: String(CAP),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PUBLIC_URL,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
    MEDIATOR_PROVIDER: 'offline',
    NODE_ENV: 'production',
  };
  const start = (label: string, script: string, extra: Record<string, string>) => {
    const log = path.join(dataDir, `${label}.log`);
    logs.push(log);
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log);
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    children.push(child);
    return { child, log };
  };
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  };
  const startServer = async (i: number) => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const { child } = start(`server-${i}`, 'src/server.ts', { ROLE: 'web', PORT: String(port) });
    await until(`server ${i}`, async () => {
      if (child.exitCode !== null) throw new Error(`server ${i} exited (${child.exitCode})`);
      const r = await fetch(`${base}/readyz`).catch(() => null);
      return r?.status === 200;
    });
    return base;
  };
  const startWorker = async (i: number) => {
    const w = start(`worker-${i}`, 'src/worker.ts', {});
    await until(`worker ${i}`, async () => {
      if (w.child.exitCode !== null) throw new Error(`worker ${i} exited (${w.child.exitCode})`);
      return (await readFile(w.log, 'utf8').catch(() => '')).includes('worker is running');
    });
    return w.child;
  };
  const startedAt = Date.now();
  const servers = Promise.all(Array.from({ length: SERVERS }, (_, i) => startServer(i)));
  const workers = await Promise.all(Array.from({ length: WORKERS }, (_, i) => startWorker(i)));
  serverUrls.push(...(await servers));
  state.setWebhookUrl(`${emulatorUrl}/fan-out`);
  console.log(
    `${SERVERS} servers and ${WORKERS} workers ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );

  // --- People. Every message a person writes is a step, answered by Meedi8's next message.
  interface Step {
    who: string;
    /** Whose phone gets Meedi8's answer (the other person's, for a turn). */
    to: string;
    at: number;
    answeredAt: number | null;
    burst: boolean;
    /** How many messages `to` had before (its answer is the next one). */
    seen: number;
  }
  const steps: Step[] = [];
  const received = (phone: string): BusinessMessage[] =>
    (state.phone(phone)?.received ?? []) as BusinessMessage[];
  const textOf = (m: BusinessMessage) => {
    const p = m.payload as {
      text?: { body?: string };
      interactive?: { body?: { text?: string } };
      template?: { name?: string };
    };
    return (
      p.text?.body ??
      p.interactive?.body?.text ??
      (p.template ? `[template ${p.template.name}]` : '')
    );
  };
  const stopAt = Date.now() + RUN_TIMEOUT_MS;
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();

  /** Writes as `who`, then waits for `to` to receive a message matching `pattern` (the answer). */
  async function step(who: string, text: string, to: string, pattern: string | RegExp) {
    const seen = received(to).length;
    const s: Step = { who, to, at: Date.now(), answeredAt: null, burst: false, seen };
    steps.push(s);
    state.sendFromPhone(who, { type: 'text', text });
    const deadline = Math.min(s.at + STEP_TIMEOUT_MS, stopAt);
    for (;;) {
      const list = received(to);
      if (s.answeredAt === null && list.length > seen) s.answeredAt = list[seen]!.acceptedAt;
      const match = list
        .slice(seen)
        .some((m) =>
          typeof pattern === 'string' ? textOf(m).includes(pattern) : pattern.test(textOf(m)),
        );
      if (match) return;
      if (Date.now() > deadline) {
        throw new Error(`${who.slice(-4)} did not get ${pattern} by the deadline`);
      }
      await sleep(50);
    }
  }
  const waitFor = async (phone: string, pattern: string, what: string) => {
    const deadline = Math.min(Date.now() + STEP_TIMEOUT_MS, stopAt);
    while (!received(phone).some((m) => textOf(m).includes(pattern))) {
      if (Date.now() > deadline) {
        throw new Error(`${phone.slice(-4)} did not get ${what} by the deadline`);
      }
      await sleep(50);
    }
  };

  async function screen(who: string) {
    for (let i = 1; i < 6; i++) await step(who, 'no', who, `(${i + 1}/6)`);
    await step(who, 'no', who, /./);
  }
  let mediationsDone = 0;
  async function mediation(i: number) {
    const a = `+44770080${String(1000 + 2 * i)}`;
    const b = `+44770080${String(1001 + 2 * i)}`;
    state.addPhone(a, { name: `Alex${i} Doe` });
    state.addPhone(b, { name: `Sam${i} Roe` });
    await step(a, 'Hi', a, 'What would you like to work through?');
    await step(a, 'We keep arguing about the housework.', a, '?');
    await step(a, `INVITE ${b} Sam`, a, 'Send it?');
    await step(a, 'yes', a, '(1/6)');
    await screen(a);
    await waitFor(b, '[template', 'the invite');
    await step(b, 'Hi', b, 'Would you like to take part?');
    await step(b, 'yes', b, 'what matters most');
    state.sendFromPhone(b, { type: 'text', text: 'A fair split of the jobs.' });
    await step(b, 'I feel I do the bins every week.', b, '(1/6)');
    await screen(b);
    await waitFor(a, 'Your turn', 'the first turn');
    for (let round = 1; round <= ROUNDS; round++) {
      await step(
        a,
        `Round ${round}: I would like us to take turns with the chores.`,
        b,
        'Your turn',
      );
      await step(b, `Round ${round}: I can take the bins if you do the dishes.`, a, 'Your turn');
    }
    mediationsDone++;
  }

  // First contacts: a burst of new numbers writing "Hi" within about a second.
  const burstPhones = Array.from({ length: BURST }, (_, i) => `+4477009${String(10000 + i)}`);
  const burstSteps: Step[] = [];
  const burstAnswered = () => burstPhones.filter((p) => firstReply.has(p.slice(1))).length;

  // How many replies are due and waiting to go, sampled: the limiter's share of the cap counts
  // only the time when at least a second's worth was waiting (not when processing lagged).
  const backlog: { at: number; waiting: number }[] = [];
  const sampler = new pg.Client({ connectionString: databaseUrl });
  await sampler.connect();
  cleanups.push(() => sampler.end());
  let sampling = true;
  const sampled = (async () => {
    while (sampling) {
      const { rows } = await sampler.query<{ n: number }>(
        `select count(*)::int as n from whatsapp_messages
         where status in ('queued', 'sending') and (next_attempt_at is null or next_attempt_at <= now())`,
      );
      backlog.push({ at: Date.now(), waiting: rows[0]?.n ?? 0 });
      await sleep(250);
    }
  })().catch(() => undefined);

  const failures: string[] = [];
  const chats = Promise.all(
    Array.from({ length: MEDIATIONS }, (_, i) =>
      mediation(i).catch((err: Error) => failures.push(`mediation ${i}: ${err.message}`)),
    ),
  );
  await sleep(1000);
  const burstStart = Date.now();
  for (let i = 0; i < burstPhones.length; i++) {
    const phone = burstPhones[i]!;
    state.addPhone(phone, { name: `Person ${i}` });
    const s: Step = {
      who: phone,
      to: phone,
      at: Date.now(),
      answeredAt: null,
      burst: true,
      seen: 0,
    };
    steps.push(s);
    burstSteps.push(s);
    state.sendFromPhone(phone, { type: 'text', text: 'Hi' });
    if (i % 100 === 99) await sleep(50);
  }

  // One worker SIGKILLed once a third of the burst is answered.
  await until(
    'a third of the burst answered',
    async () => burstAnswered() >= BURST / 3,
    90_000,
  ).catch((err: Error) => {
    throw new Error(`${err.message} (${sendTimes.length} sends, ${burstAnswered()} answered)`);
  });
  const victim = workers[0]!;
  victim.kill('SIGKILL');
  const killedAt = Date.now();
  await new Promise((r) => victim.once('exit', r));
  if (REPLACE) await startWorker(WORKERS);

  const burstDone = (async () => {
    while (burstAnswered() < BURST && Date.now() < stopAt) await sleep(100);
  })();
  await Promise.all([chats, burstDone]);
  sampling = false;
  await sampled;
  for (const s of burstSteps) s.answeredAt = firstReply.get(s.who.slice(1)) ?? null;
  const lostBurst = burstSteps.filter((s) => s.answeredAt === null).length;
  // Late doubles show up after a moment.
  await sleep(3000);

  // --- Figures.
  // A chat message is lost when nothing at all answered it (an answer that came, but not yet
  // the step after it, is a chat unfinished by the deadline, listed below the table).
  for (const st of steps) {
    if (!st.burst && st.answeredAt === null)
      st.answeredAt = received(st.to)[st.seen]?.acceptedAt ?? null;
  }
  const lostSteps = steps.filter((st) => !st.burst && st.answeredAt === null).length;
  const lost = lostBurst + lostSteps;
  // Delivered twice: the same content twice to one person between two of their own messages.
  let doubledDelivered = 0;
  const doubles: string[] = [];
  for (const phone of state.phones()) {
    const wrote = phone.sent.map((m) => m.sentAt).sort((x, y) => x - y);
    const seen = new Set<string>();
    for (const m of phone.received as BusinessMessage[]) {
      const stepIndex = wrote.filter((t) => t <= m.acceptedAt).length;
      const key = `${stepIndex}:${JSON.stringify(m.payload)}`;
      if (seen.has(key)) {
        doubledDelivered++;
        doubles.push(`${phone.e164.slice(-4)} step ${stepIndex}: ${textOf(m).slice(0, 70)}`);
      }
      seen.add(key);
    }
  }
  // Queued twice: two outbound rows with the same content for one person within one step.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const queuedTwice = await db.query<{ n: number }>(`
    select coalesce(sum(n - 1), 0)::int as n from (
      select count(*) as n from whatsapp_messages o
      group by o.wa_id, o.body::text,
        (select count(*) from whatsapp_inbound_messages i
          where i.wa_id = o.wa_id and i.received_at <= o.created_at)
      having count(*) > 1) d`);
  const unconfirmed = await db.query<{ n: number }>(
    `select count(*)::int as n from whatsapp_messages where status = 'unconfirmed'`,
  );
  // Where the time went: each stage of the burst's replies, from the burst's start.
  const stages = await db.query<{
    stored: number;
    processed: number;
    queued: number;
    accepted: number;
  }>(
    `select
      (select extract(epoch from max(received_at))::float * 1000 from whatsapp_inbound_messages where text = 'Hi') as stored,
      (select extract(epoch from max(created_at))::float * 1000 from whatsapp_conversations) as processed,
      (select extract(epoch from max(created_at))::float * 1000 from whatsapp_messages where reason = 'conversation') as queued,
      (select extract(epoch from max(accepted_at))::float * 1000 from whatsapp_messages where reason = 'conversation') as accepted`,
  );
  const stage = stages.rows[0]!;
  await db.end();
  const doubled = Math.max(doubledDelivered, queuedTwice.rows[0]!.n);

  // Send rate while the burst's replies were going out: every send in that span counts.
  const allSends = state
    .phones()
    .flatMap((p) => (p.received as BusinessMessage[]).map((m) => m.acceptedAt))
    .sort((x, y) => x - y);
  const burstReplies = burstSteps
    .map((s) => s.answeredAt)
    .filter((t): t is number => t !== null)
    .sort((x, y) => x - y);
  const first = burstReplies[0] ?? 0;
  const last = burstReplies.at(-1) ?? 0;
  const inSpan = allSends.filter((t) => t >= first && t <= last).length;
  const rate = last > first ? (inSpan - 1) / ((last - first) / 1000) : 0;

  let busyMs = 0;
  let busySends = 0;
  for (let i = 1; i < backlog.length; i++) {
    const [a, b] = [backlog[i - 1]!, backlog[i]!];
    if (a.waiting >= CAP && b.waiting >= CAP) {
      busyMs += b.at - a.at;
      busySends += sendTimes.filter((t) => t > a.at && t <= b.at).length;
    }
  }
  const busyRate = busyMs > 0 ? busySends / (busyMs / 1000) : 0;
  const waits = steps
    .filter((s) => s.answeredAt !== null)
    .map((s) => s.answeredAt! - s.at)
    .sort((x, y) => x - y);
  const pct = (p: number) => waits[Math.min(waits.length - 1, Math.floor(p * waits.length))] ?? 0;
  // After the kill: how long anyone waiting then (or writing later) waited for their answer.
  const afterKill = steps
    .filter((s) => (s.answeredAt ?? Number.POSITIVE_INFINITY) > killedAt)
    .map((s) => (s.answeredAt ?? Date.now()) - Math.max(s.at, killedAt));
  const longestAfterKill = Math.max(0, ...afterKill);

  const throughputRefused = refusals.get(130429) ?? 0;
  const pairRefused = refusals.get(131056) ?? 0;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const met = {
    lost: lost <= TARGETS.lost,
    doubled: doubled <= TARGETS.doubled,
    throughput: throughputRefused <= TARGETS.throughput,
    cap: rate / CAP >= TARGETS.capShare,
    afterKill: longestAfterKill <= TARGETS.afterKillMs,
  };
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: [string, string, string][] = [
    ['lost (a message never answered)', String(lost), `0: ${mark(met.lost)}`],
    [
      'doubled (delivered / queued twice for one step)',
      `${doubled} (${doubledDelivered} / ${queuedTwice.rows[0]!.n})`,
      `0: ${mark(met.doubled)}`,
    ],
    ['refused with 130429 (throughput)', String(throughputRefused), `0: ${mark(met.throughput)}`],
    ['refused with 131056 (pair rate)', String(pairRefused), '—'],
    [
      `send rate during the burst (cap ${CAP}/s)`,
      `${rate.toFixed(1)}/s (${((100 * rate) / CAP).toFixed(1)}%)`,
      `≥ 95%: ${mark(met.cap)}`,
    ],
    [
      `send rate while ≥ ${CAP} replies were waiting`,
      busyMs > 0
        ? `${busyRate.toFixed(1)}/s (${((100 * busyRate) / CAP).toFixed(1)}%) over ${(busyMs / 1000).toFixed(1)} s`
        : 'never that many waiting',
      '—',
    ],
    ['message → reply p50', s(pct(0.5)), '—'],
    ['message → reply p99', s(pct(0.99)), '—'],
    ['longest wait after the kill', s(longestAfterKill), `≤ 60 s: ${mark(met.afterKill)}`],
    ['sends reported unconfirmed (cut off by the kill)', String(unconfirmed.rows[0]!.n), '—'],
  ];
  console.log(
    `\n${SERVERS} servers, ${WORKERS} workers (one SIGKILLed ${((killedAt - burstStart) / 1000).toFixed(1)} s into the burst, ` +
      `${REPLACE ? 'a replacement started' : 'no replacement'}); ${BURST} first contacts, ` +
      `${MEDIATIONS} chat mediations × ${ROUNDS} rounds (${mediationsDone} finished), ` +
      `${steps.length} messages from people, ${allSends.length} sends accepted`,
  );
  console.log(
    `  this process's event loop: delay p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms`,
  );
  const since = (t: number) => `+${((t - burstStart) / 1000).toFixed(1)} s`;
  console.log(
    `  burst timeline: last "Hi" stored ${since(stage.stored)}, last chat begun ${since(stage.processed)}, ` +
      `last reply queued ${since(stage.queued)}, first / last reply accepted ${since(first)} / ${since(last)} (Meedi8's clock / the emulator's)`,
  );
  const width = Math.max(...rows.map((r) => r[0].length));
  const width2 = Math.max(...rows.map((r) => r[1].length));
  for (const [what, value, target] of rows) {
    console.log(`  ${what.padEnd(width)}  ${value.padEnd(width2)}  ${target}`);
  }
  for (const failure of failures) console.log(`  ${failure}`);
  for (const d of doubles.slice(0, 10)) console.log(`  delivered twice: ${d}`);
  const ok = Object.values(met).every(Boolean);
  if (!ok && process.env.BENCH_KEEP_LOGS !== '1') {
    console.log(`  (BENCH_KEEP_LOGS=1 keeps the processes' logs)`);
  }
  return ok;
}

let code = 1;
try {
  const ok = await main();
  code = ok || !small ? 0 : 1;
  if (!ok && small) console.error('bench:cluster --small: a target was missed');
} catch (err) {
  console.error(err);
} finally {
  await cleanUp();
}
process.exit(code);
