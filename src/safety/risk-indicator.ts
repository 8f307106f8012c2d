/**
 * A risk indicator: one behaviour that recognised screening practice asks about (what was done,
 * with what, what was said would happen, what the person now does to avoid it), written as
 * patterns over stems and word classes with guards for the common non-disclosures.
 */
import type { SafetyCategory } from './screen-types.js';

/** One indicator. */
export interface RiskIndicator {
  category: SafetyCategory;
  /** Recorded on the flag; names the kind of indicator, never the person's words. */
  reason: string;
  /** Patterns in the language of `indicator-pattern.ts`; any one matching is enough. */
  patterns: readonly string[];
  /** Words that, within three words after a match, show an idiom ("kicked me out", "hit me up"). */
  notAfter?: readonly string[];
  /** Words that, right after a match, show an idiom ("beat me to it", "grabbed me a coffee"). */
  notNext?: readonly string[];
  /** Words that, right before a match, show an idiom ("financial suicide"). */
  notBefore?: readonly string[];
  /**
   * Words that, anywhere earlier in the sentence, show a figure of speech ("mi jefe me va a
   * matar", "this traffic will kill me"); read by the other languages' indicators only.
   */
  notEarlier?: readonly string[];
  /** True when a joking tone ("lol") does not cancel it: self-harm is often said lightly. */
  evenInJest?: boolean;
}
