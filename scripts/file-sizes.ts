/**
 * `npx tsx scripts/file-sizes.ts [commit …]`: the line counts of src/'s TypeScript files (tests
 * left out) at each commit named (default: the working tree), as the median, the 90th percentile
 * and the ten largest files, so ARCHITECTURE.md's "File sizes" table can be checked and renewed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A source file and its number of lines. */
interface FileSize {
  path: string;
  lines: number;
}

const isCountedSource = (path: string) =>
  path.startsWith('src/') && path.endsWith('.ts') && !path.endsWith('.test.ts');

const countLines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const git = (args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Every counted file at a commit, or in the working tree (tracked and new files) when none. */
export function fileSizes(commit?: string): FileSize[] {
  if (!commit) {
    const paths = git(['ls-files', '--cached', '--others', '--exclude-standard', 'src'])
      .split('\n')
      .filter(isCountedSource);
    return paths.flatMap((path) => {
      try {
        return [{ path, lines: countLines(readFileSync(path, 'utf8')) }];
      } catch {
        return []; // deleted in the working tree but still in the index
      }
    });
  }
  const paths = git(['ls-tree', '-r', '--name-only', commit, 'src'])
    .split('\n')
    .filter(isCountedSource);
  return paths.map((path) => ({ path, lines: countLines(git(['show', `${commit}:${path}`])) }));
}

/** The value below which `share` of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? 0;
}

/** The median of the sorted values (the mean of the middle two for an even count). */
export function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function report(label: string, sizes: FileSize[]): void {
  const sorted = sizes.map((file) => file.lines).sort((a, b) => a - b);
  const largest = [...sizes].sort((a, b) => b.lines - a.lines).slice(0, 10);
  console.log(
    `${label}: ${sizes.length} files, median ${median(sorted)} lines, p90 ${percentile(sorted, 0.9)} lines`,
  );
  for (const file of largest) console.log(`  ${String(file.lines).padStart(5)}  ${file.path}`);
}

const commits = process.argv.slice(2);
if (commits.length === 0) report('working tree', fileSizes());
for (const commit of commits) {
  const short = git(['rev-parse', '--short', commit]).trim();
  report(commit === short ? commit : `${commit} (${short})`, fileSizes(commit));
}
