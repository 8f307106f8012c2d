/** A person taking part in a room, as the room and its resolution show them. */
import { Type } from '@sinclair/typebox';
import { DateTime } from './common.js';

export const Participant = Type.Object({
  user_id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  is_guest: Type.Boolean(),
  joined_at: DateTime,
});
