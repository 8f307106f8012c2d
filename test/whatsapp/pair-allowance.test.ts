/**
 * The pair-rate allowance (outbound/rate-limits.ts): a quiet person gets a burst at once, a
 * longer run is spread at the average, and the budget holds across connections and processes
 * because it lives in PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { takePairAllowance } from '../../src/channels/whatsapp/outbound/rate-limits.js';
import { createLogger } from '../../src/observability/logger.js';
import { type DatabaseHandle, openDatabase } from '../../src/storage/database.js';
import { adminQuery, withDatabase } from '../global-setup.js';

const run = promisify(execFile);
const adminUrl = inject('databaseAdminUrl');
const name = `meedi8_test_${randomBytes(6).toString('hex')}`;
const url = withDatabase(adminUrl, name);
const open = () =>
  openDatabase({ url, poolMax: 4, statementTimeoutMs: 10_000, logger: createLogger('silent') });
let first: DatabaseHandle;
let second: DatabaseHandle;

beforeAll(async () => {
  await adminQuery(adminUrl, `create database ${name} template ${inject('templateDatabase')}`);
  first = open();
  second = open();
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let people = 0;
const someone = () => `4477009${String(++people).padStart(5, '0')}`;

describe('the pair-rate allowance', () => {
  it('lets a quiet person get a burst at once, then says when the next may go', async () => {
    const waId = someone();
    const allowance = { intervalMs: 6_000, burst: 4 };
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await takePairAllowance(first.db, waId, allowance));
    expect(taken).toEqual([null, null, null, null]);
    const before = Date.now();
    const next = await takePairAllowance(first.db, waId, allowance);
    // The fifth waits one interval (after a burst, one per interval), not a whole window.
    expect(next).toBeInstanceOf(Date);
    expect(next!.getTime() - before).toBeGreaterThan(5_000);
    expect(next!.getTime() - before).toBeLessThan(6_500);
    // Someone else is not affected.
    expect(await takePairAllowance(first.db, someone(), allowance)).toBeNull();
  });

  it('spreads a sustained run at the average and refills after a quiet spell', async () => {
    const waId = someone();
    const allowance = { intervalMs: 200, burst: 3 };
    const start = Date.now();
    let granted = 0;
    while (Date.now() - start < 1_500) {
      if ((await takePairAllowance(first.db, waId, allowance)) === null) granted++;
      await sleep(10);
    }
    const elapsed = Date.now() - start;
    // Never more than the burst plus one per 200 ms; close to it when asked this often (a loaded
    // machine asks less often, so the lower bound is loose).
    expect(granted).toBeLessThanOrEqual(3 + Math.floor(elapsed / 200) + 1);
    expect(granted).toBeGreaterThanOrEqual(7);
    // Quiet for a full burst's worth of intervals: the burst is there again.
    await sleep(700);
    const again = await Promise.all(
      Array.from({ length: 6 }, () => takePairAllowance(first.db, waId, allowance)),
    );
    // The burst, and at most one more if an interval passed while taking (a loaded machine).
    expect(again.filter((r) => r === null).length).toBeGreaterThanOrEqual(3);
    expect(again.filter((r) => r === null).length).toBeLessThanOrEqual(4);
  });

  it('holds across two connections and another process taking at the same moment', async () => {
    const waId = someone();
    const allowance = { intervalMs: 60_000, burst: 10 };
    const take = (db: DatabaseHandle) => takePairAllowance(db.db, waId, allowance);
    const script = fileURLToPath(new URL('../helpers/take-pair-allowance.ts', import.meta.url));
    const [here, there, elsewhere] = await Promise.all([
      Promise.all(Array.from({ length: 15 }, () => take(first))),
      Promise.all(Array.from({ length: 15 }, () => take(second))),
      run(process.execPath, ['--import', 'tsx', script, url, waId, '15', '60000', '10']),
    ]);
    const granted =
      here.filter((r) => r === null).length +
      there.filter((r) => r === null).length +
      Number(elsewhere.stdout);
    expect(granted).toBe(10);
  }, 30_000);
});
