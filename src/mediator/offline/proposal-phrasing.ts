/**
 * Puts tracked proposals into words: back to the person who made them (a reflection), to
 * the room (a reminder of what is on the table), and as a written commitment.
 */

import type { MediatorParticipant } from '../mediator.js';
import { labelOf, recordLabelOf, recordNames, shiftNames } from './participants.js';
import { toSecondPerson, toThirdPerson } from './person-shift.js';
import { capitalize, endSentence } from './text.js';
import type { TrackedProposal } from './tracked-proposal.js';
import { writtenDays } from './written-days.js';

/** Restates a proposal to the person who just made it ("you've offered to..."). */
export function reflectProposal(
  proposal: Pick<TrackedProposal, 'owner' | 'form' | 'action'>,
  otherName: string | null,
): string {
  const action = toSecondPerson(proposal.action);
  if (proposal.owner === 'speaker') return `you've offered to ${action}`;
  if (proposal.owner === 'other') {
    const them = otherName ?? 'the other person';
    return proposal.form === 'verb'
      ? `you'd like ${them} to ${action}`
      : `you'd like ${them} to consider ${action}`;
  }
  if (proposal.form === 'idea') return `you're suggesting ${action}`;
  if (proposal.form === 'clause') return `you're suggesting that ${action}`;
  return `you're suggesting you both ${action}`;
}

/** Describes a proposal to both people, with names ("Sam offered to pick up Mia on Tuesdays"). */
export function mentionProposal(
  proposal: TrackedProposal,
  participants: MediatorParticipant[],
): string {
  const names = shiftNames(participants, proposal.proposerId, 'you both');
  const action = toThirdPerson(proposal.action, names);
  const who = labelOf(participants, proposal.proposerId, 'one of you');
  if (proposal.owner === 'speaker') return `${who} offered to ${ownPossessive(action, who)}`;
  if (proposal.owner === 'other') {
    const doer = labelOf(participants, proposal.committerId, 'the other person');
    const own = ownPossessive(action, doer);
    return proposal.status === 'accepted'
      ? `${doer} agreed to ${own}`
      : `${who} asked ${doer} to ${own}`;
  }
  if (proposal.form === 'idea') return `${who} suggested ${action}`;
  if (proposal.form === 'clause') return `${who} suggested that ${action}`;
  return `${who} suggested you both ${action}`;
}

/** Writes a proposal as a checkable commitment ("Sam will pick up Mia on Tuesdays."). */
export function commitmentText(
  proposal: Pick<
    TrackedProposal,
    'owner' | 'form' | 'action' | 'proposerId' | 'committerId' | 'each'
  >,
  participants: MediatorParticipant[],
): string {
  const both = recordNames(participants);
  const action = writtenDays(
    itIs(toThirdPerson(proposal.action, shiftNames(participants, proposal.proposerId, both))),
  );
  if (proposal.owner === 'both') {
    if (proposal.form === 'idea') return endSentence(`${both} will try ${action}`);
    if (proposal.form === 'clause') return endSentence(`${both} agree that ${action}`);
    if (proposal.form === 'topic') return endSentence(`${both} agree on ${action}`);
    return endSentence(`${both} will ${proposal.each ? 'each ' : ''}${action}`);
  }
  // A split offer ("I take Mondays and you do Fridays") still reads from the proposer's side.
  const doerId = proposal.owner === 'speaker' ? proposal.proposerId : proposal.committerId;
  const doer = recordLabelOf(participants, doerId);
  const verb = proposal.form === 'verb' ? 'will' : 'will try';
  return capitalize(endSentence(`${doer} ${verb} ${ownPossessive(action, doer)}`));
}

/** "Ben will ask Ben's mum" reads as someone else's mother: the doer's own things are "their". */
function ownPossessive(action: string, doer: string): string {
  const escaped = doer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "at Ben's" (their home) stays as it is: only a possessive before a noun becomes "their".
  return action
    .replace(new RegExp(`\\b${escaped}'s(?= \\p{L})`, 'gu'), 'their')
    .replace(new RegExp(`\\b${escaped}'s(?!\\p{L})`, 'gu'), 'their home');
}

/** "if its late" / "if it's going to be late": a signed line says "it is" in full. */
function itIs(action: string): string {
  return action.replace(
    /\bit'?s(?= (?:going|late|not|too|ok|okay|fine|been|over|done|only|just|really|very|so|a|an|the|my|your|their|urgent|early|raining|dark|cold|hot|busy|quiet|needed|paid|due|there|after|before|past|on|off)\b)/gi,
    (w) => (w[0] === 'I' ? 'It is' : 'it is'),
  );
}
