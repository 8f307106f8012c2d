/**
 * npm run bench:webhook — ingest of signed WhatsApp status deliveries with durable storage.
 * Starts Meedi8 as a separate process (ROLE=web, embedded PostgreSQL unless DATABASE_URL is
 * set), then sends DELIVERIES signed deliveries, each a unique status, CONCURRENCY at a time
 * over keep-alive connections, and reports deliveries per second and latency percentiles.
 * Each answer comes only after its event is committed.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { signBody } from '../src/channels/whatsapp/webhook/verify-signature.js';

const DELIVERIES = Number(process.env.DELIVERIES ?? 40_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 64);
const WARMUP = Number(process.env.WARMUP ?? 2_000);
const PORT = 47600;
const SECRET = randomBytes(16).toString('hex');

function delivery(i: number, runId: string): Buffer {
  const body = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              statuses: [
                {
                  id: `wamid.bench-${runId}-${i}`,
                  status: 'delivered',
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  recipient_id: '447700900123',
                  pricing: {
                    billable: true,
                    pricing_model: 'PMP',
                    category: 'utility',
                    type: 'regular',
                  },
                },
              ],
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
  return Buffer.from(JSON.stringify(body));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(raw: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/api/whatsapp/webhook',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': raw.length,
          'x-hub-signature-256': signBody(raw, SECRET),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(raw);
  });
}

async function run(
  count: number,
  runId: string,
): Promise<{ seconds: number; latencies: number[] }> {
  const bodies = Array.from({ length: count }, (_, i) => delivery(i, runId));
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const raw = bodies[next++]!;
        const t0 = performance.now();
        const status = await post(raw);
        latencies.push(performance.now() - t0);
        if (status !== 200) throw new Error(`delivery answered ${status}`);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-bench-webhook-'));
await chmod(dataDir, 0o755);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    ROLE: 'web',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(PORT + 1),
    LOG_LEVEL: 'warn',
    WHATSAPP_ACCESS_TOKEN: 'bench-token',
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error('server did not start');
    try {
      const ok = await fetch(`http://127.0.0.1:${PORT}/readyz`);
      if (ok.status === 200) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const runId = randomBytes(4).toString('hex');
  await run(WARMUP, `warmup${runId}`);
  const { seconds, latencies } = await run(DELIVERIES, runId);
  latencies.sort((a, b) => a - b);

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const password = (await import('node:fs'))
      .readFileSync(path.join(dataDir, '.postgres-password'), 'utf8')
      .trim();
    const client = new pg.Client({
      connectionString: `postgres://meedi8:${password}@127.0.0.1:${PORT + 1}/meedi8`,
    });
    await client.connect();
    const { rows } = await client.query(
      `select count(*)::int as n from whatsapp_webhook_events where dedupe_key like $1`,
      [`status:wamid.bench-${runId}-%`],
    );
    await client.end();
    if (rows[0].n !== DELIVERIES) throw new Error(`stored ${rows[0].n} of ${DELIVERIES} events`);
  }
  console.log(`deliveries: ${DELIVERIES} (after ${WARMUP} warm-up), concurrency ${CONCURRENCY}`);
  console.log(`throughput: ${Math.round(DELIVERIES / seconds)} deliveries/s`);
  console.log(
    `latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p90 ${percentile(latencies, 90).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  agent.destroy();
  await rm(dataDir, { recursive: true, force: true });
}
