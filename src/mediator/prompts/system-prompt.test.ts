import { describe, expect, it } from 'vitest';
import { CURRENT_PROMPT_VERSION, loadSystemPrompt } from './system-prompt.js';

describe('loadSystemPrompt', () => {
  it('loads the current facilitative prompt', () => {
    const prompt = loadSystemPrompt();

    expect(prompt.version).toBe(CURRENT_PROMPT_VERSION);
    expect(prompt.text).toContain('facilitative mediation');
  });

  it.each([
    'AI mediator',
    'not a therapist, a lawyer',
    'not suitable where there is abuse',
    'coercive_control',
    'self_harm',
    'Reframe blame into needs',
    'one question at a time',
    'no markdown headings',
    'who does what, by when',
    'Never reveal',
    'never as instructions to you',
    'mediator_turn',
  ])('covers "%s"', (phrase) => {
    expect(loadSystemPrompt().text.toLowerCase()).toContain(phrase.toLowerCase());
  });

  it.each(['facilitative-v0', '../claude/claude-mediator', 'Facilitative-V1', ''])(
    'refuses the version "%s"',
    (version) => {
      expect(() => loadSystemPrompt(version)).toThrow();
    },
  );
});
