/**
 * The reply's first sentence when a person's private screening asked for care ("adapt"): their
 * message is kept private, and the other person hears only this summary of it. It names what the
 * message is about and that something was felt or offered, in the mediator's own words, and never
 * quotes or rewords what was written.
 */

import { findTheme } from './needs.js';
import { addressing } from './participants.js';
import { extractProposals } from './proposals.js';
import { FEELING, type ReflectionInput } from './reflection.js';
import { wordCount } from './text.js';

/** A summary of the latest message for both to read; none of the writer's own wording. */
export function summariseForOther(input: ReflectionInput): string {
  const name = input.speakerName;
  if (wordCount(input.text) === 0) {
    return addressing(name, "I didn't catch any words in that message, and that's alright.");
  }
  const topic = findTheme(input.text)?.topic ?? null;
  const feels = FEELING.test(input.text);
  const heard =
    topic && feels
      ? `thank you. I've heard how much ${topic} matters to you, and I'll keep that in mind as we go on.`
      : topic
        ? `thank you. I've taken in where you stand on ${topic}.`
        : feels
          ? "thank you. I can hear this matters to you, and I've taken in what you said."
          : "thank you, I've taken in what you said.";
  const offered =
    extractProposals(input.text).length > 0
      ? ' You have also put forward an idea, which we can look at together.'
      : '';
  return `${addressing(name, heard)}${offered}`;
}
