import { compile, PERSON } from './pattern-parts.js';
import type { ScreeningRule } from './screen-types.js';

// "scarred" and "afriad" are common misspellings in hurried messages.
const AFRAID = `(?:scared|scarred|afraid|afriad|frightened|terrified|petrified|fearful)`;
const MODAL = `(?:'?ll|'?d| will| would| might| could| may| is going to| is gonna|'s going to|'s gonna)`;
const HARM = `(?:hurt|hit|kill|harm|attack|snap|lose it|come after|find (?:me|us)|take it out on|do something)`;
// "I don't feel safe talking about this" is about the conversation, and "driving at night" about the road.
const NOT_ABOUT_TALKING = String.raw`(?! (?:bringing|talking|saying|sharing|discussing|raising|opening|being honest|telling you|to (?:say|share|talk|bring|raise|be honest|open up|speak)|driving|cycling|walking (?:home )?alone|leaving the (?:door|doors|window|windows|back door))\b)`;

/** Fear of a person or of being at home; ordinary worry ("I'm scared we'll keep arguing") stays out. */
export const FEAR_RULES: ScreeningRule[] = [
  {
    category: 'fear',
    reason: 'fear of a person',
    negatable: true,
    pattern: compile(
      [
        // The object must be a person, so "afraid of losing the house" and "scared of spiders" stay out.
        String.raw`\b${AFRAID} (?:of|by) ${PERSON}`,
        String.raw`\b${AFRAID} (?:of|for) (?:my|our|the kids'?|the children'?s) (?:own )?(?:life|lives|safety)\b`,
        String.raw`\b(?:i|we) (?:fear|feared) for (?:my|our|the kids'?|the children'?s) (?:life|lives|safety)\b`,
        String.raw`\b(?:he|she|they|you|u|my [a-z-]+) (?:really |genuinely |honestly |sometimes )?(?:scares|frightens|terrifies|intimidates|intimidated) (?:me|us|the kids|the children)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'fear',
    reason: 'afraid of what a person might do',
    negatable: true,
    pattern: compile(
      [
        String.raw`\b${AFRAID} (?:of )?what (?:he|she|they|my [a-z-]+)${MODAL}?(?: \w+)? do\b`,
        String.raw`\b${AFRAID} (?:that )?(?:he|she|they|my [a-z-]+)${MODAL} ${HARM}\b`,
        String.raw`\b(?:he|she|they)(?:'?ll| will| would|'?d) (?:find|come after|hunt down|track down) (?:me|us)(?=$|[.,!?;]| (?:wherever|anywhere|if|and)\b)`,
        String.raw`\b${AFRAID} to (?:(?:go|come|be|stay|return) (?:back )?(?:home|in the house|alone with (?:him|her)|in the same room as (?:him|her)|around (?:him|her))|leave (?:him|her|the house))\b`,
      ].join('|'),
    ),
  },
  {
    category: 'fear',
    reason: 'does not feel safe',
    // The negation is the disclosure here ("I don't feel safe"), so it must not cancel the match.
    negatable: false,
    pattern: compile(
      [
        String.raw`\b(?:don'?t|do not|never|no longer|doesn'?t|does not|didn'?t) feel safe\b${NOT_ABOUT_TALKING}`,
        String.raw`\b(?:feel|feels|feeling|felt) (?:so |really |very |completely )?unsafe\b${NOT_ABOUT_TALKING}`,
        String.raw`\b(?:i'?m|i am|im|we'?re|we are|the kids are|the kids aren'?t|i feel) not safe\b(?! to drive\b)`,
        String.raw`\b(?:not|isn'?t|never|no longer) safe (?:at home|in (?:my|our|the) (?:own )?(?:home|house|flat)|around (?:him|her)|with (?:him|her))\b`,
      ].join('|'),
    ),
  },
  {
    category: 'fear',
    reason: 'walking on eggshells',
    negatable: true,
    pattern: compile(String.raw`\bwalk(?:ing|s|ed)? (?:around )?on (?:egg ?shells|eggshels)\b`),
  },
  {
    category: 'fear',
    reason: 'living in fear or hiding',
    negatable: true,
    pattern: compile(
      [
        String.raw`\b(?:live|lives|living|lived) in (?:constant )?fear\b`,
        String.raw`\bin fear of (?:him|her|my|them)\b`,
        // Hiding only counts when it is from someone, not a parent's five minutes of peace.
        String.raw`\b(?:hid|hide|hiding|hides|locked myself|lock myself|locking myself)(?: \w+){0,4}? (?:from (?:him|her)\b|until (?:he|she) (?:calmed|calms|left|leaves|went|goes|stopped|stops|sobered|sobers)\b)`,
      ].join('|'),
    ),
  },
];
