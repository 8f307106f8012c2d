/**
 * Request and response shapes of the HTTP API (API.md), as JSON Schema with TypeScript types, one
 * file per API area in `schemas/`. Routes validate with them and serialize through them; the
 * domain's views return their `Static` types and the web client imports them, so these files
 * import nothing but TypeBox and plain constants.
 */
export * from './schemas/accounts.js';
export * from './schemas/admin.js';
export * from './schemas/agreements.js';
export * from './schemas/common.js';
export * from './schemas/invites.js';
export * from './schemas/messages.js';
export * from './schemas/participants.js';
export * from './schemas/rooms.js';
export * from './schemas/screening.js';
