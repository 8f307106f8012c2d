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

const PLAIN_YES = new Set(
  'yes y yep yeah yea yup ya ok okay k sure go go ahead do it please yes please send it send that fine correct right thats right that is right confirm 👍 ✅ 👌'.split(
    ' ',
  ),
);
const PLAIN_YES_PHRASES = [
  'go ahead',
  'do it',
  'yes please',
  'send it',
  'send that',
  "that's right",
  'thats right',
  'that is right',
  'looks good',
  'all good',
];
const PLAIN_NO = new Set('no n nope nah wrong not right 👎 ❌'.split(' '));
const PLAIN_NO_PHRASES = ['not right', 'no thanks', 'no thank you', "that's wrong", 'thats wrong'];

/**
 * The button a typed answer means, or null: the button's own words or its first word ("Send",
 * "send invite", "CHANGE"), or a plain yes/no ("yep", "ok", "nope") for a button that `means`
 * one, in any case and with trailing punctuation or "please".
 */
export function typedChoice(words: string, buttons: OfferedButton[]): string | null {
  const said = words
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!,?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?:please|thanks|thank you)$/, '')
    .trim();
  if (said === '') return null;
  for (const button of buttons) {
    const title = button.title.toLowerCase();
    if (said === title || said === title.split(' ')[0]) return button.id;
  }
  const yes = PLAIN_YES.has(said) || PLAIN_YES_PHRASES.includes(said);
  const no = PLAIN_NO.has(said) || PLAIN_NO_PHRASES.includes(said);
  const meant = yes ? 'yes' : no ? 'no' : null;
  return (meant && buttons.find((b) => b.means === meant)?.id) ?? null;
}
