/** Typed answers to reply buttons: held-out forms people type instead of tapping. */
import { describe, expect, it } from 'vitest';
import { CHOICE, typedChoice } from './choices.js';

const SEND_OR_CHANGE = [
  { id: CHOICE.sendInvite, title: 'Send invite', means: 'yes' as const },
  { id: CHOICE.changeInvite, title: 'Change', means: 'no' as const },
];

describe('typedChoice', () => {
  it.each([
    'Send',
    'send',
    'send invite',
    'SEND INVITE',
    'Send invite.',
    'yes',
    'Yes!',
    'yep',
    'ok',
    'OK',
    'okay',
    'sure',
    'go ahead',
    'send it please',
    '👍',
  ])('reads %j as Send invite', (typed) => {
    expect(typedChoice(typed, SEND_OR_CHANGE)).toBe(CHOICE.sendInvite);
  });

  it.each(['Change', 'change', 'no', 'Nope', 'wrong'])('reads %j as Change', (typed) => {
    expect(typedChoice(typed, SEND_OR_CHANGE)).toBe(CHOICE.changeInvite);
  });

  it.each(['He said he would come', 'sending is fine but later', 'maybe', ''])(
    'leaves %j unread',
    (typed) => {
      expect(typedChoice(typed, SEND_OR_CHANGE)).toBeNull();
    },
  );
});
