/**
 * Finds what a participant offers or suggests in a message: offers for themselves ("I'll
 * do the school run on Tuesdays"), joint ideas ("let's alternate weekends") and requests of
 * the other person ("could you text me when you're late"). These are the raw material of an
 * agreement, so the facilitator only ever writes down what was found here.
 */

import nlp from 'compromise';
import { containsBlame, containsInsult } from './blame.js';
import { appendDetail, detailOnly, findDetails } from './details.js';
import { frontedPlan } from './fronted-plans.js';
import { plainRequest } from './plain-requests.js';
import { clipWords, lowerFirst, normalizeText, splitSentences, trimClause } from './text.js';
import { pastToBase } from './verb-forms.js';

/** Who would carry a proposal out, from the proposer's point of view. */
export type ProposalOwner = 'speaker' | 'other' | 'both';

/**
 * How the action reads: "verb" follows "will", "idea" follows "try", "clause" follows "agree
 * that", "topic" follows "agree on" ("quiet after 11pm on weeknights").
 */
export type ProposalForm = 'verb' | 'idea' | 'clause' | 'topic';

/** One proposal in the proposer's own words (first person, pronouns unresolved). */
export interface RawProposal {
  owner: ProposalOwner;
  form: ProposalForm;
  action: string;
  /** True when an offer also gives the other person a part ("I take Mondays and you do Fridays"). */
  shared?: boolean;
  /** True when both do the same thing each ("I'll pay £15 if you do the same"). */
  each?: boolean;
}

const OFFER =
  "(?:(?:could|can|may) I(?= (?:have|take|keep|look after|do|pick|collect|drop|pay|cook|clean|walk|get|bring|ring|call|visit) )|I(?:'ll not| won't| will not|'ll| will| can(?!'t)| could|'m willing to| am willing to|'d be (?:willing|happy|glad) to| would be (?:willing|happy|glad) to|'m (?:happy|glad|ready|going) to| am (?:happy|glad|ready|going) to| promise(?: to| (?:that )?I(?:'ll| will))?| agree to| commit to| offer to| volunteer to))";
const JOINT =
  "(?:(?<=^(?:(?:and|also|plus|so|then),? )?)we(?= (?:get|take|split|share|pay|put|alternate|swap|meet|sit|keep|each|both)\\b)|(?:maybe )?(?:we could|we can(?!'t)|we should|we'll|we will|we might|we need to|we have to|let's|let us|could we|can we|shall we|should we|we agree to|we both (?:will|can|could|should)))";
const SUGGEST =
  "(?:how about|what if|i suggest(?: that)?|i propose(?: that)?|my suggestion is(?: that)?|one idea is(?: that)?|why don't|why not)";
const REQUEST =
  "(?:(?:only if|as long as|provided(?: that)?) you(?:'ll| will)?(?= \\p{L})|you won't|you will not|would you be (?:willing|open|happy) to|are you (?:willing|open|happy) to|could you|can you(?!'t)|would you|will you|i(?:'d| would) like you to|i need you to|i want you to|(?:maybe )?you could|you (?:need|have|ought) to|you've got to|you should)";

const LEAD = new RegExp(
  `\\b(?:(?<offer>${OFFER})|(?<joint>${JOINT})|(?<suggest>${SUGGEST})|(?<request>${REQUEST}))\\s+`,
  'giu',
);

/** Where an offer's action ends: a contrast, a semicolon, or a new first-person clause. */
const ACTION_END = /,? but |;|,? and (?=(?:I|we|let's)\b)|, (?=(?:I|we)\b)/iu;

const LEADING_FILLER =
  /^(?:(?:just|also|still|both|definitely|happily|gladly|really|totally|absolutely|honestly|maybe|perhaps|probably|then|all|each|at least|try and) )+/i;
const TRAILING_FILLER =
  /,?\s*\b(?:if (?:that's|that is|it's|thats|it is) (?:ok|okay|alright|fine|good)(?: with you)?|while i'm at it|while i am at it|please|instead|for now|ok|okay|maybe|i guess|i suppose|right|then|for a change|too|as well|though|also|yeah|yeh|yea|eh|innit|no)$/i;

/** "..., say 9am": a suggested time or day, read as part of the action. */
const SAY_DETAIL = /,?\s+say\s+(?=(?:\d|mid|noon|on |at |by |every ))/i;
/** "...if you do the same": the offer is for both people, each doing it. */
const SAME_FOR_BOTH = /,?\s*(?:if|as long as|provided) you (?:do|will do|pay|put in) the same$/i;

/** First words that make an "I can..." sentence about perception or talk, not a commitment. */
const NOT_AN_ACTION =
  /^(?:see|hear|understand|tell (?:that|you|how|why|when|if)|imagine|feel|relate|appreciate|admit|say|believe|guess|think|remember|be honest|be clear|agree|accept|not|never|even|ever|talk|discuss|chat|speak|get why|promise|only|be bothered|blame|keep doing this|stop fighting)\b/i;

/** Actions that only point back at the other person's idea: they are a "yes", not a new offer. */
const POINTS_BACK =
  /^(?:(?:do|try|manage|handle|live with|accept|go with|go for|work with|start with) (?:that|this|it|so|those|both(?: of (?:those|them|these))?|the same)|do|manage|cope|make it)$/i;

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
  let action = trimClause(text).replace(LEADING_FILLER, '').replace(SAY_DETAIL, ' at ');
  action = action.replace(/\binstead,?\s+(?=at\b)/i, '');
  // "at the services instead of my house": what a plan replaces is history, not a commitment.
  action = action.replace(
    /,?\s+instead of (?:the |my |your |our |every )?[\p{L}' ]+?(?=$|[,.;]| on | at | by | from )/iu,
    '',
  );
  for (let i = 0; i < 3; i++) action = trimClause(action.replace(TRAILING_FILLER, ''));
  return clipWords(action, 30);
}

/** Sets the owner, form and wording of a lead that is negative or about agreeing on something. */
function refine(proposal: RawProposal, lead: string): RawProposal | null {
  if (/\b(?:won't|will not|'ll not)\b/i.test(lead)) {
    // "I won't do the dishes anymore" refuses; "I won't ring you unless..." promises.
    const limited = /\b(?:unless|until|without|before|after|except|other than|anything else)\b/i;
    if (!limited.test(proposal.action) || /\bany ?more\b/i.test(proposal.action)) return null;
    proposal.action = `not ${proposal.action}`;
  }
  if (proposal.owner === 'both' && /^agree (?:on |to |that )?/i.test(proposal.action)) {
    const rest = proposal.action.replace(/^agree (?:on |to |that )?/i, '');
    proposal.action = rest;
    proposal.form = /^(?:\p{L}+ing\b|quiet|no |a |an |one |the )/iu.test(rest) ? 'topic' : 'verb';
  }
  if (proposal.owner === 'speaker' && SAME_FOR_BOTH.test(proposal.action)) {
    proposal.action = proposal.action.replace(SAME_FOR_BOTH, '');
    proposal.owner = 'both';
    proposal.each = true;
  }
  return proposal;
}

/** Doubt said just before an offer's lead ("not sure i can…", "don't think I could…"). */
const DOUBT_BEFORE =
  /\b(?:not sure(?: if| whether| that)?|(?:don't|do not|didn't) think|doubt(?: if| that)?|not certain(?: if)?|no way)\s*$/i;

/** "£30 a week i can do": an amount said first, then what the speaker can manage of it. */
const AMOUNT_I_CAN = /^(.*?)\s*,?\s*I can (?:do|manage|pay|afford|stretch to)(?: that| it)?$/i;

/** The speaker's offer of an amount said before "I can do", or null. */
function amountICan(clause: string): RawProposal | null {
  const match = AMOUNT_I_CAN.exec(trimClause(clause));
  const front = (match?.[1] ?? '').replace(/^(?:(?:but|ok|okay|and|so|then|well),?\s+)+/i, '');
  const details = findDetails(front);
  if (!match || details[0]?.kind !== 'amount' || details[0].index > 0) return null;
  return { owner: 'speaker', form: 'verb', action: cleanAction(`pay ${front}`) };
}

/** The two tasks of an action joined by "and" and a plain verb, each with a detail, or null. */
function twoTasks(action: string): [string, string] | null {
  const at = action.search(/ and (?=\p{L}+ )/u);
  if (at < 0) return null;
  const [first, second] = [action.slice(0, at), action.slice(at + 5)];
  // Only tasks of different kinds ("every sunday" and "£50 a week"): "pick them up at 5 and
  // bring them back by 7" is one arrangement, said yes to as one.
  const kinds = (t: string) =>
    new Set(findDetails(t).map((d) => (d.kind === 'date' || d.kind === 'day' ? 'when' : d.kind)));
  const [ka, kb] = [kinds(first), kinds(second)];
  if (ka.size === 0 || kb.size === 0 || [...ka].some((k) => kb.has(k))) return null;
  const verb = second.split(' ')[0] ?? '';
  if (
    !/^(?:pay|put|do|take|pick|collect|drop|bring|clean|cook|walk|hoover|mow|wash|text|call|ring|send|give|have|book|sort|empty|cover|get|keep|come|go|stay|be|make|leave|feed|help|tidy)$/i.test(
      verb,
    )
  ) {
    return null;
  }
  return [first, second];
}

/** Any lead word of an offer, idea or request: a sentence with one is read the usual way. */
const LEAD_ANYWHERE = new RegExp(LEAD.source, 'iu');

/** "And you'll text me when you leave?": a request asked as a question. */
const QUESTION_REQUEST = /^(?:and |also |so )?you(?:'ll| will) (.+)\?$/i;

/** "Walking the dog" reads as an idea to try; "bring the statements" is a plain verb. */
function isGerund(text: string): boolean {
  return (
    /^\p{L}+ing\b/u.test(text) &&
    !/^(?:bring|ring|sing|swing|sting|cling|fling|wring|string|spring)\b/i.test(text)
  );
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
  const isNounPhrase = isGerund(firstWord) || /^(?:a|an|some|one|another)$/.test(firstWord);
  return { owner: 'both', form: isNounPhrase ? 'idea' : 'clause', action: rest };
}

/**
 * "Can the kids be with you on Tuesdays?", "Could Saturdays be ours?": a plan about someone or
 * something else, read as a clause both agree to ("the kids will be with Matt on Tuesdays").
 */
const THIRD_SUBJECT_PLAN =
  /^(?:(?:and|so|ok|okay|then|also),? )*(?:can|could|should|shall) (?!(?:i|you|we|it|that|this|there|me|u)\b)((?:the |our |my |your |his |her |their )?[\p{L}']+(?: and [\p{L}']+)?) (be|go|stay|come|live|sleep|get|have) (.+)$/iu;

/** "on sundays no phones at breakfast": a house rule both keep, when it says when or where. */
const NO_RULE =
  /^(?:(?:and|also|plus|so),? )*(?:((?:on|at|during|in) [\p{L}\d: ]+?),? )?no ([\p{L}]+) ((?:at|in|during|after|before|on|over|past) .+)$/iu;

/**
 * "Dinner is at 7.30pm on weeknights", "weeknights quiet after 10:30pm": a plan stated as a fact,
 * with a time, read as a clause both agree to.
 */
const STATED_PLAN =
  /^(?:(?:and|so|then|also|ok),? )?((?:the )?[\p{L}-]+(?: [\p{L}-]+)?) (?:is|are|goes|go|starts?|ends?) ((?:at|from|by|till|until|after|before|on) .+)$/iu;
const QUIET_RULE =
  /^(?:(?:and|so|then|also|ok),? )?((?:week|school )?nights?|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?) (quiet|lights out|phones off|in bed|home|back) ((?:after|by|from|till|until|before) .+)$/iu;
const NOT_A_PLAN_SUBJECT =
  /^(?:it|that|this|there|he|she|they|you|i|we|what|which|who|everything|nothing|money|the problem|the issue)\b/i;

function statedPlan(sentence: string): RawProposal | null {
  const text = trimClause(sentence);
  // "the heat is at 78 every time I come home", "when he's at yours he's out till 1am": a report.
  if (
    /\?$/.test(sentence.trim()) ||
    /\b(?:not|never|no|always|again|late|empty|every time|whenever)\b|^when\b/i.test(text)
  ) {
    return null;
  }
  const hasTime = (t: string) => findDetails(t).some((d) => d.kind === 'time');
  const quiet = QUIET_RULE.exec(text);
  if (quiet && hasTime(quiet[3] ?? '')) {
    const [, when = '', what = '', rest = ''] = quiet;
    return { owner: 'both', form: 'topic', action: cleanAction(`${what} ${rest} on ${when}`) };
  }
  const stated = STATED_PLAN.exec(text);
  if (!stated || NOT_A_PLAN_SUBJECT.test(stated[1] ?? '') || !hasTime(stated[2] ?? '')) return null;
  if (containsBlame(text)) return null;
  return {
    owner: 'both',
    form: 'clause',
    action: cleanAction(lowerFirst(text.replace(/^(?:(?:and|so|then|also|ok),? )/i, ''))),
  };
}

/**
 * "christmas day at my mam's this year, then stephen's day at your folks in galway": days and
 * where they are spent, said without a verb, as plans both keep.
 */
function placedDays(sentence: string): RawProposal[] {
  const pieces = trimClause(sentence).split(/,?\s+then\s+|,\s*and\s+|;\s*/i);
  const plans = pieces.map((piece) => {
    const text = piece.replace(/^(?:(?:and|so|then|also|ok|okay),?\s+)+/i, '');
    const day = findDetails(text)[0];
    if (day?.index !== 0 || day.kind !== 'day') return null;
    const rest = text.slice(day.text.length);
    if (!/^ (?:at|in|with|to) (?!least\b)\S/i.test(rest) || /\b(?:is|was|were|are)\b/i.test(rest)) {
      return null;
    }
    return { owner: 'both' as const, form: 'topic' as const, action: cleanAction(text) };
  });
  return plans.every(Boolean) ? (plans as RawProposal[]) : [];
}

/** The plan or house rule a sentence states without "I" or "you" leading it, if any. */
function impersonalPlan(sentence: string): RawProposal | null {
  const stated = statedPlan(sentence);
  if (stated) return stated;
  const plan = THIRD_SUBJECT_PLAN.exec(trimClause(sentence));
  if (plan) {
    const [, subject = '', verb = '', rest = ''] = plan;
    const action = cleanAction(`${subject} will ${verb} ${rest}`).replace(
      /,?\s+then,?(?=\s+and\b)/i,
      '',
    );
    if (!containsBlame(action)) return { owner: 'both', form: 'clause', action };
  }
  for (const piece of trimClause(sentence).split(/,\s*/)) {
    const rule = NO_RULE.exec(piece);
    if (!rule) continue;
    const [, when, thing = '', rest = ''] = rule;
    const action = cleanAction(`no ${thing} ${rest}${when ? ` ${when}` : ''}`);
    if (
      findDetails(action).length > 0 ||
      /\b(?:breakfast|lunch|dinner|tea|bed|table)\b/i.test(action)
    ) {
      return { owner: 'both', form: 'topic', action };
    }
  }
  return null;
}

/** "he texts me before", "rich asks me before he…": the other person, named or "he"/"she". */
function thirdPersonSubject(other: string | undefined): string {
  const name = other ? `|${other.replace(/[^\p{L}' -]/gu, '')}` : '';
  return `(?:he|she${name})`;
}

/** Words that make a "he does…" sentence a complaint or a report, not what is asked for. */
const NOT_ASKED =
  /\b(?:always|never|keeps?|again|still|just|already|ever|usually|sometimes|every time|not|didn't|doesn't|won't|can't|is|was|has|does|says|said|thinks|feels|wants|knows|gets|seems|likes|loves|hates|leaves me|ignores|shouts|yells|lies)\b/i;

/** A present-tense verb for one person, in its plain form ("texts" -> "text", "tidies" -> "tidy"). */
function presentToBase(verb: string): string | null {
  const lower = verb.toLowerCase();
  if (!/^\p{L}{3,}s$/u.test(lower) || /(?:ss|us|is)$/.test(lower)) return null;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss)es$/.test(lower) || lower === 'goes') return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * "and if its going to be late he texts me before", "rich asks me before he agrees": a request
 * of the other person said about them in the third person, to the mediator. Only read when it
 * concerns the speaker ("me", "my") and says when or how much, so a complaint ("he leaves me
 * all the washing up") or a report about someone else is not taken for one.
 */
function thirdPersonRequest(sentence: string, other: string | undefined): RawProposal | null {
  const text = trimClause(sentence);
  const subject = thirdPersonSubject(other);
  const pattern = new RegExp(
    `^(?:(?:and|also|plus|so|ok|okay|then|good|fine|great|yes|yeah),? )*(?:((?:if|when|whenever) .+?),? )?${subject} ((?:should|needs to|has to|must|will|can) )?(\\p{L}+) (.+)$`,
    'iu',
  );
  const match = pattern.exec(text);
  if (!match) return null;
  const [, condition, modal, verb = '', rest = ''] = match;
  const base = modal ? verb.toLowerCase() : presentToBase(verb);
  if (!base || !/\b(?:me|my)\b/i.test(rest)) return null;
  if (!modal && NOT_ASKED.test(`${verb} ${rest}`)) return null;
  const when = /\b(?:before|after|first|by|until|till|when|if|every|each|on|at)\b/i;
  if (!condition && !when.test(rest) && findDetails(rest).length === 0) return null;
  const action = cleanAction(`${base} ${rest}${condition ? ` ${condition}` : ''}`);
  if (!action || containsBlame(action) || containsInsult(action)) return null;
  return { owner: 'other', form: 'verb', action };
}

/**
 * Clauses no lead word opens: plans with their "when" first ("then the third sunday we go to my
 * lot") and plain requests ("u do kitchen mon wed fri, i do tue thu sat"); beside a request, an
 * "I do…" with a when is the speaker's half of the split.
 */
function unledProposals(sentence: string): RawProposal[] {
  const clauses = sentence
    .split(/,?\s+but\s+|,\s*and\s+|;\s*|,\s*(?=(?:you|I|we|he|she|they|it|it's|its|that's)\b)/i)
    .filter((clause) => !LEAD_ANYWHERE.test(clause));
  // "ok half is fine, send it by the 7th": a command may follow a comma.
  const requests = clauses.map((c) =>
    c
      .split(/,\s*/)
      .map((piece) => plainRequest(piece))
      .find(Boolean),
  );
  const split = requests.some(Boolean);
  return clauses.flatMap((clause, i): RawProposal[] => {
    const asked = requests[i];
    if (asked) return [{ owner: 'other', form: 'verb', action: cleanAction(asked) }];
    const plan = frontedPlan(clause, split);
    return plan ? [{ owner: plan.owner, form: 'verb', action: cleanAction(plan.action) }] : [];
  });
}

/**
 * "the council do a free collection. I'll book that instead": a bare "that" or "it" after the
 * verb is the last thing the sentence before named, so the signed line says what it is.
 */
function namedObject(action: string, before: string | null): string {
  const bare = /^(\p{L}+) (?:that|it|this)$/iu.exec(action);
  if (!bare || !before) return action;
  const things = nlp(before).nouns().out('array') as string[];
  const last = things.at(-1)?.replace(/[.,;!?]+$/, '');
  if (!last || /^(?:i|you|we|he|she|they|it|that|this)$/i.test(last)) return action;
  return `${bare[1]} ${last}`;
}

function escapeName(name: string): string {
  return name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lists the proposals in a message, in order, skipping ones that carry blame or insults. */
export function extractProposals(raw: string, other?: string): RawProposal[] {
  const found: RawProposal[] = [];
  let previous: string | null = null;
  // "jack ur mates were…": the other person's name in front calls them, it is no verb.
  const vocative = other
    ? new RegExp(`^(?:(?:hey|hi|ok|okay|look|so),? )?${escapeName(other)}\\b,?\\s+(?=\\p{L})`, 'iu')
    : null;
  const mustHaveDetail = new Set<RawProposal>();
  for (const called of splitSentences(normalizeText(raw))) {
    const sentence = vocative ? called.replace(vocative, '') : called;
    const before = previous;
    previous = sentence;
    // "Could we have a phone-free evening? Thursdays maybe?": the day belongs to the idea.
    const lastFound = found[found.length - 1];
    const bare = detailOnly(sentence);
    if (lastFound && bare.length > 0 && !/\b(?:how|what) about\b|\binstead\b/i.test(sentence)) {
      for (const d of bare) {
        // "£200 a month": how often goes with the amount.
        const often = /^\s+(?:a|per|every|each) (?:week|month|fortnight|year)\b/i.exec(
          sentence.slice(d.index + d.text.length),
        );
        lastFound.action = appendDetail(lastFound.action, {
          ...d,
          text: often ? `${d.text}${often[0]}` : d.text,
        });
      }
      continue;
    }
    // "Phone goes on the charger at 10pm. How about that?": the statement is the idea.
    if (/^(?:how about|what about|is|does) (?:that|this)\b/i.test(sentence) && before) {
      const statement = cleanAction(before);
      if (findDetails(statement).length > 0 && !containsBlame(statement)) {
        found.push({ owner: 'both', form: 'clause', action: lowerFirst(statement) });
      }
      continue;
    }
    const amounts = sentence.split(/,\s*|;\s*/).flatMap((piece) => amountICan(piece) ?? []);
    if (amounts.length > 0) {
      found.push(...amounts);
      continue;
    }
    const placed = LEAD_ANYWHERE.test(sentence) ? [] : placedDays(sentence);
    if (placed.length > 0) {
      found.push(...placed);
      continue;
    }
    const impersonal = impersonalPlan(sentence);
    if (impersonal) found.push(impersonal);
    else found.push(...unledProposals(sentence));
    const asked3 = LEAD_ANYWHERE.test(sentence) ? null : thirdPersonRequest(sentence, other);
    if (asked3) {
      found.push(asked3);
      continue;
    }
    const asked = QUESTION_REQUEST.exec(sentence);
    if (asked?.[1]) {
      const action = cleanAction(asked[1]);
      if (action && !containsBlame(action)) found.push({ owner: 'other', form: 'verb', action });
      continue;
    }
    LEAD.lastIndex = 0;
    for (let match = LEAD.exec(sentence); match; match = LEAD.exec(sentence)) {
      const afterLead = sentence.slice(match.index + match[0].length);
      const end = afterLead.search(ACTION_END);
      const rest = cleanAction(end >= 0 ? afterLead.slice(0, end) : afterLead);
      LEAD.lastIndex = match.index + match[0].length + (end >= 0 ? end : afterLead.length);
      const clause = `${match[0]}${rest}`;
      if (!rest || containsBlame(clause) || containsInsult(clause)) continue;
      // "not sure i can do all of it": a doubt about an offer is not one.
      if (DOUBT_BEFORE.test(sentence.slice(0, match.index))) continue;
      const groups = match.groups ?? {};
      const proposal: RawProposal = groups.suggest
        ? readSuggestion(rest, /^what if/i.test(groups.suggest))
        : {
            owner: groups.offer ? 'speaker' : groups.joint ? 'both' : 'other',
            form: isGerund(rest) ? 'idea' : 'verb',
            action: rest,
          };
      proposal.action = cleanAction(proposal.action);
      // "can we say no guests after 11": what follows "say" is the idea itself.
      // ("could we say £500 from me…" is a counter, read as before).
      const said = /^say (?!sorry|that\b|it\b|something|anything)(.*)$/i.exec(proposal.action);
      if (proposal.owner === 'both' && said && findDetails(said[1] ?? '')[0]?.index !== 0) {
        proposal.action = proposal.action.replace(/^say (?:that )?/i, '');
        proposal.form = /^(?:no|quiet|lights|phones)\b/i.test(proposal.action) ? 'topic' : 'clause';
      }
      // "I'll do £25": doing a bare amount is paying it ("I can do €90 by the 1st" is a counter).
      proposal.action = proposal.action.replace(
        /^do (?=[£$€₹]\s?\d[\d,.]*(?: a (?:week|month|fortnight))?$)/u,
        'pay ',
      );
      if (!refine(proposal, match[0])) continue;
      // "I'll be skint": a state, not something anyone can hold to.
      if (/^be \p{L}+$/iu.test(proposal.action)) continue;
      const checked = proposal.action.replace(/^not /, '');
      // "I'll talk to her this week" is a commitment; "I can talk" is not.
      const talkWithWhen =
        /^(?:talk|speak|chat) to\b/i.test(checked) && findDetails(checked).length > 0;
      const notAction = NOT_AN_ACTION.test(checked) && !talkWithWhen;
      if (!checked || (notAction && proposal.form !== 'topic')) continue;
      if (POINTS_BACK.test(proposal.action)) continue;
      // "we can go later": which way to move a detail, not a plan of its own.
      if (
        /\b(?:later|earlier|longer|sooner|more|less)$/i.test(proposal.action) &&
        findDetails(proposal.action).length === 0
      ) {
        continue;
      }
      proposal.action = namedObject(proposal.action, before);
      // "hoover every sunday and put £50 a week in the pot": two tasks, each with its own when
      // or amount, are two commitments, so each can be said yes or no to.
      const pair = twoTasks(proposal.action);
      if (pair) {
        found.push({ ...proposal, action: pair[0] }, { ...proposal, action: pair[1] });
        continue;
      }
      if (proposal.owner === 'speaker' && OTHER_PART.test(proposal.action)) {
        proposal.shared = true;
        proposal.action = proposal.action.replace(OTHER_PART, '$1 you will $2');
      }
      // "you need to pay some board. £200 a month": said as a must, it is a request only with
      // its amount or when ("you need to calm down" is not one).
      if (/^you(?:'ve got| (?:need|have|ought)|) ?to |^you should /i.test(match[0])) {
        mustHaveDetail.add(proposal);
      }
      found.push(proposal);
    }
  }
  return found.filter((p) => !mustHaveDetail.has(p) || findDetails(p.action).length > 0);
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
