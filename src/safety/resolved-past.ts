/**
 * Whether a message tells of something in the past that has since ended: "he pushed me once ten
 * years ago, we got help and it never happened again", "i used to self harm but i've been well for
 * years". Such a message is not a disclosure of current risk, so the risk indicators stay quiet and
 * the classifier (which reads this context as a feature) decides. Anything that says it is
 * happening again or still happening keeps the message the writer's current story.
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

// Words that bring it back into the present: "again" without "never", "still", "last night".
function saysItContinues(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const before = words.slice(Math.max(0, at - 3), at);
    if (word === 'again') return !before.includes('never');
    if (word === 'still' || word === 'started' || word === 'recently') return true;
    return (
      (word === 'last' || word === 'this') &&
      ['night', 'week', 'month', 'weekend'].includes(words[at + 1] ?? '')
    );
  });
}

/** True when the message says what happened has ended and nothing says it goes on. */
export function isResolvedPast(sentences: readonly (readonly string[])[]): boolean {
  return sentences.some(saysItEnded) && !sentences.some(saysItContinues);
}
