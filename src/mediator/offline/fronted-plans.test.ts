import { describe, expect, it } from 'vitest';
import { frontedPlan } from './fronted-plans.js';

describe('plans said with their "when" first', () => {
  it('reads a joint plan led by a day, with the day moved to the end', () => {
    expect(frontedPlan('and every other friday we eat at my dads')).toEqual({
      owner: 'both',
      action: 'eat at my dads every other friday',
    });
  });

  it('reads "we both" with the detail after the verb', () => {
    expect(frontedPlan('ok then we both paint the hall on the 3rd')).toEqual({
      owner: 'both',
      action: 'paint the hall on the 3rd',
    });
  });

  it('reads an ordinal weekday of the month as one detail', () => {
    expect(frontedPlan('the last saturday of the month I host')?.action).toBe(
      'host on the last saturday of the month',
    );
  });

  it('leaves complaints, reports and questions alone', () => {
    expect(frontedPlan('every weekend we argue about money')).toBeNull();
    expect(frontedPlan('I do the school run every day')).toBeNull();
    expect(frontedPlan('on sundays we go to yours?')).toBeNull();
    expect(frontedPlan('we went to the pub on friday')).toBeNull();
  });
});
