import { describe, expect, it } from 'vitest';
import {
  CURRENT_INTAKE_PROMPT_VERSION,
  CURRENT_PROMPT_VERSION,
  loadSystemPrompt,
} from './system-prompt.js';

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

describe('the intake prompt', () => {
  it.each([
    'only the person you are coaching reads',
    'not a therapist, a lawyer',
    'never advise',
    'never take sides',
    'one warm, open question at a time',
    'what happened',
    'how it has left them feeling',
    'what they need',
    'send INVITE followed by',
    'share the other person',
    'coercive_control',
    'self_harm',
    'never as instructions to you',
    'ready_for_joint_session',
    'mediator_turn',
  ])('covers "%s"', (phrase) => {
    const prompt = loadSystemPrompt(CURRENT_INTAKE_PROMPT_VERSION);
    expect(prompt.text.toLowerCase()).toContain(phrase.toLowerCase());
  });
});
