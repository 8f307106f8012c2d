/**
 * npm run bench:startup — how long `npm start` takes until /readyz answers 200, from an empty
 * data folder (first run: initdb, migrations) and from an existing one (every later start), and
 * how long a SIGTERM shutdown takes. Prints medians of several runs; numbers go in BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.RUNS ?? 5);

async function startOnce(
  dataDir: string,
  port: number,
): Promise<{ readyMs: number; stopMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(port + 1),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (;;) {
    if (performance.now() - started > 60_000)
      throw new Error('server did not become ready in 60 s');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  const stopping = performance.now();
  child.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) throw new Error(`server exited with code ${code} after SIGTERM`);
  return { readyMs, stopMs: performance.now() - stopping };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cold: number[] = [];
const warm: number[] = [];
const stop: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-bench-'));
  await chmod(dataDir, 0o755);
  const port = 47000 + i * 10;
  try {
    const first = await startOnce(dataDir, port);
    const second = await startOnce(dataDir, port);
    cold.push(first.readyMs);
    warm.push(second.readyMs);
    stop.push(first.stopMs, second.stopMs);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
const fmt = (ms: number) => `${Math.round(ms)} ms`;
console.log(`runs: ${RUNS}`);
console.log(
  `start, empty data folder (initdb + migrations) → ready: median ${fmt(median(cold))}, max ${fmt(Math.max(...cold))}`,
);
console.log(
  `start, existing data folder → ready:               median ${fmt(median(warm))}, max ${fmt(Math.max(...warm))}`,
);
console.log(
  `SIGTERM → process exited:                          median ${fmt(median(stop))}, max ${fmt(Math.max(...stop))}`,
);
