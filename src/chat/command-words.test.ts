import { describe, expect, it } from 'vitest';
import { optOutIntent } from '../channels/whatsapp/inbound/opt-out-words.js';
import { COMMAND_WORD_TABLES } from '../i18n/command-words/index.js';
import { typedChoice } from './choices.js';
import { KEYWORDS } from './command-words.js';
import { normaliseCommand, parseCommand } from './parse-command.js';

describe('command words in every shipped language', () => {
  it('no keyword means two different commands, in any two languages', () => {
    const kindOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const [kind, words] of Object.entries(KEYWORDS)) {
      for (const word of words) {
        const key = normaliseCommand(word);
        const before = kindOf.get(key);
        if (before && before !== kind) clashes.push(`${word}: ${before} and ${kind}`);
        kindOf.set(key, kind);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every table’s keywords parse as their command, alone and in capitals', () => {
    for (const [language, table] of Object.entries(COMMAND_WORD_TABLES)) {
      for (const [kind, words] of Object.entries(table.keywords)) {
        for (const word of words) {
          expect(parseCommand(word)?.kind, `${language} ${word}`).toBe(kind);
          expect(parseCommand(word.toUpperCase())?.kind, `${language} ${word}`).toBe(kind);
        }
      }
    }
  });

  it.each([
    'HELP',
    'AYUDA',
    'ayuda',
    'AJUDA',
    'Aide',
    'HILFE',
    'मदद',
    'مساعدة',
    '¿Ayuda?',
    'preciso de ajuda',
  ])('%s asks for help', (text) => expect(parseCommand(text)).toEqual({ kind: 'help' }));

  it.each([
    ['ESTADO', 'status'],
    ['Situação', 'status'],
    ['statut', 'status'],
    ['PAUSA', 'break'],
    ['descanso', 'break'],
    ['Weiter', 'resume'],
    ['reprendre', 'resume'],
    ['ACUERDO', 'agree'],
    ['Sí', 'yes'],
    ['SIM', 'yes'],
    ['Oui', 'yes'],
    ['Ja', 'yes'],
    ['हाँ', 'yes'],
    ['نعم', 'yes'],
    ['Não', 'no'],
    ['Nein', 'no'],
    ['نهیں', null],
    ['नहीं', 'no'],
    ['لا', 'no'],
    ['ENLACE', 'link'],
    ['LINK', 'link'],
    ['Nueva', 'new'],
    ['CAMBIAR', 'switch'],
  ])('%s is %s', (text, kind) => expect(parseCommand(text)?.kind ?? null).toBe(kind));

  it('INVITE works in each language, with a number and a name', () => {
    for (const word of ['INVITAR', 'Convidar', 'inviter', 'EINLADEN', 'دعوة']) {
      expect(parseCommand(`${word} +44 7700 900123 Sam`)).toEqual({
        kind: 'invite',
        text: '+44 7700 900123 Sam',
      });
    }
  });

  it.each([
    'STOP',
    'para',
    'Parar',
    'pare',
    'arrêter',
    'ARRETER',
    'stopp',
    'abmelden',
    'रुको',
    'توقف',
    'إلغاء الاشتراك',
  ])('%s stops every message', (text) => expect(optOutIntent(text)).toBe('stop'));

  it.each(['START', 'empezar', 'Começar', 'commencer', 'starten', 'शुरू', 'ابدأ'])(
    '%s starts them again',
    (text) => expect(optOutIntent(text)).toBe('start'),
  );

  it('typed yes and no answer a button in each language', () => {
    const buttons = [
      { id: 'send', title: 'Enviar convite', means: 'yes' as const },
      { id: 'change', title: 'Alterar', means: 'no' as const },
    ];
    expect(typedChoice('sim', buttons)).toBe('send');
    expect(typedChoice('Enviar', buttons)).toBe('send');
    expect(typedChoice('não', buttons)).toBe('change');
    expect(typedChoice('sí', buttons)).toBe('send');
    expect(typedChoice('nein', buttons)).toBe('change');
    expect(typedChoice('نعم', buttons)).toBe('send');
    expect(typedChoice('yes', buttons)).toBe('send');
  });
});
