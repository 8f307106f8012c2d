import { describe, expect, it } from 'vitest';
import { toSecondPerson, toThirdPerson } from './person-shift.js';

describe('toSecondPerson', () => {
  it('turns the speaker into "you" and the other person into "they"', () => {
    expect(toSecondPerson("I feel ignored when you come home late and don't text")).toBe(
      "You feel ignored when they come home late and don't text",
    );
  });

  it('tells an object "you" from a subject "you"', () => {
    expect(toSecondPerson('I need you to listen to me')).toBe('You need them to listen to you');
  });

  it('fixes "I am" and "I was", but leaves times like "8 am" alone', () => {
    expect(toSecondPerson('I am tired and I was alone')).toBe('You are tired and you were alone');
    expect(toSecondPerson('pick up at 8 am')).toBe('pick up at 8 am');
  });

  it('handles contractions and possessives', () => {
    expect(toSecondPerson("I'm worried about my time and your plans")).toBe(
      "You're worried about your time and their plans",
    );
  });
});

describe('toThirdPerson', () => {
  const names = { speaker: 'Alex', other: 'Sam', both: 'Alex and Sam' };

  it('names both people and keeps the verbs agreeing', () => {
    expect(toThirdPerson('do the dishes if you do the laundry', names)).toBe(
      'do the dishes if Sam does the laundry',
    );
    expect(toThirdPerson("text me when you're running late", names)).toBe(
      'text Alex when Sam is running late',
    );
  });

  it('skips adverbs between a subject and its verb', () => {
    expect(toThirdPerson('cook if you always shop', names)).toBe('cook if Sam always shops');
  });

  it('turns "my" into the speaker\'s name', () => {
    expect(toThirdPerson('call my mum on Sundays', names)).toBe("call Alex's mum on Sundays");
  });
});
