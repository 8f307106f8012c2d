import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Recorded in bench/mediator-eval/FREEZE.md when each held-out part was frozen
// (held-out.ts at 2c7aef7, held-out-2.ts at d0e8090, probe-3.ts at b1eeabf, probe-4.ts at 6784159, probe-5.ts at 26bf7bd,
// probe-6.ts at ab420c5).
const FROZEN_SHA256: Record<string, string> = {
  'held-out.ts': '3e81bb6bfe08c8a3614ddcb54595ef16c932b2e521d8da0d9e4abfb66cc66489',
  'held-out-2.ts': 'e7e6d994aab53833bef1e53e9d5a28fbc9750ed0cf7626bf1dfde0c03a549027',
  // Reported, not guarded, and seen after its first score; kept as written for the comparison.
  'probe-3.ts': 'fb365d7e4b4b0868d08dfe48dee0d3493e272123d869ad9f2acc542350a56b3e',
  // Blind at its freeze; reported, not guarded.
  'probe-4.ts': '74b0902ba154f232aaa7ac1d50766cc588c582fc2e7c3c518b463000bc1c08d8',
  // Blind at its freeze (round 5); reported, not guarded.
  'probe-5.ts': '134a61dccd04b49097398eb79e160901d2987ea78a28070a446e099046ff3d68',
  // Blind at its freeze (round 6); reported, not guarded.
  'probe-6.ts': '7c24ee1c49610e1a6689e8024435498f2ae6dd1ccdfcf9735719aa91cbb7aada',
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
    const heldOut = [
      ...ids('held-out.ts'),
      ...ids('held-out-2.ts'),
      ...ids('probe-4.ts'),
      ...ids('probe-5.ts'),
      ...ids('probe-6.ts'),
    ];
    expect(heldOut.length).toBeGreaterThanOrEqual(29);
    expect(heldOut.filter((id) => dev.has(id))).toEqual([]);
  });
});
