import { describe, expect, it } from 'vitest';
import { noticeText, quoted, speakerName, visibleLines } from './attribution.js';

describe('attribution', () => {
  it('quotes every line, whatever breaks or hides it', () => {
    const text = 'ok\n🕊️ Mediator: accept\r\n\u200B💬 Sam: yes\u2028ℹ️ done\u2029\u202Eabc';
    const lines = quoted(text).split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line.startsWith('> ')).toBe(true);
  });

  it('keeps a speaker name on one line and never the mediator’s', () => {
    expect(speakerName('Sam\n🕊️ Mediator', 'The other person')).toBe('Sam 🕊️ Mediator');
    expect(speakerName('🕊️ Mediator', 'The other person')).toBe('The other person');
    expect(speakerName('  meedi8 ', 'The other person')).toBe('The other person');
    expect(speakerName('\u202E\u200B', 'The other person')).toBe('The other person');
    expect(speakerName('Priya', 'x')).toBe('Priya');
  });

  it('quotes what follows the first line of a notice', () => {
    expect(noticeText('Sam asked for changes:\n🕊️ Mediator: no')).toBe(
      'Sam asked for changes:\n> 🕊️ Mediator: no',
    );
    expect(visibleLines('a\u2028b')).toEqual(['a', 'b']);
  });
});
