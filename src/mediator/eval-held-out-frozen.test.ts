import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Recorded in bench/mediator-eval/FREEZE.md when each held-out part was frozen
// (held-out.ts at 2c7aef7, held-out-2.ts at d0e8090).
const FROZEN_SHA256: Record<string, string> = {
  'held-out.ts': '3e81bb6bfe08c8a3614ddcb54595ef16c932b2e521d8da0d9e4abfb66cc66489',
  'held-out-2.ts': 'e7e6d994aab53833bef1e53e9d5a28fbc9750ed0cf7626bf1dfde0c03a549027',
};

const read = (file: string) =>
  readFileSync(new URL(`../../bench/mediator-eval/${file}`, import.meta.url), 'utf8');

describe('held-out mediator eval conversations', () => {
  for (const [file, sha] of Object.entries(FROZEN_SHA256)) {
    it(`${file} is unchanged since it was frozen`, () => {
      expect(createHash('sha256').update(read(file)).digest('hex')).toBe(sha);
    });
  }

  it('share no conversation id with the development part', () => {
    const ids = (file: string) => [...read(file).matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
    const dev = new Set(ids('dev.ts'));
    const heldOut = [...ids('held-out.ts'), ...ids('held-out-2.ts')];
    expect(heldOut.length).toBeGreaterThanOrEqual(21);
    expect(heldOut.filter((id) => dev.has(id))).toEqual([]);
  });
});
