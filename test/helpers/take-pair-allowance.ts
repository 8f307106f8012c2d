/**
 * A separate process taking pair allowances, for the test that the allowance holds across
 * processes: `tsx take-pair-allowance.ts <databaseUrl> <waId> <tries> <intervalMs> <burst>`;
 * prints how many were granted.
 */
import { takePairAllowance } from '../../src/channels/whatsapp/outbound/rate-limits.js';
import { createLogger } from '../../src/observability/logger.js';
import { openDatabase } from '../../src/storage/database.js';

const [url, waId, tries, intervalMs, burst] = process.argv.slice(2);
const database = openDatabase({
  url: url!,
  poolMax: 4,
  statementTimeoutMs: 10_000,
  logger: createLogger('silent'),
});
const results = await Promise.all(
  Array.from({ length: Number(tries) }, () =>
    takePairAllowance(database.db, waId!, { intervalMs: Number(intervalMs), burst: Number(burst) }),
  ),
);
await database.close();
process.stdout.write(String(results.filter((r) => r === null).length));
