/**
 * The import graph of src/ (tests left out), read with the TypeScript compiler: no import circle,
 * and the folders import only in the directions ARCHITECTURE.md allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The API's shapes (one file per area): the domain's views return their types. */
const API_SHAPES = 'http/schemas/';

/** Imports a folder may not make (from → to, folders under src/; `allow`: targets excepted). */
const FORBIDDEN: { from: string; to: string; except?: string[]; allow?: string[] }[] = [
  { from: 'domain', to: 'channels' },
  { from: 'storage', to: 'channels' },
  { from: 'storage', to: 'domain' },
  { from: 'storage', to: 'http' },
  { from: 'domain', to: 'http', allow: [API_SHAPES] },
  { from: 'notifications', to: 'http' },
  { from: 'channels', to: 'http' },
  { from: 'jobs', to: 'http' },
  ...['mediator', 'safety'].flatMap((from) =>
    ['domain', 'channels', 'http'].map((to) => ({ from, to })),
  ),
  // The chat is a front end beside http/: nothing below the front ends imports it.
  ...['domain', 'storage', 'channels', 'mediator', 'safety', 'reporting', 'http'].map((from) => ({
    from,
    to: 'chat',
  })),
  { from: 'chat', to: 'http', allow: [API_SHAPES] },
  // Languages are data and formatting: every layer uses them, they use none.
  ...['domain', 'storage', 'channels', 'mediator', 'safety', 'http', 'notifications', 'jobs'].map(
    (to) => ({ from: 'i18n', to }),
  ),
  // Notices skip people whose chat follows the room: the one list of those states.
  { from: 'notifications', to: 'chat', except: ['notifications/deliver-notices.ts'] },
];

/** What the API's shapes may import: each other, TypeBox, and the plain constants they use. */
const API_SHAPES_MAY_IMPORT = [API_SHAPES, 'domain/limits.ts', 'error-codes.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name).replace(/\.js$/, '.ts'));
    graph.set(rel(file), targets.map(rel));
  }
  return graph;
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('imports only in the allowed directions', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      for (const rule of FORBIDDEN) {
        if (!file.startsWith(`${rule.from}/`) || rule.except?.includes(file)) continue;
        for (const target of targets) {
          if (!target.startsWith(`${rule.to}/`)) continue;
          if (rule.allow?.some((allowed) => target.startsWith(allowed))) continue;
          wrong.push(`${file} → ${target}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the API shapes free of server code, and the domain takes only their types', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      if (!file.startsWith(API_SHAPES)) continue;
      for (const target of targets) {
        if (!API_SHAPES_MAY_IMPORT.some((allowed) => target.startsWith(allowed))) {
          wrong.push(`${file} → ${target}`);
        }
      }
    }
    for (const file of graph.keys()) {
      if (!file.startsWith('domain/')) continue;
      const text = readFileSync(path.join(SRC, file), 'utf8');
      for (const [statement] of text.matchAll(
        /^import[^;]*?from '[^']*http\/schemas\/[^']*';/gms,
      )) {
        if (!statement.startsWith('import type')) wrong.push(`${file}: ${statement}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
