import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse-command.js';

// Phrasings collected apart from the matcher's word lists, to check it reads intent, not a list.
const WRITE_UP = [
  'Can we write up the agreement now?',
  "Yes let's write it up",
  "let's put it in writing",
  'Shall we get this down in writing?',
  "I think we're ready to put this on paper",
  'ok can you draft our agreement now please',
  "Great, let's do the write-up",
  'could we make the agreement now',
  "I'm happy for you to write that up",
  'Time for the agreement I think',
  'yeah put it all down in writing',
];
const BREAK = [
  'Can I have five minutes please',
  'I need to step away for a bit',
  'give me a few minutes',
  'I need to calm down',
  'could we have a short pause',
  'I need some air',
];
const LEAVE = [
  'I want to end this mediation',
  "let's call it off",
  "I'm done with this",
  'can we stop here',
  'I want to quit',
];
const CONVERSATION = [
  'can you write down what I said to John?',
  "I don't want to write anything down yet",
  'we need to put the kids to bed at 8',
  'he never puts the bins out',
  'I need a minute to find the dates',
  'I need some space from him',
  "Not yet, let's write it up after we talk about money",
  'stop shouting at me',
  'I want to end the arguing about money',
  'we should get the car fixed first',
  'wait, before we write it up, what about Sundays?',
];

describe('plain words move the mediation', () => {
  it.each(WRITE_UP.map((t) => [t]))('%j asks to write it up', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'write_up' });
  });
  it.each(BREAK.map((t) => [t]))('%j asks for a break', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'break', reason: null });
  });
  it.each(LEAVE.map((t) => [t]))('%j asks to stop', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'leave' });
  });
  it.each(CONVERSATION.map((t) => [t]))('%j stays conversation', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});
