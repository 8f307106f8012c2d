/**
 * Whose story a message tells: "my sister says her husband reads her messages" is about someone
 * else, "my sister says he reads my messages" is not. A message is someone else's story when it
 * opens on another person (a friend, relative, neighbour, colleague; not the writer's partner or
 * child) and the writer never appears as the one things are done to: no "me", "myself" or "us"
 * other than as the one being told ("she told me", "he asked us").
 */

// People a message may be about who are neither the writer's partner nor the writer's child.
const THIRD_PARTIES = new Set(
  'friend friends mate mates bestie colleague coworker neighbour neighbor cousin sister brother aunt auntie aunty uncle gran granny grandma nan nana grandad grandpa grandfather grandmother mum mom mother dad father niece nephew lodger housemate flatmate roommate lady woman man guy girl lad bloke dads mums'.split(
    ' ',
  ),
);
// Words that may come before the person: "my", "a", "one of the", "the lady downstairs".
const LEAD_INS = new Set(['my', 'a', 'an', 'the', 'our', 'one', 'of', 'best', 'old', 'close']);
// How far into the message the person must appear to be what it is about.
const LEAD_WINDOW = 4;
const WRITER_AS_OBJECT = new Set(['me', 'myself', 'us', 'ourselves']);
// "me" after these is the one being told, not the one harmed.
const TELLING = new Set([
  'tell',
  'told',
  'tells',
  'telling',
  'ask',
  'asked',
  'asks',
  'text',
  'texted',
  'messaged',
  'confided',
  'confide',
  'to',
  'with',
  'rang',
  'called',
  'showed',
]);

/** True when the message opens on someone else and never has the writer on the receiving end. */
export function isSomeoneElsesStory(sentences: readonly (readonly string[])[]): boolean {
  const first = sentences[0] ?? [];
  let opensOnOther = false;
  for (let at = 0; at < Math.min(first.length, LEAD_WINDOW); at += 1) {
    const word = first[at]!;
    // "my brother in law" is the partner's family, part of the writer's own story.
    const inLaw = first[at + 1] === 'in' && first[at + 2] === 'law';
    // "mate ive had enough": a word said to the reader, then the writer speaks of themselves.
    const addressed = at === 0 && first[at + 1] === 'i';
    if (
      THIRD_PARTIES.has(word) &&
      !inLaw &&
      !addressed &&
      (at === 0 || LEAD_INS.has(first[at - 1]!))
    ) {
      opensOnOther = true;
      break;
    }
    if (!LEAD_INS.has(word)) break;
  }
  if (!opensOnOther) return false;
  return sentences.every((words) =>
    words.every((word, at) => !WRITER_AS_OBJECT.has(word) || TELLING.has(words[at - 1] ?? '')),
  );
}
