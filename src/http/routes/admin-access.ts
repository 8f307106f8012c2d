/** Who may use the operator console: signed-in accounts with `users.is_admin`. */
import type { FastifyRequest } from 'fastify';
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import { actorOf } from '../plugins/authentication.js';

/** Throws 401 without a session and 403 `admin_only` for anyone but an administrator. */
export async function assertAdmin(db: Db, request: FastifyRequest): Promise<void> {
  const actor = actorOf(request);
  const user = await db
    .selectFrom('users')
    .select('is_admin')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!user?.is_admin || actor.roomScope !== null) throw errors.adminOnly();
}
