/**
 * Shapes every API area uses: the error body, null-or-value, timestamps, a person's name, and
 * the `{ success }` answer. Like every file here it imports nothing but TypeBox and plain
 * constants, so the web client can import its types.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { ErrorCode } from '../../error-codes.js';

/** The schema, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** A timestamp as ISO 8601 text. */
export const DateTime = Type.String({ format: 'date-time' });
/** A language as a BCP 47 tag ("pt-BR", "es", "en-GB"); Meedi8 uses the closest it ships. */
export const LocaleTag = Type.String({
  pattern: '^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$',
  maxLength: 35,
});
/** A person's name as they give it. */
export const Name = Type.String({ minLength: 1, maxLength: 80 });

export const ErrorResponse = Type.Object({
  error: Type.Object({
    /** One of the catalogue's codes (src/errors.ts). */
    code: Type.Unsafe<ErrorCode>(Type.String()),
    message: Type.String(),
  }),
});
export type ErrorBody = Static<typeof ErrorResponse>;

/** Error responses every route may give, for the route schemas. */
export const errorResponses = {
  '4xx': ErrorResponse,
  '5xx': ErrorResponse,
};

export const Success = Type.Object({ success: Type.Boolean() });
