/**
 * Finds what a participant offers or suggests in a message: offers for themselves ("I'll
 * do the school run on Tuesdays"), joint ideas ("let's alternate weekends") and requests of
 * the other person ("could you text me when you're late"). These are the raw material of an
 * agreement, so the facilitator only ever writes down what was found here.
 */

import { containsBlame, containsInsult } from './blame.js';
import { clipWords, normalizeText, splitSentences, trimClause } from './text.js';
import { pastToBase } from './verb-forms.js';

/** Who would carry a proposal out, from the proposer's point of view. */
export type ProposalOwner = 'speaker' | 'other' | 'both';

/** How the action reads: "verb" follows "will", "idea" follows "try", "clause" follows "agree that". */
export type ProposalForm = 'verb' | 'idea' | 'clause';

/** One proposal in the proposer's own words (first person, pronouns unresolved). */
export interface RawProposal {
  owner: ProposalOwner;
  form: ProposalForm;
  action: string;
  /** True when an offer also gives the other person a part ("I take Mondays and you do Fridays"). */
  shared?: boolean;
}

const OFFER =
  "I(?:'ll| will| can(?!'t)| could|'m willing to| am willing to|'d be (?:willing|happy|glad) to| would be (?:willing|happy|glad) to|'m (?:happy|glad|ready|going) to| am (?:happy|glad|ready|going) to| promise(?: to| (?:that )?I(?:'ll| will))?| agree to| commit to| offer to| volunteer to)";
const JOINT =
  "(?:maybe )?(?:we could|we can(?!'t)|we should|we'll|we will|we might|we need to|we have to|let's|let us|could we|can we|shall we|should we|we agree to|we both (?:will|can|could|should))";
const SUGGEST =
  "(?:how about|what if|i suggest(?: that)?|i propose(?: that)?|my suggestion is(?: that)?|one idea is(?: that)?|why don't|why not)";
const REQUEST =
  "(?:would you be (?:willing|open|happy) to|are you (?:willing|open|happy) to|could you|can you(?!'t)|would you|will you|i(?:'d| would) like you to|i need you to|i want you to|(?:maybe )?you could)";

const LEAD = new RegExp(
  `\\b(?:(?<offer>${OFFER})|(?<joint>${JOINT})|(?<suggest>${SUGGEST})|(?<request>${REQUEST}))\\s+`,
  'giu',
);

/** Where an offer's action ends: a contrast, a semicolon, or a new first-person clause. */
const ACTION_END = /,? but |;|,? and (?=(?:I|we|let's)\b)|, (?=(?:I|we)\b)/iu;

const LEADING_FILLER =
  /^(?:(?:just|also|definitely|happily|gladly|really|totally|absolutely|honestly|maybe|perhaps|probably|then|all|each|at least|try and) )+/i;
const TRAILING_FILLER =
  /,?\s*(?:if (?:that's|that is|it's|thats|it is) (?:ok|okay|alright|fine|good)(?: with you)?|please|instead|for now|ok|okay|maybe|i guess|i suppose|right|then|for a change)$/i;

/** First words that make an "I can..." sentence about perception or talk, not a commitment. */
const NOT_AN_ACTION =
  /^(?:see|hear|understand|tell (?:that|you|how|why|when|if)|imagine|feel|relate|appreciate|admit|say|believe|guess|think|remember|be honest|be clear|agree|accept|not|never|even|ever|talk|discuss|chat|speak|get why|promise|only|be bothered|blame|keep doing this|stop fighting)\b/i;

/** Actions that only point back at the other person's idea: they are a "yes", not a new offer. */
const POINTS_BACK =
  /^(?:do|try|manage|handle|live with|accept|go with|go for|work with|start with) (?:that|this|it|so|those)$/i;

const SUBJECT = {
  both: /^(?:you and (?:I|me)|the two of us|both of us|we)\s+(?:(?:could|can|should|will|would|might|just|both|all|try to|each)\s+)*/i,
  speaker: /^I\s+(?:(?:could|can|will|would|should|just|might)\s+)*/i,
  other: /^you\s+(?:(?:could|can|will|would|should|just|might)\s+)*/i,
};

/** The other person's half of a split offer: "and you do the other days". */
const OTHER_PART =
  /\b(and|while|then|,) you (?!will\b|'ll\b|can\b|could\b|would\b|should\b|might\b)(\p{L}+)/iu;

/** Cleans up an action phrase so it can follow "will" in an agreement. */
function cleanAction(text: string): string {
  let action = trimClause(text).replace(LEADING_FILLER, '');
  for (let i = 0; i < 3; i++) action = trimClause(action.replace(TRAILING_FILLER, ''));
  return clipWords(action, 25);
}

/** Works out who a "how about / what if" idea is for, and puts its verb in plan form. */
function readSuggestion(rest: string, hypothetical: boolean): RawProposal {
  for (const owner of ['both', 'speaker', 'other'] as const) {
    const match = SUBJECT[owner].exec(rest);
    if (!match) continue;
    const after = rest.slice(match[0].length);
    const [verb = '', ...tail] = after.split(' ');
    const base = hypothetical ? pastToBase(verb) : verb;
    return { owner, form: 'verb', action: [base, ...tail].join(' ') };
  }
  const firstWord = rest.split(' ')[0]?.toLowerCase() ?? '';
  const isNounPhrase = /ing$/.test(firstWord) || /^(?:a|an|some|one|another)$/.test(firstWord);
  return { owner: 'both', form: isNounPhrase ? 'idea' : 'clause', action: rest };
}

/** Lists the proposals in a message, in order, skipping ones that carry blame or insults. */
export function extractProposals(raw: string): RawProposal[] {
  const found: RawProposal[] = [];
  for (const sentence of splitSentences(normalizeText(raw))) {
    LEAD.lastIndex = 0;
    for (let match = LEAD.exec(sentence); match; match = LEAD.exec(sentence)) {
      const afterLead = sentence.slice(match.index + match[0].length);
      const end = afterLead.search(ACTION_END);
      const rest = cleanAction(end >= 0 ? afterLead.slice(0, end) : afterLead);
      LEAD.lastIndex = match.index + match[0].length + (end >= 0 ? end : afterLead.length);
      const clause = `${match[0]}${rest}`;
      if (!rest || containsBlame(clause) || containsInsult(clause)) continue;
      const groups = match.groups ?? {};
      const proposal: RawProposal = groups.suggest
        ? readSuggestion(rest, /^what if/i.test(groups.suggest))
        : {
            owner: groups.offer ? 'speaker' : groups.joint ? 'both' : 'other',
            form: /^\p{L}+ing\b/u.test(rest) ? 'idea' : 'verb',
            action: rest,
          };
      proposal.action = cleanAction(proposal.action);
      if (!proposal.action || NOT_AN_ACTION.test(proposal.action)) continue;
      if (POINTS_BACK.test(proposal.action)) continue;
      if (proposal.owner === 'speaker' && OTHER_PART.test(proposal.action)) {
        proposal.shared = true;
        proposal.action = proposal.action.replace(OTHER_PART, '$1 you will $2');
      }
      found.push(proposal);
    }
  }
  return found;
}

/** Words that make a commitment checkable: a time, a day, a frequency or a number. */
const CONCRETE =
  /\d|\b(?:every|each|daily|weekly|monthly|mornings?|evenings?|nights?|weekends?|weekdays?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|before|after|by|until|once|twice|week|month|day|tonight|tomorrow|pick[- ]?up|drop[- ]?off|dishes|laundry|bins?|rota|calendar|text|call|school)\b/i;
const VAGUE =
  /^(?:try(?: harder| my best| to be (?:better|nicer))?|be (?:better|nicer|more \w+|less \w+)|do better|make (?:an|more) effort|help (?:out )?more|change|improve|work on (?:it|this|that|myself)|think about it|consider it|sort (?:it|this) out)\b/i;

/** True when an action is too general for anyone to check ("try harder", "be better"). */
export function isVague(action: string): boolean {
  return VAGUE.test(action) && !CONCRETE.test(action);
}
