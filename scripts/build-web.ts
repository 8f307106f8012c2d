/**
 * Builds the web client (`web/` → `web/dist`) with Vite. With `--if-stale` (what `npm start`
 * uses) it builds only when `web/dist` is missing or older than the client's sources, so a
 * fresh clone serves the web app with no extra step and later starts cost nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = path.join(root, 'web');
const builtIndex = path.join(web, 'dist', 'index.html');
// What the bundle is made of: the client, its config, and the server modules it imports.
const sources = [
  path.join(web, 'src'),
  path.join(web, 'public'),
  path.join(web, 'index.html'),
  path.join(web, 'vite.config.ts'),
  path.join(root, 'src', 'http', 'schemas.ts'),
  path.join(root, 'src', 'domain', 'limits.ts'),
  path.join(root, 'src', 'domain', 'phone-number.ts'),
  path.join(root, 'package-lock.json'),
];

/** The newest modification time under the given files and folders. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      const children = readdirSync(entry).map((name) => path.join(entry, name));
      newest = Math.max(newest, newestMtime(children));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** Whether `web/dist` is missing or older than what it is built from. */
export function webBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  return newestMtime(sources) > statSync(builtIndex).mtimeMs;
}

/** Runs the production build of the web client. */
export async function buildWeb(): Promise<void> {
  // Loaded only when a build is needed, so a start with a fresh build never needs Vite.
  const { build } = await import('vite');
  // Vite bakes NODE_ENV into the bundle; under Vitest it is `test`, which would ship React's
  // development build (twice the size) that `npm start` then serves as fresh.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(web, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  precompressAssets(path.join(web, 'dist', 'assets'));
}

/** Writes .br and .gz beside each script and stylesheet, for the server to send as they are. */
function precompressAssets(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!/\.(js|css|svg)$/.test(name)) continue;
    const file = path.join(folder, name);
    const bytes = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !webBuildIsStale()) process.exit(0);
  const started = performance.now();
  console.log('Building the web client (web/ → web/dist)…');
  await buildWeb();
  console.log(`Web client built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
