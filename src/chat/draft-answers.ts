/**
 * A draft agreement in the chat. While a draft waits for answers, whatever the person writes is
 * read first as their answer to it: "yes" / "looks good" / "ok" confirm, "NO, …" or any change
 * written in plain words is a change request (a new draft follows), and nothing is relayed to
 * the other person as an ordinary turn. Every answer names the draft it answers: a button
 * carries the draft's id, and typed words answer only the draft this chat was shown.
 */

import type { OutboundWhatsApp } from '../channels/whatsapp/outbound-message.js';
import { type AgreementDraftView, openDraftOf } from '../domain/mediation/agreement-drafts.js';
import { answerDraft } from '../domain/mediation/confirm-agreement.js';
import type { ChatContext } from './chat-context.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import { type ChatCommand, normaliseCommand } from './parse-command.js';

/** How a message answers a draft. */
export type DraftAnswer =
  | { kind: 'confirm' }
  | { kind: 'change'; note: string }
  /** A bare "no": what should change is still to be said. */
  | { kind: 'ask_change' }
  /** A question or a word that answers nothing: the draft is shown again. */
  | { kind: 'unclear' };

/** Yes-words that may open or make up a confirmation. */
const YES_WORD =
  /^(?:yes|yeah|yep|yup|ya|y|ok|okay|k|sure|fine|great|good|perfect|brilliant|lovely|cool|agreed|deal|confirmed|absolutely|definitely|of course|thanks|thank you|please|all good|lgtm|si|oui|sim|vale|claro)\b\s*/;
/** A whole clause that says "I agree to this". */
const CONFIRM_CLAUSE =
  /^(?:(?:that|this|it)(?:'s| is) )?(?:fine|good|great|perfect|right|correct|ok|okay|all good)(?: (?:by|for|with|to) me)?$|^(?:(?:that|this|it) )?(?:looks|sounds|seems|reads) (?:good|great|fine|right|ok|okay|correct|perfect)(?: to me)?$|^(?:i|we) (?:agree|confirm|accept)(?: (?:to|with) (?:it|this|that|the draft|the agreement|all of it))?$|^(?:i'm|im|i am|we're|we are)? ?happy(?: with (?:it|this|that|the draft|the agreement))?$|^(?:(?:that|this|it) )?works(?: for me)?$|^go ahead$|^let's do it$|^(?:i'm|i am) in$/;
/** Words that say something should be different. */
const CHANGE_WORDS =
  /\b(?:change|swap|move|replace|remove|delete|take out|drop|add|instead|rather|should|shouldn't|not|isn't|wrong|missing|forgot|only|except|make it|switch|but)\b|\d/;

/** Reads a message as an answer to a waiting draft. */
export function readDraftAnswer(command: ChatCommand | null, words: string): DraftAnswer {
  if (command?.kind === 'yes') return { kind: 'confirm' };
  if (command?.kind === 'no') {
    return command.note ? { kind: 'change', note: command.note } : { kind: 'ask_change' };
  }
  const plain = normaliseCommand(words);
  if (plain === '') return { kind: 'unclear' };
  if (isConfirmation(plain)) return { kind: 'confirm' };
  const hasChange = CHANGE_WORDS.test(plain);
  const isQuestion = /\?\s*$/.test(words.trim());
  if (!hasChange && (isQuestion || plain.split(' ').length < 3)) return { kind: 'unclear' };
  return { kind: 'change', note: withoutLeadingNo(words.trim()) };
}

/** "No, pick-ups at 6pm" → "pick-ups at 6pm": the note is the change itself. */
function withoutLeadingNo(note: string): string {
  return note.replace(/^(?:no|nope|nah|not quite|not yet)\b[\s,.:;!\u2013\u2014-]*/i, '') || note;
}

function isConfirmation(plain: string): boolean {
  const clauses = plain
    .split(/\s*[,.;!]+\s*|\s+and\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return (
    clauses.length > 0 &&
    clauses.every((clause) => {
      let rest = clause;
      for (let match = YES_WORD.exec(rest); match && match[0] !== ''; match = YES_WORD.exec(rest)) {
        rest = rest.slice(match[0].length);
      }
      return rest === '' || CONFIRM_CLAUSE.test(rest);
    })
  );
}

/** The draft as the chat shows it: its text, then the buttons that answer exactly this draft. */
export function draftMessages(
  draft: AgreementDraftView,
  names: Map<string, string>,
  viewerId: string,
  locale: text.Locale,
  intro?: string,
): OutboundWhatsApp[] {
  const proposer = draft.proposed_by ? (names.get(draft.proposed_by) ?? null) : null;
  const heading =
    draft.proposed_by === viewerId
      ? text.t(locale, 'draft.heading.yours')
      : proposer
        ? text.t(locale, 'draft.heading.theirs', { name: proposer })
        : text.t(locale, 'draft.heading');
  const body = `${intro ? `${intro}\n\n` : ''}${heading}\n\n${draft.text}`;
  if (draft.proposed_by === viewerId) {
    return [{ kind: 'text', body: `${body}\n\n${text.t(locale, 'draft.will_tell_you')}` }];
  }
  return [
    { kind: 'text', body },
    {
      kind: 'buttons',
      body: text.t(locale, 'draft.question'),
      buttons: [
        { id: `${CHOICE.draftYes}:${draft.id}`, title: text.t(locale, 'button.confirm_draft') },
        { id: `${CHOICE.draftNo}:${draft.id}`, title: text.t(locale, 'button.ask_changes') },
      ],
    },
  ];
}

/** The draft a tapped Yes/No button answers, or null when the choice is not a draft button. */
export function tappedDraft(choice: string | null): { yes: boolean; draftId: string } | null {
  for (const [prefix, yes] of [
    [CHOICE.draftYes, true],
    [CHOICE.draftNo, false],
  ] as const) {
    if (choice?.startsWith(`${prefix}:`)) return { yes, draftId: choice.slice(prefix.length + 1) };
  }
  return null;
}

/**
 * Answers the room's open draft from the chat; false when there is no draft to answer (the
 * message is then an ordinary one).
 */
export async function answerDraftInChat(
  ctx: ChatContext,
  roomId: string,
  command: ChatCommand | null,
  words: string,
): Promise<boolean> {
  const { services, conversation, locale } = ctx;
  const tapped = tappedDraft(ctx.inbound.choiceId);
  const open = await openDraftOf(services.db, roomId, locale);
  if (!open) {
    if (tapped) await ctx.say(text.t(locale, 'nothing_to_answer'));
    return Boolean(tapped);
  }
  const names = await participantNames(ctx, roomId);
  // A button of an earlier draft, or typed words before this chat has seen the current draft.
  if ((tapped && tapped.draftId !== open.id) || conversation.kept.shownDraftId !== open.id) {
    const intro = text.t(locale, tapped ? 'draft.earlier' : 'draft.new');
    return showDraft(ctx, open, names, intro);
  }
  const answer = tapped
    ? tapped.yes
      ? ({ kind: 'confirm' } as const)
      : ({ kind: 'ask_change' } as const)
    : readDraftAnswer(command, words);
  const mine = open.confirmations.find((c) => c.user_id === conversation.userId);
  const other =
    [...names].find(([id]) => id !== conversation.userId)?.[1] ?? text.t(locale, 'someone.other');
  switch (answer.kind) {
    case 'confirm': {
      if (mine?.decision === 'confirmed') {
        await ctx.say(text.t(locale, 'draft.confirmed_waiting', { name: other }));
        return true;
      }
      const outcome = await answerDraft(services, ctx.actor(), roomId, open.id, {
        decision: 'confirmed',
      });
      if (!outcome.resolved) {
        await ctx.say(text.t(locale, 'draft.noted_waiting', { name: other }));
      }
      return true;
    }
    case 'change':
      await answerDraft(services, ctx.actor(), roomId, open.id, {
        decision: 'changes_requested',
        note: answer.note,
      });
      await ctx.say(text.t(locale, 'draft.change_shared', { name: other }));
      return true;
    case 'ask_change':
      await ctx.say(text.t(locale, 'draft.ask_change'));
      return true;
    case 'unclear':
      await ctx.say(
        mine?.decision === 'confirmed'
          ? text.t(locale, 'draft.confirmed_waiting', { name: other })
          : text.t(locale, 'draft.waiting_answer'),
      );
      return true;
  }
}

async function showDraft(
  ctx: ChatContext,
  draft: AgreementDraftView,
  names: Map<string, string>,
  intro: string,
): Promise<true> {
  for (const message of draftMessages(draft, names, ctx.conversation.userId, ctx.locale, intro)) {
    await ctx.say(message);
  }
  ctx.conversation.kept.shownDraftId = draft.id;
  return true;
}

async function participantNames(ctx: ChatContext, roomId: string): Promise<Map<string, string>> {
  const people = await ctx.services.db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['users.id', 'users.name'])
    .where('participants.room_id', '=', roomId)
    .execute();
  return new Map(people.map((p) => [p.id, p.name]));
}
