import { describe, expect, it } from 'vitest';
import type { ReplyRequest } from '../mediator.js';
import { replyToTurn } from './reply.js';
import { JORDAN, PICKUPS_ROOM, RENEE } from './test-helpers.js';

// Written for this test, not taken from the fixtures the reflection was tuned on.
const WORDS =
  "Honestly the Tuesday handovers at the leisure centre are chaos, I'm exhausted, how about Grandma collects them on Tuesdays instead?";

function request(relay?: 'summary'): ReplyRequest {
  return {
    kind: 'reply',
    room: PICKUPS_ROOM,
    participants: [JORDAN, RENEE],
    transcript: [{ participantId: null, text: 'Welcome, Jordan and Renée.', at: new Date(0) }],
    latest: { participantId: JORDAN.id, text: WORDS, ...(relay ? { relay } : {}) },
    nextSpeakerId: RENEE.id,
  };
}

/** Runs of three words of the message that reappear in the reply. */
function sharedRuns(reply: string): string[] {
  const words = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];
  const said = words(reply).join(' ');
  const written = words(WORDS);
  return written
    .slice(0, -2)
    .map((_, at) => written.slice(at, at + 3).join(' '))
    .filter((run) => said.includes(run));
}

describe('a reply to someone whose screening asked for care', () => {
  it('summarises their message without its wording', () => {
    const { reply } = replyToTurn(request('summary'));
    expect(reply).toContain('Jordan');
    expect(sharedRuns(reply)).toEqual([]);
    for (const word of ['tuesday', 'leisure', 'chaos', 'grandma', 'exhausted']) {
      expect(reply.toLowerCase()).not.toContain(word);
    }
    expect(reply).toMatch(/put forward an idea/);
    expect(reply).toContain('Renée');
  });

  it('differs from the usual reflection, which says their words back', () => {
    const usual = replyToTurn(request()).reply;
    expect(sharedRuns(usual).length + (/grandma|tuesday/i.test(usual) ? 1 : 0)).toBeGreaterThan(0);
    expect(replyToTurn(request('summary')).reply).not.toBe(usual);
  });
});
