/** A message kept until its writer's turn, as the API shows it to its writer. */
import type { Static } from '@sinclair/typebox';
import type { HeldMessage } from '../../http/schemas/messages.js';

/** The API's `HeldMessage`, and whether it was written on a break (which the API leaves out). */
export type HeldMessageView = Static<typeof HeldMessage> & { written_on_break?: boolean };

/** Shapes a held message row for the API. */
export function toHeldMessageView(row: {
  id: string;
  body: string;
  created_at: Date;
  written_on_break?: boolean;
}): HeldMessageView {
  return {
    id: row.id,
    text: row.body,
    created_at: row.created_at.toISOString(),
    ...(row.written_on_break ? { written_on_break: true } : {}),
  };
}
