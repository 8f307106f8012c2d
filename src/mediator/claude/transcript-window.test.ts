import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../mediator.js';
import { selectTranscriptWindow } from './transcript-window.js';

const line = (participantId: string | null, text: string, minute = 0): TranscriptEntry => ({
  participantId,
  text,
  at: new Date(Date.UTC(2026, 0, 1, 12, minute)),
});

/** An opening from the mediator followed by `count` alternating participant lines. */
function conversation(count: number, size = 10): TranscriptEntry[] {
  const lines = [line(null, 'Welcome both of you.')];
  for (let index = 0; index < count; index++) {
    lines.push(line(index % 2 === 0 ? 'a' : 'b', `${index}`.padEnd(size, '.'), index + 1));
  }
  return lines;
}

describe('selectTranscriptWindow', () => {
  const budget = { maxLines: 6, maxChars: 200, maxLineChars: 50 };

  it('sends a short conversation whole', () => {
    const transcript = conversation(3);

    expect(selectTranscriptWindow(transcript, budget)).toEqual({
      opening: null,
      omitted: 0,
      recent: transcript,
    });
  });

  it('keeps the opening and the newest lines when there are too many lines', () => {
    const transcript = conversation(20);

    const window = selectTranscriptWindow(transcript, budget);

    expect(window.opening).toBe(transcript[0]);
    expect(window.recent).toEqual(transcript.slice(-5));
    expect(window.omitted).toBe(15);
  });

  it('stops adding lines at the character budget', () => {
    const transcript = conversation(8, 40);

    const window = selectTranscriptWindow(transcript, budget);

    // 200 chars minus the 20-char opening leaves room for four 40-char lines.
    expect(window.recent).toEqual(transcript.slice(-4));
    expect(window.omitted).toBe(4);
  });

  it('cuts a very long line and marks the cut', () => {
    const transcript = [line('a', 'x'.repeat(500))];

    const window = selectTranscriptWindow(transcript, budget);

    expect(window.recent[0]!.text).toHaveLength(50);
    expect(window.recent[0]!.text.endsWith(' […]')).toBe(true);
  });

  it('always keeps the newest line, even over budget', () => {
    const transcript = [...conversation(2), line('a', 'y'.repeat(50))];

    const window = selectTranscriptWindow(transcript, { ...budget, maxChars: 30 });

    expect(window.recent.at(-1)!.text.startsWith('y')).toBe(true);
    expect(window.opening).toBe(transcript[0]);
  });

  it('keeps no opening when the first line is a participant', () => {
    const transcript = conversation(20).slice(1);

    const window = selectTranscriptWindow(transcript, budget);

    expect(window.opening).toBeNull();
    expect(window.recent).toEqual(transcript.slice(-6));
  });
});
