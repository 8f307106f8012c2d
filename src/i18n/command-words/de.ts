import type { CommandWordTable } from './types.js';

/** German. */
export const de: CommandWordTable = {
  keywords: {
    help: ['hilfe'],
    status: ['status', 'stand'],
    break: ['pause'],
    resume: ['weiter', 'fortsetzen'],
    agree: ['einigung', 'vereinbarung'],
    yes: ['ja', 'bestätigen'],
    no: ['nein'],
    leave: ['verlassen', 'aussteigen'],
    switch: ['wechseln'],
    invite: ['einladen'],
    link: ['link', 'browser'],
    new: ['neu'],
  },
  phrases: {
    help: ['ich brauche hilfe', 'was jetzt', 'was mache ich jetzt', 'wie funktioniert das'],
    status: ['wer ist dran', 'bin ich dran', 'wo stehen wir'],
    break: ['ich brauche eine pause', 'machen wir eine pause', 'eine pause', 'kurze pause'],
    resume: ['ich bin zurück', 'machen wir weiter', 'weiter geht’s', 'ich bin bereit'],
    yes: ['ja bitte', 'ja gerne', 'einverstanden', 'passt', 'ich bestätige', 'genau'],
    no: ['noch nicht', 'nein danke', 'nicht ganz'],
    leave: ['ich will aussteigen', 'ich möchte die mediation verlassen', 'mediation verlassen'],
    switch: ['mediation wechseln', 'andere mediation'],
  },
  yesTails: ['bitte', 'danke', 'das passt', 'passt so', 'perfekt', 'einverstanden'],
  politeTails: ['bitte', 'danke'],
  optOut: {
    stop: ['stopp', 'abmelden', 'abbestellen', 'beenden'],
    start: ['starten', 'anmelden'],
  },
  screeningAnswers: {
    yes: ['ja', 'manchmal', 'oft', 'ja manchmal'],
    no: ['nein', 'nie', 'niemals', 'gar nicht', 'überhaupt nicht', 'nein nie', 'keine kinder'],
    unsure: [
      'nicht sicher',
      'ich bin nicht sicher',
      'weiß nicht',
      'ich weiß nicht',
      'vielleicht',
      'kommt drauf an',
    ],
    skip: ['überspringen', 'weiter', 'möchte ich nicht sagen'],
  },
  typedYes: ['ja', 'jawohl', 'genau', 'klar', 'okay'],
  typedNo: ['nein', 'nicht', 'warte'],
};
