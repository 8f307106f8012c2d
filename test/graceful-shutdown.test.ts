/**
 * SIGTERM to a running server: it stops accepting, finishes the request in flight (here one
 * waiting for a slow mediator), stops its worker and database, and exits 0.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type FakeMessagesApi,
  startFakeMessagesApi,
  toolUseMessage,
} from '../src/mediator/claude/fake-messages-api.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let fake: FakeMessagesApi | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await fake?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight, then exits cleanly', async () => {
    fake = await startFakeMessagesApi();
    dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-shutdown-'));
    await chmod(dataDir, 0o755);
    const [port, pgPort] = [await freePort(), await freePort()];
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        LOG_LEVEL: process.env.SHUTDOWN_LOG ?? 'silent',
        MEDIATOR_PROVIDER: 'claude',
        ANTHROPIC_API_KEY: 'test-key-not-real',
        ANTHROPIC_BASE_URL: fake.baseURL,
      },
      stdio: process.env.SHUTDOWN_LOG ? 'inherit' : 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    // A cold start makes a fresh PostgreSQL cluster; on a loaded 2-core machine that takes a while.
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('server did not start');
      const ready = await fetch(`${base}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const post = (url: string, body: unknown, token?: string) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const { token } = (await (
      await post('/api/auth/register', {
        email: 'sd@example.com',
        password: 'a long password',
        name: 'Sam',
      })
    ).json()) as { token: string };
    const room = (await (await post('/api/rooms', { title: 'Shutdown' }, token)).json()) as {
      id: string;
      invite_url: string;
    };
    const inviteToken = room.invite_url.split('/join/')[1];
    const kai = (await (await post(`/api/join/${inviteToken}`, { name: 'Kai' })).json()) as {
      token: string;
    };
    // Both answer the private questions before the joint session.
    const answers = Object.fromEntries(
      ['afraid', 'hurt', 'control', 'sexual', 'children', 'self_harm'].map((id) => [id, 'no']),
    );
    for (const who of [token, kai.token]) {
      const screened = await post(`/api/rooms/${room.id}/screening`, { answers }, who);
      expect(screened.status).toBe(200);
    }

    // The mediator takes 1.5 s to answer; SIGTERM arrives while the request waits for it.
    for (let i = 0; i < 5; i++) {
      fake.enqueue({
        delayMs: 1500,
        body: toolUseMessage({
          reply: 'Thank you, Sam. Kai, how do you see it?',
          stage: 'perspectives',
          safety_flags: [],
        }),
      });
    }
    const inFlight = post(
      `/api/rooms/${room.id}/main-room/respond`,
      { message: 'Here is how I see it.' },
      token,
    );
    await new Promise((r) => setTimeout(r, 400));
    server.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { success: boolean };
    expect(body.success).toBe(true);
    expect(await exited).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 180_000);
});
