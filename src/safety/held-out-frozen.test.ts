import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Recorded in eval/safety/FROZEN.md when each held-out part was frozen (held-out: commit 39ed803;
// held-out-2: the first commit on branch safety-two that contains it).
const FROZEN_SHA256: Record<string, string> = {
  'held-out': 'e798060a5a3977f1f35fcf8c3820a9318133001602f86a440abe200198f7df80',
  'held-out-2': 'de1bac9f41cf93cd053aad4c2c6b94cf53e0641e13a74e484921759a10f6bc6e',
};

const texts = (part: string) =>
  readFileSync(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text.trim().toLowerCase());

describe('held-out safety corpus', () => {
  for (const [part, sha256] of Object.entries(FROZEN_SHA256)) {
    it(`${part} is unchanged since it was frozen`, () => {
      const file = readFileSync(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url));
      expect(createHash('sha256').update(file).digest('hex')).toBe(sha256);
    });

    it(`${part} shares no message with the development part`, () => {
      const dev = new Set(texts('dev'));
      expect(texts(part).filter((text) => dev.has(text))).toEqual([]);
    });
  }

  it('the two held-out parts share no message', () => {
    const first = new Set(texts('held-out'));
    expect(texts('held-out-2').filter((text) => first.has(text))).toEqual([]);
  });
});
