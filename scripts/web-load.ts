/**
 * `npm run bench:web-load`: how quickly the join page and the room page become usable on a slow
 * phone. Starts Meedi8 (`src/server.ts`, embedded PostgreSQL in a temporary folder, sandbox
 * WhatsApp, offline mediator), makes a mediation with an invite, then loads each page in
 * Chromium at 360 × 740 with the cache off and 4× CPU throttling (CDP
 * `Emulation.setCPUThrottlingRate`), several times. Prints medians and maxima of the time until
 * the page is usable, the requests made and the bytes transferred; numbers go in BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { buildWeb, webBuildIsStale } from './build-web.js';

const RUNS = Number(process.env.RUNS ?? 5);
const CPU_SLOWDOWN = 4;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the server as `npm start` does and waits until it is ready. */
async function startServer(dataDir: string) {
  const [port, dbPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(dbPort),
      DATABASE_URL: '',
      WHATSAPP_ACCESS_TOKEN: '',
      MEDIATOR_PROVIDER: 'offline',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the server did not become ready in 60 s');
    const ok = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Load {
  usableMs: number;
  requests: number;
  bytes: number;
}

/** Loads `url` in a fresh page (no cache, slowed CPU) and times it until `usable` holds. */
async function load(context: BrowserContext, url: string, usable: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', () => {
    requests++;
  });
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (event) => {
    urls.set(event.requestId, event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    if (process.env.WEB_LOAD_VERBOSE)
      console.log(
        `  ${(event.encodedDataLength / 1024).toFixed(1)} KB ${urls.get(event.requestId)}`,
      );
  });
  await page.goto(url, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start.
  const handle = await page.waitForFunction(`(${usable}) ? performance.now() : false`, undefined, {
    polling: 'raf',
    timeout: 30_000,
  });
  const usableMs = Number(await handle.jsonValue());
  await page.waitForLoadState('networkidle');
  await page.close();
  return { usableMs, requests, bytes };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function report(name: string, loads: Load[]) {
  const times = loads.map((l) => l.usableMs);
  const last = loads[loads.length - 1]!;
  console.log(
    `${name.padEnd(6)} usable after ${Math.round(median(times))} ms (max ${Math.round(Math.max(...times))}), ` +
      `${last.requests} requests, ${(last.bytes / 1024).toFixed(1)} KB transferred`,
  );
}

if (webBuildIsStale()) await buildWeb();
const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-web-load-'));
await chmod(dataDir, 0o755); // PostgreSQL runs as its own user when this runs as root
const server = await startServer(dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const post = (p: string, body: unknown, token?: string) =>
    fetch(`${server.base}${p}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const sarah = await json<{ token: string }>(
    await post('/api/auth/register', {
      name: 'Sarah',
      email: 'sarah@example.com',
      password: 'a long enough password',
    }),
  );
  const room = await json<{ id: string; invite_url: string }>(
    await post('/api/rooms', { title: 'Weekend chores', topic: 'Who does what' }, sarah.token),
  );

  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    // The page's CSP forbids eval; the timing checks below are evaluated strings.
    bypassCSP: true,
  });
  const joins: Load[] = [];
  const joinReady = `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Join the mediation' && !b.disabled)`;
  for (let i = 0; i < RUNS; i++) joins.push(await load(phone, room.invite_url, joinReady));

  // The room page, signed in (the session cookie from signing in), with a conversation.
  await json(
    await post(`/api/join/${new URL(room.invite_url).pathname.split('/')[2]}`, { name: 'John' }),
  );
  await json(
    await post(`/api/rooms/${room.id}/main-room/respond`, { message: 'Hello' }, sarah.token),
  );
  await phone.request.post(`${server.base}/api/auth/login`, {
    data: { email: 'sarah@example.com', password: 'a long enough password' },
  });
  const rooms: Load[] = [];
  const roomReady = `document.querySelector('[role=log] li.message') !== null`;
  for (let i = 0; i < RUNS; i++)
    rooms.push(await load(phone, `${server.base}/rooms/${room.id}`, roomReady));

  console.log(
    `Chromium ${browser.version()}, ${CPU_SLOWDOWN}× CPU throttling, cache off, 360 px, ${RUNS} runs`,
  );
  report('join', joins);
  report('room', rooms);
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
