import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Recorded in eval/safety/FROZEN.md when the held-out part was frozen (commit 39ed803).
const FROZEN_SHA256 = 'e798060a5a3977f1f35fcf8c3820a9318133001602f86a440abe200198f7df80';

describe('held-out safety corpus', () => {
  it('is unchanged since it was frozen', () => {
    const file = readFileSync(new URL('../../eval/safety/held-out.jsonl', import.meta.url));
    expect(createHash('sha256').update(file).digest('hex')).toBe(FROZEN_SHA256);
  });

  it('shares no message with the development part', () => {
    const texts = (part: string) =>
      readFileSync(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text.trim().toLowerCase());
    const dev = new Set(texts('dev'));
    expect(texts('held-out').filter((text) => dev.has(text))).toEqual([]);
  });
});
