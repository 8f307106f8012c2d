import { describe, expect, it } from 'vitest';
import { FORMER_PARTICIPANT, REMOVED_TEXT, scrubberFor } from './erasure-scrubber.js';
import { hashSecret, newSecret } from './tokens.js';

const secret = newSecret();
const scrub = scrubberFor({
  names: ['Sam Lee', 'Sammy'],
  numbers: ['+447700900123', '447700900123'],
  emails: ['sam@example.com'],
  texts: [
    'ok',
    'I will cook on weekdays.',
    'First line of a longer note\nand its second line here',
  ],
  secretHashes: [hashSecret(secret)],
});

describe('the erasure scrubber', () => {
  it('replaces words, short ones only right after their author’s name', () => {
    expect(scrub.text('💬 Sam Lee:\nok')).toBe(`💬 A former participant:\n${REMOVED_TEXT}`);
    expect(scrub.text('ok, Tomasz said')).toBe('ok, Tomasz said');
    // Copies that quote each line are found too.
    expect(scrub.text('💬 Sam Lee:\n> ok')).toBe(`💬 A former participant:\n> ${REMOVED_TEXT}`);
    expect(
      scrub.text('💬 Sam Lee:\n> First line of a longer note\n> and its second line here'),
    ).toBe(`💬 A former participant:\n> ${REMOVED_TEXT}\n> ${REMOVED_TEXT}`);
    expect(scrub.text('Mediator: "I will cook on weekdays."')).toBe(`Mediator: "${REMOVED_TEXT}"`);
    expect(scrub.text('you said "I will cook on weekdays"')).toBe(`you said "${REMOVED_TEXT}"`);
  });

  it('gives names a neutral label, capitalised where a sentence starts', () => {
    expect(scrub.text('Welcome, Sam Lee and Tomasz. Sam, you start.')).toBe(
      `Welcome, ${FORMER_PARTICIPANT} and Tomasz. A former participant, you start.`,
    );
    expect(scrub.text('ℹ️ Sammy asked for a break')).toBe(
      'ℹ️ A former participant asked for a break',
    );
    // A part of a name only as a whole word, and with its capital.
    expect(scrub.text('Samuel said the same')).toBe('Samuel said the same');
  });

  it('removes numbers, addresses and link secrets, leaving other secrets alone', () => {
    const other = newSecret();
    expect(scrub.text(`+447700900123 or SAM@example.com: /join/${secret} and /join/${other}`)).toBe(
      `[number removed] or [email removed]: /join/[link removed] and /join/${other}`,
    );
  });

  it('walks JSON, keeping what `keep` marks as someone else’s', () => {
    const value = {
      a: ['Sam Lee'],
      mine: { user_id: 'u1', note: 'I will cook on weekdays.' },
      theirs: { user_id: 'u2', note: 'Sam Lee is right' },
    };
    expect(scrub.json(value, (node) => node.user_id === 'u2')).toEqual({
      a: ['A former participant'],
      mine: { user_id: 'u1', note: REMOVED_TEXT },
      theirs: { user_id: 'u2', note: 'Sam Lee is right' },
    });
  });
});
