import { describe, expect, it } from 'vitest';
import { optOutIntent } from './opt-out-words.js';

describe('optOutIntent', () => {
  it.each([
    'STOP',
    'stop',
    ' Stop. ',
    'UNSUBSCRIBE',
    'Opt out',
    'OPT-OUT',
    'Baja',
    'PARAR',
    'sair',
    'Arrêt',
    'désabonner',
    'रुको',
    'बंद करो',
    'band karo',
  ])('%s stops messages', (text) => expect(optOutIntent(text)).toBe('stop'));

  it.each(['START', 'start!', 'Unstop', 'empezar', 'começar', 'commencer', 'शुरू'])(
    '%s restarts messages',
    (text) => expect(optOutIntent(text)).toBe('start'),
  );

  it.each([
    'stop shouting at me',
    'Please stop',
    "I can't stop thinking about it",
    'started',
    'hello',
    '',
    null,
  ])('%s is an ordinary message', (text) => expect(optOutIntent(text)).toBeNull());
});
