import { describe, expect, it } from 'vitest';
import { screenMessage } from './screen-message.js';
import type { SafetyCategory } from './screen-types.js';

const MUST_TRIGGER: ReadonlyArray<readonly [string, SafetyCategory]> = [
  // violence
  ['He hit me last night after the party', 'violence'],
  ['she PUSHED me down the stairs', 'violence'],
  ['I’ll kill you if you touch my stuff again', 'threats'],
  ['ill kill you', 'threats'],
  ['he threatened to hurt me if I told anyone', 'threats'],
  ['She throws things at me when she is angry', 'violence'],
  ['he strangled me during the argument', 'violence'],
  ['He chocked me until I couldnt breathe', 'violence'],
  ['He came at me with a knife', 'violence'],
  ['he slapped me across the face in front of the kids', 'violence'],
  ['my ex punched me', 'violence'],
  ['he said he’d kill me if i ever left', 'threats'],
  ['hes been hitting the kids when they dont listen', 'child_risk'],
  ['I have been hit by my partner more than once', 'violence'],
  ['She kicked me in the stomach', 'violence'],
  ['he gets violent when he drinks', 'violence'],
  ['He held a knife to my throat', 'violence'],
  ['he grabbed me by the throat', 'violence'],
  ['He never apologised. He hit me and walked off', 'violence'],
  ['he punched a hole in the wall next to my head', 'violence'],
  ['it got physical last night', 'violence'],
  // fear
  ['I’m scared of him', 'fear'],
  ['im so scared of my husband', 'fear'],
  ['I’m afraid of what she’ll do if I say no', 'fear'],
  ["I don't feel safe at home", 'fear'],
  ['i dont feel safe around him anymore', 'fear'],
  ["I'm constantly walking on eggshells", 'fear'],
  ['He frightens me', 'fear'],
  ['I’m terrified to go home tonight', 'fear'],
  ['I fear for my safety', 'fear'],
  ["I'm afraid he'll hurt me", 'fear'],
  ['I live in fear of her', 'fear'],
  ['I locked myself in the bathroom until he calmed down', 'fear'],
  ['im scarred of him', 'fear'],
  ['the kids are terrified of their dad', 'child_risk'],
  ['I feel   UNSAFE in my own home', 'fear'],
  ["I'm afraid of her when she drinks", 'fear'],
  ['if I leave he will find me', 'fear'],
  // coercive control
  ["He won't let me see my friends", 'coercive_control'],
  ['she checks my phone every night', 'coercive_control'],
  ['He takes my bank card', 'financial_control'],
  ['she controls all the money', 'financial_control'],
  ['he wont let me leave the house', 'coercive_control'],
  ['He tracks my location', 'stalking'],
  ['She threatens to take the kids if I leave', 'threats'],
  ['he goes through my messages', 'coercive_control'],
  ["I'm not allowed to see my family", 'coercive_control'],
  ['He makes me ask permission to spend money', 'financial_control'],
  ['she put a tracker on my car', 'stalking'],
  ["He says I'll never see the kids again if I go", 'threats'],
  ['He cut me off from my friends', 'coercive_control'],
  ['you check my phone every single night', 'coercive_control'],
  ['my husband controls all of our finances', 'financial_control'],
  ['he threatened to kill himself if I left', 'threats'],
  ['she took my passport so I cant go to my sisters', 'coercive_control'],
  // self-harm
  ['I want to die', 'self_harm'],
  ['sometimes I think about killing myself', 'self_harm'],
  ['I just want to end it all', 'self_harm'],
  ["There's no reason to live anymore", 'self_harm'],
  ['I’ve been hurting myself again', 'self_harm'],
  ['everyone would be better off without me', 'self_harm'],
  ['I feel suicidal', 'self_harm'],
  ['i wanna kill myself', 'self_harm'],
  ["I don't want to be alive anymore", 'self_harm'],
  ['I wish I was dead', 'self_harm'],
  ["I've been thinking of taking my own life", 'self_harm'],
  ['I’ve got nothing to live for', 'self_harm'],
  ["I'm not suicidal but I keep thinking about dying", 'self_harm'],
  ["I'd be better off dead", 'self_harm'],
  ['no one would miss me', 'self_harm'],
];

const MUST_NOT_TRIGGER: readonly string[] = [
  'this chore situation is killing me',
  'I could kill for a coffee',
  'you never take the bins out',
  "I'm afraid we're going round in circles",
  "I'm scared we'll keep arguing about money",
  "the kids hit the roof when we're late",
  'he hit the nail on the head',
  'I died laughing',
  'we need to control our spending',
  'I check my phone too much',
  "I'm dying to sort this out",
  "she's a killer cook",
  'She always pushes me to make decisions faster',
  "It really hit me how far apart we've drifted",
  'He kicked me out of the group chat',
  'She beat me to the last parking space again',
  'You hurt my feelings when you forgot my birthday',
  "I'm terrified of spiders so he deals with them",
  'He grabbed me a coffee on the way home',
  "I'm not scared of him, I'm just tired of arguing",
  'He has never hit me, we just argue a lot',
  'She tracks our spending in a spreadsheet',
  'He controls the TV remote all evening',
  'I wanted to die of embarrassment at the party',
  'She won’t let me finish a sentence',
  "I'm afraid of losing the house in the divorce",
  "I can't go on like this with the washing up",
  'My back is killing me from moving the sofa',
  'We need to stop throwing blame at each other',
  'He shot me a look across the table',
  'She hit me up on WhatsApp yesterday',
  'I hurt myself at the gym on Tuesday',
  "I don't feel safe bringing this up with her",
  "I'm ready to die on this hill about the dishwasher",
  'My mum is scared of her reaction when she hears',
  "I've been killing myself trying to keep the house clean",
  'Going solo on the mortgage would be financial suicide',
  'We split the bills but he takes the bins out on Mondays',
  "I'm worried about money and I'm scared of the bills",
  'It took me ages to get the kids to school today',
  'She threatened to take me to court over the deposit',
  'Honestly, his jokes are killing me lately',
  'I feel like I am shouting into the void',
  'My phone tracks my steps every day',
  "She's scared of her boss",
  'My daughter is terrified of her exams',
  'I could strangle him when he leaves the milk out',
  'He keeps my bank card details saved on Amazon',
  "I'm scared of heights",
  'He follows me on Instagram',
  'We hit a rough patch last year',
  'He threatens to leave every time we argue',
  "I'd rather die than go to IKEA again",
  'The baby kicks me all night',
];

describe('screenMessage must trigger', () => {
  it.each(MUST_TRIGGER)('%s → %s', (text, category) => {
    expect(screenMessage(text).map((flag) => flag.category)).toContain(category);
  });
});

describe('screenMessage must not trigger', () => {
  it.each(MUST_NOT_TRIGGER)('%s', (text) => {
    expect(screenMessage(text)).toEqual([]);
  });
});

// Known limits, kept visible: an idiom the indicators still read literally.
const KNOWN_FALSE_ALARMS: readonly string[] = ['She stabbed me in the back by telling his mum'];

describe('screenMessage known limits', () => {
  it.fails.each(KNOWN_FALSE_ALARMS)('%s', (text) => {
    expect(screenMessage(text)).toEqual([]);
  });
});

describe('screenMessage flags', () => {
  it('has enough examples in every category', () => {
    for (const category of ['violence', 'fear', 'coercive_control', 'self_harm'] as const) {
      expect(MUST_TRIGGER.filter(([, c]) => c === category).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('returns one flag per category, in category order', () => {
    const flags = screenMessage(
      "He hit me again and I'm scared of him. He hit me last week too. I want to die.",
    );
    expect(flags.map((flag) => flag.category)).toEqual(['violence', 'fear', 'self_harm']);
  });

  it('gives a short reason that does not echo the message', () => {
    const text = 'My husband Gareth punched me on Saturday night outside the Red Lion';
    const [flag] = screenMessage(text);
    expect(flag?.category).toBe('violence');
    expect(flag?.reason.length).toBeLessThan(60);
    expect(flag?.reason).not.toMatch(/gareth|saturday|red lion|punched/i);
  });

  it('ignores a denial but still sees a later disclosure', () => {
    expect(screenMessage('he has never hit me')).toEqual([]);
    expect(screenMessage("She didn't push me, she fell")).toEqual([]);
    expect(screenMessage('He never hit me before, but last night he hit me').length).toBe(1);
  });

  it('returns nothing for empty or whitespace text', () => {
    expect(screenMessage('')).toEqual([]);
    expect(screenMessage('   \n\t ')).toEqual([]);
  });

  it('is not fooled by zero-width characters or line breaks', () => {
    expect(screenMessage('he hi\u200Bt me')).toHaveLength(1);
    expect(screenMessage('I want\nto die')).toHaveLength(1);
  });
});
