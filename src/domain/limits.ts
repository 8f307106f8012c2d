/** Sizes people can write, shared by the server's schemas and the web client's forms. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const MESSAGE_MAX_LENGTH = 4000;
export const AGREEMENT_MAX_LENGTH = 20_000;
export const CHANGE_REQUEST_MAX_LENGTH = 1000;
