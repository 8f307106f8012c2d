/** The "Continue" reply button on notices: its id names the room it is about (see converse.ts). */
export const CONTINUE_PREFIX = 'continue:';
