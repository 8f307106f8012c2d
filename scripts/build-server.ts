/**
 * `npm run build:server`: compiles the server (src/ → build/, same depth, so every path a module
 * resolves from its own location still holds) and copies the files modules read at run time
 * (prompts, data files). The production start then runs plain JavaScript: no tsx, no Vite.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'src');
const output = path.join(root, 'build');

/** Every file under `dir` that is not TypeScript, relative to `dir`. */
function assetsUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return assetsUnder(full, base);
    return name.endsWith('.ts') ? [] : [path.relative(base, full)];
  });
}

rmSync(output, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  { cwd: root, stdio: 'inherit' },
);
const assets = assetsUnder(source);
for (const asset of assets) cpSync(path.join(source, asset), path.join(output, asset));
console.log(`server built into build/ (${assets.length} data files copied)`);
