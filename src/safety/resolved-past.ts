/**
 * Whether a message tells of something in the past that has since ended: "he pushed me once ten
 * years ago, we got help and it never happened again", "i used to self harm but i've been well for
 * years", "my first husband hit me, that was twenty years ago, he's long gone and i'm safe now".
 * Such a message is not a disclosure of current risk, so the risk indicators stay quiet and the
 * classifier (which reads this context as a feature) decides. Anything that says it is happening
 * again or still happening, or happened lately, keeps the message the writer's current story.
 */

const FUTURE = new Set([
  'will',
  'would',
  'gonna',
  'going',
  'shall',
  'wont',
  "won't",
  'ill',
  "i'll",
]);

// A clause saying the thing ended: "never happened again", "that stopped", "been fine since".
function saysItEnded(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const next = words[at + 1] ?? '';
    const after = words.slice(at + 1, at + 4);
    // "it never happened again" ended; "you'll never see them again" is a threat about the future.
    const future = words.slice(Math.max(0, at - 2), at).some((w) => FUTURE.has(w));
    if (word === 'never' && after.includes('again')) return !future;
    if ((word === 'that' || word === 'it') && (next === 'stopped' || next === 'ended')) return true;
    if (word === 'been' && ['fine', 'well', 'ok', 'okay', 'good', 'safe'].includes(next))
      return true;
    if ((word === 'long' || word === 'all') && next === 'over') return true;
    return word === 'over' && next === 'now';
  });
}

const YEARS = /^(19|20)\d\d$/u;
const LONG_AGO_UNITS = new Set(['years', 'decades', 'ages']);
const YOUNG = new Set([
  'kid',
  'child',
  'teenager',
  'teen',
  'little',
  'young',
  'younger',
  'student',
]);
const LIFE_STAGES = new Set(['uni', 'university', 'college', 'school', 'teens', 'twenties']);

// A time well before now: "ten years ago", "years back", "back in 2012", "as a teenager", "when i
// was a kid", "in my twenties", "growing up", "my first husband".
function saysLongAgo(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const next = words[at + 1] ?? '';
    const after = words.slice(at + 1, at + 4);
    if (LONG_AGO_UNITS.has(word) && (next === 'ago' || next === 'back' || next === 'before'))
      return true;
    if (word === 'long' && next === 'ago') return true;
    if ((word === 'back' || word === 'in' || word === 'since') && YEARS.test(next)) return true;
    if (word === 'back' && (next === 'in' || next === 'at' || next === 'when')) return true;
    if (['as', 'was', 'were'].includes(word) && after.some((w) => YOUNG.has(w))) return true;
    if (word === 'there' && next === 'was' && after[1] === 'a' && after[2] === 'time') return true;
    if (word === 'my' && LIFE_STAGES.has(next)) return true;
    if (word === 'at' && LIFE_STAGES.has(next)) return true;
    if (word === 'growing' && next === 'up') return true;
    return word === 'first' && ['husband', 'wife', 'marriage', 'partner'].includes(next);
  });
}

const SAFE_NOW = new Set([
  'fine',
  'safe',
  'well',
  'ok',
  'okay',
  'happy',
  'good',
  'great',
  'better',
  'peace',
  'place',
  'gone',
  'passed',
  'dead',
  'over',
]);

// The writer is safe now, or the person is out of their life: "i'm safe and happy now", "he's long
// gone", "we got help", "no contact since", "he passed away", "we sorted it out".
function saysSafeNow(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const next = words[at + 1] ?? '';
    const before = words.slice(Math.max(0, at - 4), at);
    if (word === 'now' && before.some((w) => SAFE_NOW.has(w))) return true;
    if (word === 'long' && next === 'gone') return true;
    if (word === 'got' && next === 'help') return true;
    if (word === 'no' && next === 'contact') return true;
    if ((word === 'passed' && next === 'away') || (word === 'made' && next === 'peace'))
      return true;
    if (word === 'sorted' && ['it', 'that', 'out'].includes(next)) return true;
    if (word === 'moved' && next === 'on') return true;
    if (word === 'doing' && ['great', 'well', 'fine', 'ok', 'okay', 'good'].includes(next))
      return true;
    if (word === 'nothing' && next === 'like' && words[at + 2] === 'that') return true;
    return word === 'heard' && words.slice(at + 1, at + 6).includes('since');
  });
}

const RECENT = new Set(['yesterday', 'today', 'tonight', 'lately']);

// Words that bring it back into the present: "again" without "never", "still", "last night".
function saysItContinues(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const before = words.slice(Math.max(0, at - 3), at);
    if (word === 'again') return !before.includes('never');
    if (word === 'still' || word === 'started' || word === 'recently') return true;
    if (RECENT.has(word)) return true;
    return (
      (word === 'last' || word === 'this') &&
      ['night', 'week', 'month', 'weekend', 'morning', 'year'].includes(words[at + 1] ?? '')
    );
  });
}

/** True when the message says what happened has ended and nothing says it goes on. */
export function isResolvedPast(sentences: readonly (readonly string[])[]): boolean {
  const ended =
    sentences.some(saysItEnded) || (sentences.some(saysLongAgo) && sentences.some(saysSafeNow));
  return ended && !sentences.some(saysItContinues);
}
