import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps data across a stop and start in the same data folder', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-embedded-'));
    await chmod(dataDir, 0o755);
    dirs.push(dataDir);
    const port = 55000 + Math.floor(Math.random() * 5000);

    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.url, "create table kept (note text); insert into kept values ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(second.url).toBe(first.url);
      expect(await query<{ note: string }>(second.url, 'select note from kept')).toEqual([
        { note: 'still here' },
      ]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('explains a port clash instead of failing silently', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-embedded-'));
    await chmod(dataDir, 0o755);
    dirs.push(dataDir);
    const port = 55000 + Math.floor(Math.random() * 5000);
    const running = await startEmbeddedPostgres({ dataDir, port });
    try {
      const otherDir = await mkdtemp(path.join(tmpdir(), 'meedi8-embedded-'));
      await chmod(otherDir, 0o755);
      dirs.push(otherDir);
      await expect(startEmbeddedPostgres({ dataDir: otherDir, port })).rejects.toThrow(
        /EMBEDDED_POSTGRES_PORT/,
      );
    } finally {
      await running.stop();
    }
  }, 60_000);
});
