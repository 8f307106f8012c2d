/** Small read-only views of the joint transcript. */

import type { TranscriptEntry } from '../mediator.js';

/** The mediator's most recent line, so a reply is never the same text twice in a row. */
export function lastMediatorLine(transcript: TranscriptEntry[]): string | null {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const entry = transcript[i];
    if (entry && entry.participantId === null) return entry.text.trim();
  }
  return null;
}

/** Everything the participants (not the mediator) have written, for whole-conversation themes. */
export function participantText(transcript: TranscriptEntry[]): string {
  return transcript
    .filter((e) => e.participantId !== null)
    .map((e) => e.text)
    .join('\n');
}
