/**
 * Size limits the API enforces, in a module with no imports so the schemas (and the web client
 * that shares them) can read them without loading server code.
 */

/** Shortest and longest password accepted at registration. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Longest message a participant can write in one turn. */
export const MESSAGE_MAX_LENGTH = 4000;

/** Longest agreement text. */
export const AGREEMENT_MAX_LENGTH = 20_000;

/** Longest note asking for changes to a draft agreement. */
export const CHANGE_REQUEST_MAX_LENGTH = 1000;

/** The operator console's statistics: the default and the longest range, in days. */
export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;
