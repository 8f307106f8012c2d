/**
 * The offline facilitator must vary its wording without randomness, so that the same
 * conversation always gets the same reply. Choices are keyed by a hash of the conversation.
 */

/** FNV-1a hash of a string: stable across runs and platforms, good enough to spread choices. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Picks one option deterministically from a seed; `salt` lets two choices from one seed differ. */
export function pick<T>(options: readonly T[], seed: number, salt = 0): T {
  if (options.length === 0) throw new Error('pick() needs at least one option');
  const index = stableHash(`${seed}:${salt}`) % options.length;
  return options[index] as T;
}

/** Returns the options rotated to start at the seeded index, for "try the next one" fallbacks. */
export function rotate<T>(options: readonly T[], seed: number, salt = 0): T[] {
  if (options.length === 0) return [];
  const start = stableHash(`${seed}:${salt}`) % options.length;
  return [...options.slice(start), ...options.slice(0, start)];
}
