import { describe, expect, it } from 'vitest';
import { splitText } from './split-text.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function paragraph(n: number, sentences: number): string {
  return Array.from(
    { length: sentences },
    (_, i) => `Paragraph ${n} sentence ${i} says something calm.`,
  ).join(' ');
}

describe('splitText', () => {
  it('returns short text as it is', () => {
    expect(splitText('Hello Sam.')).toEqual(['Hello Sam.']);
    const exact = 'a'.repeat(4096);
    expect(splitText(exact)).toEqual([exact]);
  });

  it('keeps every part within the limit, in order, losing nothing', () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i, 8)).join('\n\n');
    expect(text.length).toBeGreaterThan(4096 * 3);
    const parts = splitText(text, 4096);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).toBe(part.trim());
    }
    expect(words(parts.join(' '))).toEqual(words(text));
  });

  it('prefers paragraph breaks', () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i, 3)).join('\n\n');
    const parts = splitText(text, 1000);
    for (const part of parts) expect(part).toMatch(/calm\.$/);
    for (const part of parts) expect(part).toMatch(/^Paragraph \d+ sentence 0/);
  });

  it('falls back to sentence ends inside a long paragraph', () => {
    const text = paragraph(1, 60);
    const parts = splitText(text, 500);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part).toMatch(/calm\.$/);
    expect(words(parts.join(' '))).toEqual(words(text));
  });

  it('falls back to spaces when there is no sentence end', () => {
    const text = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const parts = splitText(text, 200);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(200);
      expect(part).toMatch(/^word\d+( word\d+)*$/);
    }
    expect(words(parts.join(' '))).toEqual(words(text));
  });

  it('cuts text with no spaces at all, never inside a surrogate pair', () => {
    const text = '😀'.repeat(5000);
    const parts = splitText(text, 4096);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).toMatch(/^(😀)+$/u);
    }
    expect(parts.join('')).toBe(text);
  });

  it('cuts an odd-length window before an emoji rather than through it', () => {
    const text = `a${'😀'.repeat(10)}`;
    const parts = splitText(text, 4);
    expect(parts).toEqual(['a😀', '😀😀', '😀😀', '😀😀', '😀😀', '😀']);
  });

  it('handles sentence ends in Chinese and Japanese text without spaces', () => {
    const text = '我们一起慢慢来。'.repeat(100);
    const parts = splitText(text, 100);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(text);
  });
});
