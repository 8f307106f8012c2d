/**
 * The words that work as chat commands in one language: data only, one table per language
 * (en.ts, es.ts …). Every table works for everyone, whatever their language, so English
 * commands (and Meta's STOP) work everywhere. Words are written as people type them; matching
 * folds case and Latin accents, so "sí" and "si", "arrêt" and "arret" are one word.
 */
export interface CommandWordTable {
  /** Single words that are a command alone, or as `WORD`, `/word`, `Word: argument`. */
  keywords: {
    help: readonly string[];
    status: readonly string[];
    break: readonly string[];
    resume: readonly string[];
    agree: readonly string[];
    yes: readonly string[];
    no: readonly string[];
    leave: readonly string[];
    switch: readonly string[];
    invite: readonly string[];
    /** A one-time link that opens the mediation in a browser. */
    link: readonly string[];
    /** Start another mediation. */
    new: readonly string[];
  };
  /** Whole-message phrases, by the command they mean. */
  phrases: {
    help: readonly string[];
    status: readonly string[];
    break: readonly string[];
    resume: readonly string[];
    yes: readonly string[];
    no: readonly string[];
    leave: readonly string[];
    /** Asking for the agreement to be written up ("escreve o acordo"). */
    write_up: readonly string[];
    switch: readonly string[];
  };
  /** What may follow a yes-word in a short confirmation ("yes, thanks"). */
  yesTails: readonly string[];
  /** Words that can follow a keyword without making it a sentence ("STATUS please"). */
  politeTails: readonly string[];
  /** The whole message stops (or restarts) every WhatsApp message from Meedi8. */
  optOut: { stop: readonly string[]; start: readonly string[] };
  /**
   * Whole messages that answer a private screening question (yes, no, not sure, skip), matched
   * after folding case, accents and punctuation.
   */
  screeningAnswers: {
    yes: readonly string[];
    no: readonly string[];
    unsure: readonly string[];
    skip: readonly string[];
  };
  /** Single words that answer a yes/no button on their own. */
  typedYes: readonly string[];
  typedNo: readonly string[];
}
