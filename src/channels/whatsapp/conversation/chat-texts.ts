/** What the mediator says in WhatsApp chats, in one place so the voice stays the same. */

/** The first word of a name; null when there is none (or it is only digits, like a number). */
export function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first && /\p{L}/u.test(first) ? first : null;
}

export function greetingText(profileName: string | null): string {
  const name = firstName(profileName);
  return [
    `Hi${name ? ` ${name}` : ''}, I'm Meedi8's AI mediator 👋`,
    'I help two people work through a disagreement (partners, co-parents, family, housemates), each from their own phone, and agree on what happens next. I am an AI, not a therapist or a lawyer, and mediation is not right where someone is being hurt or is afraid.',
    'What you tell me here is private: nothing is shared with the other person unless you say so. You can stop at any time by sending STOP.',
    'What would you like to work through?',
  ].join('\n\n');
}

export const INVITE_HOW =
  'When you are ready to bring the other person in, send INVITE followed by their number and name (for example: INVITE +44 7700 900123 Sam), or share their contact with me.';

export function confirmInviteText(name: string | null, phoneNumber: string): string {
  return `I'll invite ${name ?? 'the person'} at ${phoneNumber} to this mediation on WhatsApp. They will get a message from Meedi8 with a link, and can reply here to join. Send it?`;
}

export const INVITE_NEEDS_NAME =
  'What is their first name? I will use it in the invite, so they know who it is from.';

export function badNumberText(written: string): string {
  return `“${written}” does not look like a mobile number I can reach on WhatsApp. Write it with the country code, like +44 7700 900123.`;
}

export function incompleteNumberText(written: string): string {
  return `“${written}” looks incomplete: a mobile number has more digits than that. Send INVITE with their whole number and name, like INVITE +44 7700 900123 Sam.`;
}

export function inviteNotSentText(name: string | null): string {
  return `I have not sent the invite to ${name ?? 'them'}. When you want to, send INVITE with their number and name again.`;
}

export function inviteSentText(name: string | null): string {
  return `Invite sent to ${name ?? 'them'}. I'll let you know when it is delivered and when they join. While we wait, you can keep telling me about it here; it stays private.`;
}

export function inviteProgressText(
  name: string | null,
  progress: 'sent' | 'delivered' | 'read' | 'failed',
): string | null {
  switch (progress) {
    case 'delivered':
      return `✓ Your invite was delivered to ${name ?? 'them'}.`;
    case 'read':
      return `✓ ${name ?? 'The other person'} has seen your invite.`;
    case 'failed':
      return 'Your invite could not be delivered on WhatsApp. Check the number and send INVITE again, or share the invite link from the web app another way.';
    default:
      return null;
  }
}

export function inviteeWelcomeText(inviterName: string, title: string): string {
  return [
    `Hi, I'm Meedi8's AI mediator. ${inviterName} has invited you to talk something through together: “${title}”.`,
    'How it works: you each write to me from your own phone, taking turns. I help you both be heard and find an agreement you can both live with. I am an AI, not a therapist or a lawyer. Mediation is voluntary and not right where someone is being hurt or is afraid. You can stop at any time by sending STOP.',
    'Would you like to take part?',
  ].join('\n\n');
}

export const INVITEE_DECLINED =
  'That is fine. Nothing has been shared. If you change your mind, reply here at any time.';

export const INVITEE_INTAKE_FIRST =
  'Thank you. Before you both start, a question just for you (private, not shared): in a sentence or two, what matters most to you in this?';

/** The hand-over: from here on what the person writes counts as a turn, so whose turn is said. */
export function jointStartedText(partnerName: string, yourTurnFirst: boolean): string {
  const turn = yourTurnFirst
    ? 'You go first: the mediator will open, then write your reply whenever you are ready.'
    : `${partnerName} goes first: the mediator will open, and I'll pass on what ${partnerName} writes.`;
  return `The joint session with ${partnerName} has started. ${turn} I'll pass on what each of you writes, one turn at a time. Send HELP at any time to see what you can do.`;
}

/** Written before the joint session started: answered here, never shared as a turn. */
export const HAND_OVER_NOT_STARTED =
  'The joint session has not started yet, so I have not shared this message. I will tell you here as soon as it starts; send it again then if you want it shared.';

/** Written as the joint session started, before this chat said so: asked about, not shared. */
export function crossedHandOverText(written: string, partnerName: string): string {
  const quote = written.length > 80 ? `${written.slice(0, 77)}…` : written;
  return `The joint session with ${partnerName} started just as you wrote “${quote}”, so I have not shared it. If it is meant for ${partnerName}, send it again when it is your turn.`;
}

export function heldText(onBreak: boolean): string {
  return onBreak
    ? 'The session is paused, so I have kept your message. I will share it when the session resumes and it is your turn.'
    : 'It is the other person’s turn, so I have kept your message. I will share it as soon as it is your turn.';
}

export const WAITING_FOR_JOIN_HELD =
  'The other person has not joined yet. I have kept your message and will share it when the joint session starts and it is your turn.';

export const RELEASED_TEXT = 'I have now shared your earlier message.';

export const MEDIA_TEXT =
  'I can only read text at the moment, so I could not take in that message. Could you write it out for me?';

export const INVITE_ONLY_BEFORE_JOIN =
  'The other person is already in this mediation, so there is no one left to invite.';

export function helpText(state: 'intake' | 'joint'): string {
  if (state === 'intake') {
    return [
      'Here is what you can do:',
      '• Just write: I am listening, privately.',
      '• INVITE +44 7700 900123 Sam: invite the other person (or share their contact).',
      '• STATUS: where things stand.',
      '• LINK: open this mediation in your browser.',
      '• LEAVE: end this mediation.',
      '• STOP: no more messages from Meedi8.',
    ].join('\n');
  }
  return [
    'Here is what you can do:',
    '• Just write: on your turn I pass it on; otherwise I keep it until your turn.',
    '• BREAK (with a reason if you like) and RESUME.',
    '• AGREE: ask me to draft the agreement; then YES to confirm or NO with what to change.',
    '• STATUS: whose turn it is and where things stand.',
    '• SWITCH: choose another mediation you are in. LINK: open it in your browser.',
    '• LEAVE: end this mediation. STOP: no more messages from Meedi8.',
  ].join('\n');
}

export const LEFT_TEXT =
  'You have left this mediation. The other person has been told the session has ended. Take care. If you want to start something new, just write to me.';

export const NOTHING_TO_ANSWER =
  'There is nothing to say yes or no to just now. Send HELP to see what you can do.';

export function resolvedText(summary: string | null, resolutionUrl: string): string {
  return [
    '🎉 You have reached an agreement. Well done for working this through.',
    ...(summary ? [summary] : []),
    `Your agreement: ${resolutionUrl}`,
  ].join('\n\n');
}

export const CHECK_IN_OFFER =
  'Would you like me to check in with you in two weeks to see how the agreement is going?';

export const CHECK_IN_BOOKED =
  'I will check in in two weeks. If I cannot message you then, you can always write to me.';

export const CHECK_IN_DECLINED = 'No problem. You can always write to me if something comes up.';

export function checkInText(title: string): string {
  return `Hi, it's Meedi8. Two weeks ago you agreed on “${title}”. How is it going? If something needs another look, just tell me about it.`;
}

export function reminderText(yourTurn: boolean): string {
  return yourTurn
    ? 'Just a gentle reminder: it is your turn in your mediation whenever you are ready. No rush.'
    : 'Just checking in: I am here whenever you want to carry on. No rush.';
}

export function chooseRoomText(): string {
  return 'You are in more than one mediation. Which one is this chat for?';
}

export function switchedText(title: string): string {
  return `This chat is now for “${title}”. Send SWITCH to change again.`;
}

export function resolvedAlreadyText(title: string, url: string): string {
  return `“${title}” is resolved. Your agreement is here: ${url}\n\nIf something new has come up, send NEW to start another mediation.`;
}

export function signInLinkText(url: string): string {
  return `This link opens your mediation in a browser, signed in as you. It works once, for 15 minutes; please do not forward it.\n\n${url}`;
}

export const VOICE_NOTE_UNCLEAR =
  'I could not make out that voice note. Could you try again, or write it out for me?';

export function heardText(heard: string): string {
  return `🎙️ I heard: “${heard}”`;
}

/** After someone asks to write the agreement up, until the other person asks too. */
export function writeUpAskedText(otherName: string): string {
  return `I have told ${firstName(otherName) ?? otherName} that you would like to write up the agreement. As soon as they are ready too, I will draft it for you both.`;
}

/** To the person who paused the session (for a break or for safety): only they can resume. */
export const PAUSED_BY_YOU =
  '⏸ You paused the session. Take the time you need; send RESUME or tap below when you are ready to go on.';
