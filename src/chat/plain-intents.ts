/**
 * What a short message asks for in plain words: to write the agreement up, to take a break, or
 * to stop the mediation. Each intent is a core phrase ("write it up", "in writing", "a break",
 * "end this") that may be wrapped only in words that ask or agree ("can we", "yes let's",
 * "I think we're ready to", "now please"); any other word makes it a mediation message, so
 * "can you write down what I said to John" or "I need a minute to find the dates" stay turns.
 */

export type PlainIntent = 'write_up' | 'break' | 'leave';

/** Longer messages are always conversation. */
const MAX_WORDS = 14;

/** Words that ask, agree or soften, and may surround an intent's core. */
const FRAME = new Set(
  (
    'yes yeah yep yup ok okay sure great good right alright perfect fine cool so then now ' +
    'please pls thanks thank you just maybe finally really actually also and but ' +
    "can could would will shall should might may we you us i me my let let's lets " +
    "i'm im i'd id we're were we'd we'll i'll it's its is are am be do does " +
    'think guess feel reckon suppose ready happy time want like need to go ahead both all ' +
    'for a the an our this that it some here there at point stage'
  ).split(' '),
);

/** Words that turn a request around ("not yet", "don't write it up"). */
const NEGATION =
  /\b(?:not|no|don't|dont|do not|never|can't|cannot|won't|wouldn't|shouldn't|isn't|aren't|yet|later|wait)\b/;

const INTENT_CORES: Array<[PlainIntent, RegExp]> = [
  [
    'write_up',
    new RegExp(
      [
        // write it up, put this down, get everything down in writing, draft our agreement
        String.raw`\b(?:write|draft|put|type|get|draw|jot)(?: (?:it|this|that|these|everything|all|things|something|what we(?:'ve)? agreed|it all|this all|them))*(?: (?:up|down)(?: (?:in writing|on paper|into an agreement|as an agreement|formally|officially|(?:the|an|our) (?:agreement|deal)))?| (?:in writing|on paper|into an agreement|as an agreement|(?:the|an|our) (?:agreement|deal)))\b`,
        // make / prepare / do the agreement, the write-up, a draft
        String.raw`\b(?:make|prepare|do|start|create|have|see|move to|move on to|go to|get to|see)(?: (?:the|an|our|a))? (?:agreement|write up|draft|final agreement|written agreement)\b`,
        // ready for the agreement
        String.raw`\b(?:ready for|time for)(?: (?:the|an|our|a))? (?:agreement|write up|draft)\b`,
      ].join('|'),
    ),
  ],
  [
    'break',
    /\b(?:take|have|need|want|like|get|grab)(?: (?:a|an|some|five|5|ten|10|a few|a little|a short|a quick|quick|short|little))* (?:break|pause|breather|time out|timeout|minutes?|moment|second|rest|air)\b|\b(?:step|stepping|walk|walking) (?:away|out)\b|\b(?:calm|cool) (?:down|off)\b|\bpause (?:this|it|for a (?:bit|while|moment))\b|\bgive me (?:a|some|five|5|a few)(?: \w+)? (?:minutes?|moment|second|time|space)\b/,
  ],
  [
    'leave',
    /\b(?:stop|end|quit|leave|cancel|call off|call (?:it|this) off|give up on|done with)(?: (?:the|this|our|it|all))?(?: (?:mediation|session|whole thing|process|here|now|off))?\b/,
  ],
];

/** Words that can complete a core ("for a bit", "for now", "here") without changing it. */
const TAIL = new Set('bit while now here please today minute minutes moment off'.split(' '));

/** Reads a message as a plain-words intent, or null when it is conversation. */
export function readPlainIntent(normalised: string): PlainIntent | null {
  const text = normalised
    .replace(/[-–—]/g, ' ')
    .replace(/[,.!?;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.split(' ').length > MAX_WORDS || NEGATION.test(text)) return null;
  for (const [intent, core] of INTENT_CORES) {
    const match = core.exec(text);
    if (!match || match[0].trim() === '') continue;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    const words = rest.split(' ').filter(Boolean);
    if (words.every((w) => FRAME.has(w) || TAIL.has(w))) return intent;
  }
  return null;
}
