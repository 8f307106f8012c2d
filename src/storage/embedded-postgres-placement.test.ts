import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeEmbeddedPostgres } from './embedded-postgres-placement.js';

const asRoot = userInfo().uid === 0;
const made: string[] = [];
async function folder(mode: number) {
  const dir = await mkdtemp(path.join(tmpdir(), 'meedi8-placement-'));
  await chmod(dir, mode);
  made.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!asRoot)('embedded PostgreSQL placement for a root start', () => {
  it('keeps the data in place when the postgres user can enter the folder', async () => {
    const dataDir = path.join(await folder(0o755), 'data');
    await mkdir(dataDir, { mode: 0o755 });
    const placement = placeEmbeddedPostgres(dataDir, await folder(0o755));
    expect(placement.databaseDir).toBe(path.join(dataDir, 'postgres'));
    expect(placement.moved).not.toContain('data');
  });

  it('moves the data under the reachable folder when the checkout is private (0700)', async () => {
    const dataDir = path.join(await folder(0o700), 'data');
    const reachable = await folder(0o755);
    const placement = placeEmbeddedPostgres(dataDir, reachable);
    expect(placement.moved).toContain('data');
    expect(placement.databaseDir.startsWith(`${reachable}/data-`)).toBe(true);
    // The same DATA_DIR finds the same place again, so data survives restarts.
    expect(placeEmbeddedPostgres(dataDir, reachable).databaseDir).toBe(placement.databaseDir);
  });
});
