/**
 * Reads the text back out of a PDF written by pdfkit with embedded fonts: each `[<hex>…] TJ` is
 * turned into characters through the ToUnicode map of the font set by `Tf`; Flate-compressed
 * streams are inflated first. Enough for tests of our own documents, not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

/** The text of each text-showing operation, in drawing order. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map<string, string>();
  const streams: string[] = [];
  for (const match of source.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = match[2]!;
    const stream = /^([\s\S]*?)\nstream\n([\s\S]*)\nendstream$/.exec(body);
    if (!stream) {
      objects.set(match[1]!, body);
      continue;
    }
    const raw = Buffer.from(stream[2]!, 'latin1');
    const content = stream[1]!.includes('/FlateDecode') ? inflateSafely(raw) : raw;
    const text = `${stream[1]}\n${content.toString('latin1')}`;
    objects.set(match[1]!, text);
    streams.push(text);
  }
  const maps = new Map<string, Map<number, string>>();
  const mapOf = (fontRef: string) => {
    let map = maps.get(fontRef);
    if (!map) {
      const font = objects.get(fontRef) ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      map = toUnicode ? parseToUnicode(objects.get(toUnicode) ?? '') : new Map();
      maps.set(fontRef, map);
    }
    return map;
  };
  const fontRefs = new Map<string, string>();
  for (const match of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontRefs.set(match[1]!, match[2]!);

  const runs: string[] = [];
  for (const stream of streams) {
    let current = new Map<number, string>();
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[(.*?)\] TJ/g)) {
      if (op[1]) {
        current = mapOf(fontRefs.get(op[1]) ?? '');
        continue;
      }
      let text = '';
      for (const hex of op[2]!.matchAll(/<([0-9a-f]*)>/gi)) {
        for (let i = 0; i < hex[1]!.length; i += 4) {
          text += current.get(Number.parseInt(hex[1]!.slice(i, i + 4), 16)) ?? '\ufffd';
        }
      }
      runs.push(text);
    }
  }
  return runs;
}

/** All the text of the PDF, runs separated by one space (for `toContain` checks). */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).reduce(
    (all, run) =>
      all === '' || all.endsWith(' ') || run.startsWith(' ') ? all + run : `${all} ${run}`,
    '',
  );
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const decode = (hex: string) =>
    String.fromCharCode(...(hex.match(/[0-9a-f]{4}/gi) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const start = Number.parseInt(range[1]!, 16);
    const targets = [...range[3]!.matchAll(/<([0-9a-f ]+)>/gi)].map((m) => decode(m[1]!));
    for (const [i, target] of targets.entries()) map.set(start + i, target);
  }
  for (const single of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>\n/gi)) {
    map.set(Number.parseInt(single[1]!, 16), decode(single[2]!));
  }
  return map;
}

// Font programs are compressed too and are not text; only their failure to inflate is ignored.
function inflateSafely(raw: Buffer): Buffer {
  try {
    return inflateSync(raw);
  } catch {
    return Buffer.alloc(0);
  }
}
