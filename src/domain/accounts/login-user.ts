import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { UserRow } from '../../storage/schema.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { issueToken } from './tokens.js';

/** Checks email and password and issues a token; the same 401 for any mismatch. */
export async function loginUser(
  db: Db,
  email: string,
  password: string,
): Promise<{ user: UserRow; token: string }> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .where('is_guest', '=', false)
    .executeTakeFirst();
  const ok = user?.password_hash
    ? await verifyPassword(password, user.password_hash)
    : await verifyAgainstDummy(password);
  if (!user || !ok) throw errors.invalidCredentials();
  const token = await issueToken(db, user.id);
  return { user, token };
}
