import { describe, expect, it } from 'vitest';
import type { SendFailureClass } from '../outbound-message.js';
import {
  classifyGraphError,
  describeFailureClass,
  KNOWN_GRAPH_ERROR_CODES,
  retryAfterHintMs,
} from './classify-error.js';

// FACTS.md's error table, row by row.
const TABLE: [number, SendFailureClass][] = [
  [1, 'transient'],
  [2, 'transient'],
  [131000, 'transient'],
  [131016, 'transient'],
  [4, 'throttled'],
  [80007, 'throttled'],
  [130429, 'throttled'],
  [131056, 'pair_rate'],
  [131047, 'window_closed'],
  [470, 'window_closed'],
  [131026, 'undeliverable'],
  [131049, 'permanent'],
  [131050, 'permanent'],
  [131051, 'permanent'],
  [131052, 'permanent'],
  [131053, 'permanent'],
  [131008, 'permanent'],
  [131009, 'permanent'],
  [100, 'permanent'],
  [131021, 'permanent'],
  [132000, 'permanent'],
  [132005, 'permanent'],
  [132012, 'permanent'],
  [132018, 'permanent'],
  [131042, 'operator'],
  [131045, 'operator'],
  [132001, 'operator'],
  [132007, 'operator'],
  [132015, 'operator'],
  [132016, 'operator'],
  [133010, 'operator'],
  [190, 'operator'],
  [368, 'operator'],
];

describe('classifyGraphError', () => {
  it.each(TABLE)('code %i is %s, whatever the HTTP status', (code, expected) => {
    expect(classifyGraphError(code)).toBe(expected);
    expect(classifyGraphError(code, 400)).toBe(expected);
    expect(classifyGraphError(code, 500)).toBe(expected);
  });

  it('knows exactly the codes of the table', () => {
    expect([...KNOWN_GRAPH_ERROR_CODES].sort()).toEqual(TABLE.map(([code]) => code).sort());
  });

  it('classifies unknown codes by HTTP status: 5xx transient, 4xx permanent, 429 throttled', () => {
    expect(classifyGraphError(999_999, 500)).toBe('transient');
    expect(classifyGraphError(999_999, 503)).toBe('transient');
    expect(classifyGraphError(999_999, 400)).toBe('permanent');
    expect(classifyGraphError(999_999, 404)).toBe('permanent');
    expect(classifyGraphError(999_999, 429)).toBe('throttled');
  });

  it('treats no code and no answer (network) as transient, an unknown status code as permanent', () => {
    expect(classifyGraphError(0)).toBe('transient');
    expect(classifyGraphError(999_999)).toBe('permanent');
  });
});

describe('describeFailureClass and retry hints', () => {
  it('says what to do for every class', () => {
    const classes = new Set(TABLE.map(([, c]) => c));
    for (const failureClass of classes) expect(describeFailureClass(failureClass)).toMatch(/\w+/);
    expect(describeFailureClass('operator')).toContain('doctor');
  });

  it('hints a wait only where waiting helps', () => {
    expect(retryAfterHintMs(131056, 'pair_rate')).toBe(6_000);
    expect(retryAfterHintMs(130429, 'throttled')).toBe(1_000);
    expect(retryAfterHintMs(4, 'throttled')).toBeGreaterThan(1_000);
    expect(retryAfterHintMs(131000, 'transient')).toBeGreaterThan(0);
    expect(retryAfterHintMs(131026, 'undeliverable')).toBeNull();
    expect(retryAfterHintMs(190, 'operator')).toBeNull();
  });
});
