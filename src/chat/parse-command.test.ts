import { describe, expect, it } from 'vitest';
import { type ChatCommand, hasPhoneLike, parseCommand } from './parse-command.js';

const HELP: ChatCommand = { kind: 'help' };
const STATUS: ChatCommand = { kind: 'status' };
const BREAK: ChatCommand = { kind: 'break', reason: null };
const RESUME: ChatCommand = { kind: 'resume' };
const AGREE: ChatCommand = { kind: 'agree' };
const WRITE_UP: ChatCommand = { kind: 'write_up' };
const YES: ChatCommand = { kind: 'yes' };
const NO: ChatCommand = { kind: 'no', note: null };
const LEAVE: ChatCommand = { kind: 'leave' };
const SWITCH: ChatCommand = { kind: 'switch' };

const MUST_MATCH: Array<[string, ChatCommand]> = [
  // Keywords, any case, with a slash or alone.
  ['HELP', HELP],
  ['help', HELP],
  ['Help!', HELP],
  ['/help', HELP],
  ['HELP ME', HELP],
  ['STATUS', STATUS],
  ['status?', STATUS],
  ['Status please', STATUS],
  ['BREAK', BREAK],
  ['/break', BREAK],
  ['Pause', BREAK],
  ['Break: need to cool off', { kind: 'break', reason: 'need to cool off' }],
  ['BREAK need to cool off', { kind: 'break', reason: 'need to cool off' }],
  ['/break picking up the kids', { kind: 'break', reason: 'picking up the kids' }],
  ['break - I need air', { kind: 'break', reason: 'I need air' }],
  ['RESUME', RESUME],
  ['/resume', RESUME],
  ['resume.', RESUME],
  ['Continue', RESUME],
  ['AGREE', AGREE],
  ['agree', AGREE],
  ['/agree', AGREE],
  ['YES', YES],
  ['yes', YES],
  ['Yes!', YES],
  ['CONFIRM', YES],
  ['confirm', YES],
  ['NO', NO],
  ['no', NO],
  ['No.', NO],
  ['LEAVE', LEAVE],
  ['/leave', LEAVE],
  ['SWITCH', SWITCH],
  ['switch', SWITCH],
  ['INVITE', { kind: 'invite', text: '' }],
  ['INVITE +44 7700 900502 John', { kind: 'invite', text: '+44 7700 900502 John' }],
  ['invite John +447700900502', { kind: 'invite', text: 'John +447700900502' }],
  ['Invite: Maria +34 612 345 678', { kind: 'invite', text: 'Maria +34 612 345 678' }],
  // Plain words: help and status.
  ['?', HELP],
  ['what now?', HELP],
  ['What do I do now?', HELP],
  ['how does this work?', HELP],
  ['where are we?', STATUS],
  ['Whose turn is it?', STATUS],
  ['is it my turn?', STATUS],
  // Break.
  ['can we take a break?', BREAK],
  ['Can we take a break please?', BREAK],
  ['I need a break', BREAK],
  ['I need a break.', BREAK],
  ["let's pause", BREAK],
  ['Let\u2019s take a break', BREAK],
  ['ok, can we pause?', BREAK],
  ['time out', BREAK],
  [
    "I need a break, I'm too upset to carry on",
    { kind: 'break', reason: "I'm too upset to carry on" },
  ],
  ['Can we take a break? My head is spinning', { kind: 'break', reason: 'My head is spinning' }],
  // Resume.
  ["I'm back", RESUME],
  ['I\u2019m back now', RESUME],
  ["let's continue", RESUME],
  ['Ready to continue', RESUME],
  ["OK let's carry on", RESUME],
  // Agreement.
  ['I think we agree, can you write it up?', WRITE_UP],
  ["let's write up the agreement", WRITE_UP],
  ['Can you draft the agreement please?', WRITE_UP],
  ['We both agree. Please write it up.', WRITE_UP],
  ['write it up', WRITE_UP],
  // Yes.
  ['yep', YES],
  ['Yeah', YES],
  ['yes please', YES],
  ["Yes, that's right", YES],
  ['yes, looks good to me 👍', YES],
  ['Yes I confirm', YES],
  ['Agreed.', YES],
  ['👍', YES],
  ['👍🏽', YES],
  ['✅', YES],
  ['👌', YES],
  // No.
  ['nope', NO],
  ['not yet', NO],
  ['Not yet.', NO],
  ['No thanks', NO],
  ['no, not yet', NO],
  ['👎', NO],
  ['NO, the pickup time should be 6pm', { kind: 'no', note: 'the pickup time should be 6pm' }],
  [
    'no \u2014 the pickup time should be 6pm',
    { kind: 'no', note: 'the pickup time should be 6pm' },
  ],
  ['No: Sundays, not Saturdays', { kind: 'no', note: 'Sundays, not Saturdays' }],
  ['Nope, change Sunday to Saturday', { kind: 'no', note: 'change Sunday to Saturday' }],
  ['no, please change the time to 6pm', { kind: 'no', note: 'please change the time to 6pm' }],
  [
    'No, it should say every other weekend',
    { kind: 'no', note: 'it should say every other weekend' },
  ],
  [
    'Not yet - I want to change the Sunday part',
    { kind: 'no', note: 'I want to change the Sunday part' },
  ],
  // Leave and switch.
  ['I want to leave', LEAVE],
  ['leave this mediation', LEAVE],
  ['I would like to leave.', LEAVE],
  ['switch mediation', SWITCH],
  ['Which mediation?', SWITCH],
  // Invites in plain words (the whole message goes to parseInvite).
  [
    'please invite Maria on +34 612 345 678',
    { kind: 'invite', text: 'please invite Maria on +34 612 345 678' },
  ],
  ['John Smith 07700 900502', { kind: 'invite', text: 'John Smith 07700 900502' }],
  [
    'my partner is John, his number is +44 7700 900502',
    { kind: 'invite', text: 'my partner is John, his number is +44 7700 900502' },
  ],
  // Spanish, Portuguese, French.
  ['ayuda', HELP],
  ['Ajuda', HELP],
  ['aide', HELP],
  ['Sí', YES],
  ['si', YES],
  ['sim', YES],
  ['Oui', YES],
  ["d'accord", YES],
  ['claro', YES],
  ['não', NO],
  ['Non', NO],
  ['todavía no', NO],
  ['pas encore', NO],
  ['Necesito un descanso', BREAK],
  ['pausa', BREAK],
  ['preciso de uma pausa', BREAK],
  ['Faisons une pause', BREAK],
  ['¿Cómo funciona?', HELP],
  // Asking for the agreement in each language, as people type it.
  ['Podemos escrever o acordo?', WRITE_UP],
  ['pode escrever o acordo por favor', WRITE_UP],
  ['preciso de uma pausa, por favor', BREAK],
  ['¿Podemos redactar el acuerdo?', WRITE_UP],
  ['ponlo por escrito porfavor', WRITE_UP],
  ["On peut rédiger l'accord ?", WRITE_UP],
  ['mettez le par ecrit svp', WRITE_UP],
  ['Können wir die Vereinbarung schreiben?', WRITE_UP],
  ['schreib es auf bitte', WRITE_UP],
  ['समझौता लिख दो', WRITE_UP],
  ['اكتب الاتفاق من فضلك', WRITE_UP],
];

const MUST_NOT_MATCH = [
  'I agree that he was late',
  'I agree',
  'No one listens to me',
  'NO ONE LISTENS TO ME IN THIS HOUSE',
  'No, I was angry because you never told me',
  "No, that's not what happened",
  'Yes, I was angry because he forgot the kids again',
  'Yes I was angry',
  'yes and no, it depends on the week',
  "Yeah well you would say that, wouldn't you",
  'help me understand why you did that',
  'I need help with the school runs',
  'I need a break from your constant criticism',
  'we need a break from each other',
  "Let's pause and think about the kids for a second before we decide",
  "I'm back at work on Monday",
  'back then things were different',
  'the status quo is not working',
  'leave me alone',
  'She wanted to leave the house',
  'I want to leave the house by 8',
  'we need to switch days',
  'can we switch the weekends?',
  'invite your mother next time',
  'Continue the rota as it is',
  'break the week into two halves',
  'we agree on the weekends but not on the holidays',
  'I think we agree',
  'Confirm the time with me first',
  "Not yet, he hasn't paid",
  'where are we going for Christmas?',
  'what now? you always do this',
  'He owes me 1500 for the car',
  'The school number is 020',
  '',
  '   ',
  '😡',
  'ok',
  'Hi',
  'no-one cares',
  'No, you should have told me',
  'nah you never listen',
  'Yes but only on Sundays',
  "I'm ready",
  'escreve o que eu disse para o João',
  'ele nunca escreve o acordo direito',
  'el acuerdo no me gusta',
  "je n'ai jamais rédigé l'accord",
];

describe('parseCommand', () => {
  it('has enough cases to mean something', () => {
    expect(MUST_MATCH.length).toBeGreaterThanOrEqual(60);
    expect(MUST_NOT_MATCH.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MUST_MATCH)('reads %j as a command', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each(MUST_NOT_MATCH.map((t) => [t]))('leaves %j as a mediation message', (text) => {
    expect(parseCommand(text)).toBeNull();
  });

  it('never treats a long message as a command, whatever it starts with', () => {
    expect(parseCommand(`help ${'and more '.repeat(60)}`)).toBeNull();
  });
});

describe('hasPhoneLike', () => {
  it.each([
    ['+44 7700 900502', true],
    ['07700 900502', true],
    ['+44 (0)7700-900502', true],
    ['0034 612 345 678', true],
    ['447700900502', true],
    ['1500', false],
    ['2025-03-01', false],
    ['612 345', false],
  ])('%j → %s', (text, expected) => {
    expect(hasPhoneLike(text)).toBe(expected);
  });
});
