/**
 * Regex fragments shared by the screening rules, so every rule names people the same way.
 * All fragments expect normalised text: lower-case, `'` apostrophes, single spaces.
 */

/** Partners, relatives and housemates that Meedi8 participants talk about. */
export const RELATION = String.raw`(?:partner|ex|ex-?(?:husband|wife|partner|boyfriend|girlfriend)|husband|hubby|wife|boyfriend|girlfriend|bf|gf|spouse|fianc[eé]e?|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother|son|daughter|brother|sister|flatmate|housemate|roommate|landlord|co-?parent)(?![\w'-])`;

// "her" is often possessive ("her boss", "her exams"): count it as a person only when no noun follows.
const HER_AS_PERSON = String.raw`her(?=$|[.,!?;:)]| (?:when|whenever|because|and|so|now|anymore|too|at|sometimes|if|since|all|every|ever|really|honestly|in|after|but|or|lately|to|tbh|though|still|already|as|like|more|even|most)\b)`;

/** Someone the speaker could be afraid of: "him", "her", "my husband", "their dad". */
export const PERSON = String.raw`(?:(?:my|her|his|their|our) ${RELATION}|him(?![\w'-])|${HER_AS_PERSON})`;

/** Who does something to the speaker; "you" covers a participant addressing the other directly. */
export const AGENT = `(?:he|she|they|you|u|my ${RELATION})`;

/** The speaker or the children as the target of an act. */
export const VICTIM = String.raw`(?:me|the (?:kids|children|baby)|our (?:kids?|children|son|daughter|baby|boys?|girls?)|my (?:son|daughter|kids?|children|baby|boys?|girls?))(?![\w'-])`;

/** The children, as named in custody threats. */
export const CHILDREN = String.raw`(?:the|my|our) (?:kids?|children|child|baby|son|daughter|boys|girls)(?![\w'-])`;

/** Excludes acts the speaker does themselves ("I check my phone too much"). */
export const NOT_BY_SPEAKER = String.raw`(?<!\b(?:i|we)(?:'\w+)?(?: \w+){0,2} )`;

/** Compiles a rule pattern; `u` makes malformed escapes a load-time error instead of a silent miss. */
export function compile(source: string): RegExp {
  return new RegExp(source, 'u');
}
