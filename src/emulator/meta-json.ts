/** JSON written byte for byte the way Meta's webhook bodies are. */

/**
 * Serialises like Meta's servers: compact, `/` escaped as `\/`, and every non-ASCII UTF-16 code
 * unit as lowercase `\uXXXX` (so emoji become surrogate pairs). Receivers that re-serialise the
 * parsed body instead of hashing the raw bytes get a different string; the emulator must
 * produce exactly these bytes for that mistake to show up in tests.
 */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
