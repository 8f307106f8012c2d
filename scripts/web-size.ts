/**
 * `npm run bench:web-size`: builds the web client and measures, from Vite's build manifest, the
 * JavaScript a browser downloads to show a route (the entry, the route's chunk and every chunk
 * they import), gzipped. The join route also counts its texts in the heaviest language (each page
 * loads one language's catalogue, the join page only its own texts of it). Fails when the join
 * route is over its 90 KB budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWeb } from './build-web.js';

export const JOIN_BUDGET_BYTES = 90 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const dist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** The JavaScript files a route needs before it can run: the entry, the route, their imports. */
export function routeFiles(manifest: Manifest, routeSource: string): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  if (!manifest[routeSource]) throw new Error(`the manifest has no chunk for ${routeSource}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(routeSource);
  return [...files];
}

/** Raw and gzipped bytes of a set of built files. */
export function measure(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The join screen's texts in its heaviest language (US English is UK English plus its own). */
export function heaviestJoinTexts(manifest: Manifest): { locale: string; files: string[] } {
  const parts = Object.entries(manifest)
    .map(([key, chunk]) => ({ locale: /([\w-]+)\.json\?part=join$/.exec(key)?.[1], chunk }))
    .filter((part): part is { locale: string; chunk: ManifestChunk } => part.locale !== undefined);
  const fileOf = (locale: string) => parts.find((p) => p.locale === locale)?.chunk.file;
  const sets = parts.map(({ locale, chunk }) => ({
    locale,
    files:
      locale === 'en-US'
        ? [fileOf('en-GB'), chunk.file].filter((f) => f !== undefined)
        : [chunk.file],
  }));
  if (sets.length === 0) throw new Error('the manifest has no join texts (?part=join)');
  return sets.reduce((a, b) => (measure(b.files).gzip > measure(a.files).gzip ? b : a));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  await buildWeb();
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const routes = {
    join: 'src/join/join-screen.tsx',
    home: 'src/pages/home-page.tsx',
    room: 'src/room/room-page.tsx',
    'new mediation': 'src/pages/new-room-page.tsx',
    admin: 'src/admin/admin-page.tsx',
  };
  let joinGzip = 0;
  for (const [name, source] of Object.entries(routes)) {
    // Pages other than the join screen also need the app layout (the router comes with both).
    const files = routeFiles(manifest, source);
    if (name !== 'join') files.push(...routeFiles(manifest, 'src/app/app-layout.tsx'));
    else files.push(...heaviestJoinTexts(manifest).files);
    const unique = [...new Set(files)];
    const size = measure(unique);
    if (name === 'join') joinGzip = size.gzip;
    console.log(
      `${name.padEnd(14)} ${kb(size.gzip).padStart(9)} gzipped JS (${kb(size.raw)} raw, ${unique.length} files)`,
    );
  }
  console.log(`(the join route counts its texts in ${heaviestJoinTexts(manifest).locale})`);
  if (joinGzip > JOIN_BUDGET_BYTES) {
    console.error(
      `The join route needs ${kb(joinGzip)} of gzipped JavaScript; the budget is ${kb(JOIN_BUDGET_BYTES)}.`,
    );
    process.exit(1);
  }
  console.log(`join route within its ${kb(JOIN_BUDGET_BYTES)} budget`);
}
