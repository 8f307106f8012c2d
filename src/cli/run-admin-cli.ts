/**
 * `npm run admin -- <command>`: grant or revoke operator-console access, kept apart from the
 * process (argv, database, exit) so tests run it against their own database.
 */
import type { Db } from '../storage/database.js';

export const ADMIN_USAGE = `Usage: npm run admin -- <command>

Commands:
  grant <email>    let this account use the operator console (/api/admin/...)
  revoke <email>   take that access away again
  list             show who has it
`;

/** Runs one command; returns the exit code (0 done, 1 failed, 2 usage). */
export async function runAdminCli(
  argv: string[],
  context: { db: Db; write: (text: string) => void },
): Promise<number> {
  const { db, write } = context;
  const [command, email, ...rest] = argv;
  if (command === 'list' && email === undefined) {
    const admins = await db
      .selectFrom('users')
      .select(['email', 'name'])
      .where('is_admin', '=', true)
      .orderBy('email')
      .execute();
    write(
      admins.length === 0
        ? 'No administrators yet: npm run admin -- grant <email>\n'
        : admins.map((a) => `${a.email ?? '(no email)'}  ${a.name}\n`).join(''),
    );
    return 0;
  }
  if ((command !== 'grant' && command !== 'revoke') || !email || rest.length > 0) {
    write(ADMIN_USAGE);
    return command === 'help' || command === '--help' ? 0 : 2;
  }
  const grant = command === 'grant';
  const updated = await db
    .updateTable('users')
    .set({ is_admin: grant, updated_at: new Date() })
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .returning(['email'])
    .executeTakeFirst();
  if (!updated) {
    write(
      `✗ No account has the email ${email}. It must be registered first (guests cannot be administrators).\n`,
    );
    return 1;
  }
  write(
    grant
      ? `✓ ${updated.email} is now an administrator.\n`
      : `✓ ${updated.email} is no longer an administrator.\n`,
  );
  return 0;
}
