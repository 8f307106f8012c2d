import { describe, expect, it } from 'vitest';
import { sanitizeTemplateParameter } from './sanitize-template-parameter.js';

// Meta's rule (132018): no newline, no tab, no more than four spaces in a row.
const META_RULE = /^[^\n\r\t]*$/;

describe('sanitizeTemplateParameter', () => {
  it('leaves an ordinary name alone', () => {
    expect(sanitizeTemplateParameter('Sam', 60)).toBe('Sam');
    expect(sanitizeTemplateParameter('Zoë Ní Bhriain', 60)).toBe('Zoë Ní Bhriain');
  });

  it('turns newlines into spaces, keeping words apart', () => {
    expect(sanitizeTemplateParameter('Sam\nTaylor', 60)).toBe('Sam Taylor');
    expect(sanitizeTemplateParameter('Sam\r\n\r\nTaylor\r', 60)).toBe('Sam Taylor');
    expect(sanitizeTemplateParameter('a\u2028b\u2029c', 60)).toBe('a b c');
  });

  it('turns tabs into spaces', () => {
    const out = sanitizeTemplateParameter('Sam\tTaylor\t\t', 60);
    expect(out).toBe('Sam Taylor');
    expect(out).toMatch(META_RULE);
  });

  it('collapses five or more spaces', () => {
    const out = sanitizeTemplateParameter('Sam      Taylor', 60);
    expect(out).toBe('Sam Taylor');
    expect(out).not.toMatch(/ {5}/);
  });

  it('trims, including non-breaking and other Unicode spaces', () => {
    expect(sanitizeTemplateParameter('  \u00a0Sam\u3000 ', 60)).toBe('Sam');
  });

  it('strips control characters, byte-order marks and bidi overrides', () => {
    expect(sanitizeTemplateParameter('Sa\u0000m\u0007\u007f\u0085', 60)).toBe('Sam');
    expect(sanitizeTemplateParameter('\ufeffSa\ufeffm', 60)).toBe('Sam');
    expect(sanitizeTemplateParameter('Sam\u202eenoyreve', 60)).toBe('Samenoyreve');
    expect(sanitizeTemplateParameter('Sam\u2066x\u2069', 60)).toBe('Samx');
  });

  it('strips lone surrogates but keeps real emoji', () => {
    expect(sanitizeTemplateParameter('Sam\ud83d', 60)).toBe('Sam');
    expect(sanitizeTemplateParameter('Sam 😀', 60)).toBe('Sam 😀');
  });

  it('returns an empty string when nothing printable is left', () => {
    expect(sanitizeTemplateParameter(' \n\t\u0000 ', 60)).toBe('');
  });

  it('shortens long names at a word boundary with an ellipsis', () => {
    const out = sanitizeTemplateParameter(
      'Alexandra Catherine Montgomery-Smythe of Little Snoring',
      30,
    );
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toBe('Alexandra Catherine…');
  });

  it('shortens a long word without spaces at a grapheme boundary', () => {
    const out = sanitizeTemplateParameter('x'.repeat(100), 10);
    expect(out).toBe(`${'x'.repeat(9)}…`);
  });

  it('never cuts an emoji in two (surrogate pairs, ZWJ sequences, flags)', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 code units, one grapheme
    for (let max = 2; max <= 30; max++) {
      const out = sanitizeTemplateParameter(`${'😀'.repeat(20)}`, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).toMatch(/^(😀)*…$/u);
      const families = sanitizeTemplateParameter(family.repeat(4), max);
      expect(families.length).toBeLessThanOrEqual(max);
      expect(
        families
          .replace(/…$/, '')
          .split(family)
          .every((p) => p === ''),
      ).toBe(true);
      const flags = sanitizeTemplateParameter('🇬🇧🇫🇷🇩🇪🇮🇹🇪🇸', max);
      expect(flags.replace(/…$/, '').length % 4).toBe(0);
    }
  });

  it('is idempotent, so sanitising twice changes nothing', () => {
    const once = sanitizeTemplateParameter(
      ' Sam\n\n\tTaylor     🙂 and a very long tail of words ',
      24,
    );
    expect(sanitizeTemplateParameter(once, 24)).toBe(once);
  });

  it('rejects a maximum below one', () => {
    expect(() => sanitizeTemplateParameter('Sam', 0)).toThrow(RangeError);
  });
});
