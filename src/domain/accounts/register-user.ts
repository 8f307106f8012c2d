import { sql } from 'kysely';
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { UserRow } from '../../storage/schema.js';
import { hashPassword } from './passwords.js';
import { issueToken } from './tokens.js';

export interface Registration {
  email: string;
  password: string;
  name: string;
  locale?: string;
}

/** Creates an account and its first token; a taken email (any case) is a 409. */
export async function registerUser(
  db: Db,
  input: Registration,
): Promise<{ user: UserRow; token: string }> {
  const passwordHash = await hashPassword(input.password);
  const user = await db
    .insertInto('users')
    .values({
      email: input.email.trim(),
      name: input.name.trim(),
      password_hash: passwordHash,
      // The browser's language, sent by the web client; the person can choose another later.
      locale: input.locale ?? 'en',
      locale_source: input.locale ? 'browser' : null,
    })
    .onConflict((oc) => oc.expression(sql`lower(email)`).where('email', 'is not', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!user) throw errors.emailTaken();
  const token = await issueToken(db, user.id);
  return { user, token };
}
