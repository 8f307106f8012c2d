import { describe, expect, it } from 'vitest';
import { analyseConversation } from './conversation-state.js';
import { plainRequest } from './plain-requests.js';
import { ALEX, SAM, transcriptOf } from './test-helpers.js';

describe('requests said as a command or a plain "you do…"', () => {
  it('reads a command with a when as a request', () => {
    expect(plainRequest('then visit gran every other sunday')).toBe(
      'visit gran every other sunday',
    );
    expect(plainRequest('you hoover on thursdays')).toBe('hoover on thursdays');
  });

  it('reads the second half of a deal without a when', () => {
    expect(plainRequest('if I do the shopping you cook')).toBe('cook');
  });

  it('leaves complaints, edits, counters and questions alone', () => {
    expect(plainRequest('you never hoover on thursdays')).toBeNull();
    expect(plainRequest('scratch the thursdays')).toBeNull();
    expect(plainRequest('make it 8pm')).toBeNull();
    expect(plainRequest('you hoover on thursdays?')).toBeNull();
    expect(plainRequest('visit gran')).toBeNull();
  });
});

describe('answers that add to what was just agreed', () => {
  const proposals = (lines: [typeof ALEX, string][]) =>
    analyseConversation(transcriptOf(lines), [ALEX, SAM]).proposals.filter(
      (p) => p.status === 'accepted',
    );

  it('a yes naming a day the offer lacked adds the day', () => {
    const [p] = proposals([
      [ALEX, 'could you collect Mia at 6pm?'],
      [SAM, 'ok 6pm at the leisure centre on tuesdays'],
    ]);
    expect(p?.action).toMatch(/6pm.*on tuesdays/);
  });

  it('"send it by the 3rd" beside a yes joins the amount just agreed', () => {
    const accepted = proposals([
      [SAM, "I'll pay £40 towards the gas"],
      [ALEX, 'ok £40 is fine, send it by the 3rd of every month'],
    ]);
    expect(accepted.map((p) => p.action)).toEqual([
      'pay £40 towards the gas by the 3rd of every month',
    ]);
  });

  it('a counter of two amounts split over time keeps when each is paid', () => {
    const [p] = proposals([
      [ALEX, 'can you pay back the £300 for the boiler'],
      [SAM, '£150 now and £150 next month?'],
      [ALEX, 'ok'],
    ]);
    expect(p?.action).toBe('pay back the £150 now and £150 next month for the boiler');
  });
});
