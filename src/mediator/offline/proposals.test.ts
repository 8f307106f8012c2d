import { describe, expect, it } from 'vitest';
import { isAcceptance, isRejection } from './acceptance.js';
import { findDetails } from './details.js';
import { extractProposals, isVague } from './proposals.js';

describe('extractProposals', () => {
  it('reads offers, joint ideas and requests with who would carry them out', () => {
    expect(extractProposals("I'd be willing to do the dishes every weeknight.")).toEqual([
      { owner: 'speaker', form: 'verb', action: 'do the dishes every weeknight' },
    ]);
    expect(extractProposals("Let's put a rota on the fridge.")).toEqual([
      { owner: 'both', form: 'verb', action: 'put a rota on the fridge' },
    ]);
    expect(extractProposals("Could you text me when you're running late?")).toEqual([
      { owner: 'other', form: 'verb', action: "text me when you're running late" },
    ]);
  });

  it('reads a request of the other person said about them, but not a complaint', () => {
    expect(extractProposals('and if its going to be late he texts me before')).toEqual([
      { owner: 'other', form: 'verb', action: 'text me before if its going to be late' },
    ]);
    expect(extractProposals('good. and rich asks me before he swaps weekends', 'Rich')).toEqual([
      { owner: 'other', form: 'verb', action: 'ask me before he swaps weekends' },
    ]);
    expect(extractProposals('he never texts me before')).toEqual([]);
    expect(extractProposals('she leaves me all the washing up every night')).toEqual([]);
  });

  it('works out the subject of "how about" and "what if" ideas', () => {
    expect(extractProposals('What if we swapped Tuesdays and Thursdays')[0]).toMatchObject({
      owner: 'both',
      action: 'swap Tuesdays and Thursdays',
    });
    expect(extractProposals('how about alternating the school run')[0]).toMatchObject({
      owner: 'both',
      form: 'idea',
    });
    expect(extractProposals('How about I take Fridays')[0]).toMatchObject({ owner: 'speaker' });
  });

  it('finds several proposals in one message', () => {
    const found = extractProposals(
      'I think we could try a shared calendar, and I will pick up Mia on Tuesdays and Thursdays.',
    );
    expect(found.map((p) => p.action)).toEqual([
      'try a shared calendar',
      'pick up Mia on Tuesdays and Thursdays',
    ]);
  });

  it('marks a split offer as shared and spells out the other half', () => {
    expect(extractProposals('How about I take Wednesdays and you do Fridays')[0]).toMatchObject({
      owner: 'speaker',
      shared: true,
      action: 'take Wednesdays and you will do Fridays',
    });
  });

  it('ignores refusals, perception and blame dressed as a request', () => {
    expect(extractProposals("I can see why you're upset but I can't do mornings.")).toEqual([]);
    expect(extractProposals("I won't do the dishes anymore")).toEqual([]);
    expect(extractProposals("Why don't you ever help")).toEqual([]);
    expect(extractProposals('Can you stop being so lazy')).toEqual([]);
    expect(extractProposals('Yes, I can do that')).toEqual([]);
    expect(extractProposals("I'll do both of those.")).toEqual([]);
  });

  it('reads a promise not to do something, with its limit', () => {
    expect(extractProposals("I won't ring you unless you're over half an hour late.")).toEqual([
      {
        owner: 'speaker',
        form: 'verb',
        action: "not ring you unless you're over half an hour late",
      },
    ]);
  });

  it('attaches a day said on its own to the idea before it', () => {
    expect(
      extractProposals('Could we have one phone-free evening a week? Thursdays maybe?'),
    ).toEqual([
      { owner: 'both', form: 'verb', action: 'have one phone-free evening a week on Thursdays' },
    ]);
  });

  it('reads "if you do the same" as both people doing it', () => {
    expect(extractProposals("I'll pay £15 a month into the kitty if you do the same.")).toEqual([
      { owner: 'both', form: 'verb', action: 'pay £15 a month into the kitty', each: true },
    ]);
  });
});

describe('isVague', () => {
  it('flags actions nobody could check', () => {
    expect(isVague('try harder')).toBe(true);
    expect(isVague('be better')).toBe(true);
    expect(isVague('try to be home by 6 on Wednesdays')).toBe(false);
    expect(isVague('do the dishes every night')).toBe(false);
  });
});

describe('acceptance and rejection', () => {
  it('recognises a yes', () => {
    for (const yes of [
      'That works for me',
      'Deal.',
      'ok',
      "yes, let's do that",
      'Sounds good to me',
    ]) {
      expect(isAcceptance(yes), yes).toBe(true);
    }
  });

  it('does not read a no or a shrug as a yes', () => {
    for (const no of [
      "I don't think that works",
      "No, that doesn't work for me",
      'fine',
      'whatever',
    ]) {
      expect(isAcceptance(no), no).toBe(false);
    }
    expect(isRejection("That doesn't work for me, I have meetings.")).toBe(true);
  });

  it('reads text-speak, other currencies and short day names', () => {
    expect(extractProposals('can u do the washing up mon wed and fri?')).toEqual([
      { owner: 'other', form: 'verb', action: 'do the washing up mon wed and fri' },
    ]);
    const [rupees] = extractProposals('And I will send ₹15,000 on the 5th of every month.');
    expect(rupees?.action).toContain('₹15,000');
    expect(findDetails('$250 from next month, €90 by the 1st').map((d) => d.text)).toEqual([
      '$250',
      '€90',
      '1st',
    ]);
    expect(findDetails('every other Saturday, weds and thurs').map((d) => d.text)).toEqual([
      'every other Saturday',
      'weds',
      'thurs',
    ]);
    expect(findDetails('she sat down in the sun')).toEqual([]);
    for (const yes of ['sweet', 'legend, ok', 'grand', 'i would love that']) {
      expect(isAcceptance(yes), yes).toBe(true);
    }
  });
});

describe('round 5 readings', () => {
  it('names what a bare "that" points back to in the sentence before', () => {
    const [offer] = extractProposals(
      'the library lends out a carpet cleaner. I will borrow that instead',
    );
    expect(offer?.action).toBe('borrow a carpet cleaner');
  });

  it('leaves out what a plan replaces', () => {
    const [plan] = extractProposals('can we meet at the park instead of my flat on saturdays');
    expect(plan?.action).toBe('meet at the park on saturdays');
  });

  it('hears "go on so" as a yes', () => {
    expect(isAcceptance('go on so')).toBe(true);
  });
});
