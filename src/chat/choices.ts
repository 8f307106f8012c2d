import { allWords, foldWord } from '../i18n/command-words/index.js';

/** Ids of the reply buttons and list rows Meedi8 offers in chats (returned when tapped). */
export const CHOICE = {
  sendInvite: 'invite:send',
  changeInvite: 'invite:change',
  consentYes: 'consent:yes',
  consentNo: 'consent:no',
  resume: 'cmd:resume',
  /** Followed by `:<draft id>`. */
  draftYes: 'draft:yes',
  draftNo: 'draft:no',
  checkInYes: 'checkin:yes',
  checkInNo: 'checkin:no',
  leaveYes: 'leave:yes',
  leaveNo: 'leave:no',
  screenYes: 'screen:yes',
  screenNo: 'screen:no',
  screenUnsure: 'screen:unsure',
  /** Followed by the room id. */
  room: 'room:',
} as const;

/** A reply button as offered: what it returns when tapped and the words on it. */
export interface OfferedButton {
  id: string;
  title: string;
  /** The button a plain yes (or no) means, when the question is a yes/no one. */
  means?: 'yes' | 'no';
}

const words = (list: string) => new Set(list.split(' '));

/** Words that say yes on their own, in every shipped language. */
const YES_WORDS = new Set([...allWords((t) => t.typedYes).map(foldWord), '👍', '✅', '👌']);
/** Words that say no, or "not yet", on their own; any of them keeps an answer from being a yes. */
const NO_WORDS = new Set(allWords((t) => t.typedNo).map(foldWord));
/** Filler that agrees when nothing says no ("go ahead", "do it", "that's right", "all good"). */
const AFFIRMING = words('go do right good');
/** Words that may fill out a yes or a no without changing it ("yes, go ahead and send it"). */
const FILLER = words(
  'go ahead do it please pls plz send that thats is right looks good all the invite for and then thanks thank you on change',
);

/**
 * The button a typed answer means, or null: the button's own words or its first word ("Send",
 * "send invite", "CHANGE"), or a yes/no in plain words ("yep", "yes send it", "no don't send
 * it") for a button that `means` one, in any case and with punctuation or "please".
 */
export function typedChoice(words: string, buttons: OfferedButton[]): string | null {
  const said = foldWord(words)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!,?،؟।]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?:please|thanks|thank you)$/, '')
    .trim();
  if (said === '') return null;
  for (const button of buttons) {
    const title = foldWord(button.title);
    if (said === title || said === title.split(' ')[0]) return button.id;
  }
  const meant = plainYesOrNo(said.replace(/'/g, '').split(' '), buttons);
  return (meant && buttons.find((b) => b.means === meant)?.id) ?? null;
}

/**
 * A yes or a no written out in plain words: every word is a yes- or no-word, a button's word or
 * filler ("yeah thats right send it", "no don't send it"). Anything more ("yes but his number is
 * wrong", "send it to his other number") is not an answer to the buttons.
 */
function plainYesOrNo(said: string[], buttons: OfferedButton[]): 'yes' | 'no' | null {
  const buttonWords = (means: 'yes' | 'no') =>
    new Set(buttons.filter((b) => b.means === means).flatMap((b) => foldWord(b.title).split(' ')));
  const yesWords = buttonWords('yes');
  const noWords = buttonWords('no');
  const known = (word: string) =>
    YES_WORDS.has(word) ||
    NO_WORDS.has(word) ||
    FILLER.has(word) ||
    yesWords.has(word) ||
    noWords.has(word);
  if (!said.every(known)) return null;
  const negated = said.some((word) => NO_WORDS.has(word));
  // A no-word anywhere makes it a no, except after a yes that it contradicts ("yes but…" is read above).
  if (negated) return said.some((word) => YES_WORDS.has(word)) ? null : 'no';
  if (said.some((word) => noWords.has(word) && !yesWords.has(word))) return 'no';
  const saysYes = said.some(
    (word) => YES_WORDS.has(word) || AFFIRMING.has(word) || yesWords.has(word),
  );
  return saysYes ? 'yes' : null;
}
