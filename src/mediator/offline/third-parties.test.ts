import { describe, expect, it } from 'vitest';
import { namesIn, referentFrom, resolvePronouns } from './third-parties.js';

describe('people named in a mediation', () => {
  it('finds a child or a parent, not the participants, days or a "Mum" spoken to', () => {
    expect(namesIn("I love having Evie but it's a lot. I'm 71.", ['Pat', 'Jen'])).toEqual(['Evie']);
    expect(namesIn("Mum you never said. I can't pay for nursery.", ['Pat', 'Jen'])).toEqual([]);
    expect(namesIn('Could I have her Tuesdays and Thursdays, Jen?', ['Pat', 'Jen'])).toEqual([]);
    expect(namesIn("Grandad's on his own. Ask your mum.", ['Tess', 'Owen'])).toEqual(['Grandad']);
  });

  it('signs a commitment with the name instead of "her" or "him"', () => {
    const referent = referentFrom(['I love having Evie, you know I do.'], ['Pat', 'Jen']);
    expect(resolvePronouns('collect her by 5', referent)).toBe('collect Evie by 5');
    expect(resolvePronouns('drop her food round on Mondays', referent)).toBe(
      "drop Evie's food round on Mondays",
    );
    expect(resolvePronouns('give Evie her tea', referent)).toBe('give Evie her tea');
  });

  it('leaves pronouns alone when it is not clear who is meant', () => {
    const referent = referentFrom(['Lily and Jack and Sam were late.'], ['Ellie', 'Matt']);
    expect(resolvePronouns('collect her by 5', referent)).toBe('collect her by 5');
  });
});
