/**
 * Just enough English verb handling to restate what someone offered with their name as the
 * subject ("you pick up Mia" -> "Sam picks up Mia") and to read "what if we swapped" as a plan.
 */

const THIRD_PERSON_IRREGULAR: Record<string, string> = {
  am: 'is',
  are: 'is',
  were: 'was',
  have: 'has',
  do: 'does',
  go: 'goes',
  be: 'is',
  "don't": "doesn't",
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
};

/** Words after a subject that already agree with any subject: modals and past forms. */
const UNCHANGED_AFTER_SUBJECT = new Set(
  (
    "will would can could should might may must shall won't wouldn't can't couldn't shouldn't " +
    "didn't did had hadn't was took made went got gave said came left kept paid spent brought " +
    'bought told thought knew saw forgot sent put let set felt met ran sat ate drove wrote cannot'
  ).split(' '),
);

/** Adverbs that sit between a subject and its verb ("you always leave"). */
export const MID_ADVERBS = new Set(
  (
    'always never also just still usually often really actually sometimes then only even ' +
    'already rarely normally both all'
  ).split(' '),
);

/** Conjugates a verb for a singular named subject ("pick" -> "picks", "try" -> "tries"). */
export function thirdPersonSingular(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = THIRD_PERSON_IRREGULAR[lower];
  if (irregular) return irregular;
  if (UNCHANGED_AFTER_SUBJECT.has(lower) || lower.endsWith('ed') || lower.endsWith("'t")) {
    return verb;
  }
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  return `${verb}s`;
}

/** Irregular and awkward past forms, as "past:base" pairs. */
const PAST_IRREGULAR = new Map(
  (
    'took:take did:do made:make went:go got:get had:have gave:give paid:pay kept:keep ' +
    'spent:spend sat:sit met:meet left:leave came:come brought:bring bought:buy drove:drive ' +
    'ate:eat swapped:swap stopped:stop planned:plan shared:share traded:trade used:use ' +
    'moved:move agreed:agree split:split set:set put:put let:let sent:send told:tell ' +
    'wrote:write rang:ring phoned:phone texted:text'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Turns a hypothetical past verb back into a plan ("what if we swapped" -> "swap"). */
export function pastToBase(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = PAST_IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (!lower.endsWith('ed') || lower.length < 5) return verb;
  if (lower.endsWith('ied')) return `${verb.slice(0, -3)}y`;
  if (/([bdgmnprt])\1ed$/.test(lower)) return verb.slice(0, -3);
  if (/(at|ut|iz|is|ar|or|ur|v|g|c|ad|id|od)ed$/.test(lower)) return verb.slice(0, -1);
  return verb.slice(0, -2);
}
