/**
 * The words that stop and restart WhatsApp messages, in the languages Meedi8's users write in
 * (English, Spanish, Portuguese, French, Hindi). A message counts only when it is the word (or
 * phrase) alone, so "stop shouting at me" is a message, not an opt-out.
 */

const STOP = [
  'stop',
  'stop all',
  'unsubscribe',
  'opt out',
  'optout',
  'opt-out',
  'cancel',
  'end',
  'quit',
  // Spanish
  'baja',
  'parar',
  'detener',
  'cancelar',
  'darme de baja',
  // Portuguese
  'sair',
  'pare',
  'cancelar inscrição',
  'descadastrar',
  // French
  'arret',
  'arrêt',
  'arrete',
  'arrête',
  'desabonner',
  'désabonner',
  'désinscrire',
  'desinscrire',
  // Hindi (Devanagari and common romanisations)
  'रुको',
  'बंद',
  'बंद करो',
  'रोकें',
  'band karo',
  'ruko',
];

const START = [
  'start',
  'unstop',
  'resume',
  'subscribe',
  'opt in',
  'optin',
  'opt-in',
  'empezar',
  'alta',
  'comenzar',
  'iniciar',
  'começar',
  'commencer',
  'reprendre',
  'शुरू',
  'शुरू करो',
  'shuru',
  'shuru karo',
];

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[.!?¡¿।\s]+$/u, '')
    .replace(/^[¡¿\s]+/u, '')
    .replace(/\s+/g, ' ');

const STOP_SET = new Set(STOP.map(normalise));
const START_SET = new Set(START.map(normalise));

/** `stop`, `start`, or null for any other message. */
export function optOutIntent(text: string | null): 'stop' | 'start' | null {
  if (!text || text.length > 40) return null;
  const word = normalise(text);
  if (STOP_SET.has(word)) return 'stop';
  if (START_SET.has(word)) return 'start';
  return null;
}
