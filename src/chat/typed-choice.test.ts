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
    // Longer plain forms, as people type them (a walk of the chat found "yes send it" re-asked).
    'do it',
    "that's right",
    'looks good',
    'yes send it',
    'Yes, send it',
    'ok go ahead and send it',
    'yep send the invite',
    'yeah thats right send it',
    'sure, go for it',
    'yes pls',
    'ya send',
  ])('reads %j as Send invite', (typed) => {
    expect(typedChoice(typed, SEND_OR_CHANGE)).toBe(CHOICE.sendInvite);
  });

  it.each([
    'Change',
    'change',
    'no',
    'Nope',
    'wrong',
    "no don't send it",
    'dont send it',
    'no wait',
    'hold on, change it',
    'nah thats wrong',
  ])('reads %j as Change', (typed) => {
    expect(typedChoice(typed, SEND_OR_CHANGE)).toBe(CHOICE.changeInvite);
  });

  it.each([
    'He said he would come',
    'sending is fine but later',
    'maybe',
    '',
    'yes but his number is wrong',
    'send it to his other number',
    'ok but not yet',
    'please',
    'thanks',
  ])('leaves %j unread', (typed) => {
    expect(typedChoice(typed, SEND_OR_CHANGE)).toBeNull();
  });
});
