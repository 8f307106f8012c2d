/** `npm run admin -- grant|revoke|list`: who may use the operator console. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_USAGE, runAdminCli } from '../../src/cli/run-admin-cli.js';
import { registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
});
afterAll(() => t.close());

async function run(...argv: string[]) {
  let output = '';
  const code = await runAdminCli(argv, { db: t.services.db, write: (text) => (output += text) });
  return { code, output };
}

const isAdmin = async (id: string) =>
  (
    await t.services.db
      .selectFrom('users')
      .select('is_admin')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).is_admin;

describe('runAdminCli', () => {
  it('grants and revokes by email (any capitalisation), and lists administrators', async () => {
    const ada = await registerPerson(t.app, 'Ada');
    const email = ada.user.email!;
    expect(await run('grant', email.toUpperCase())).toEqual({
      code: 0,
      output: `✓ ${email} is now an administrator.\n`,
    });
    expect(await isAdmin(ada.user.id)).toBe(true);
    const consoleCall = await t.app.inject({
      method: 'GET',
      url: '/api/admin/jobs/failed',
      headers: ada.auth,
    });
    expect(consoleCall.statusCode).toBe(200);
    expect((await run('list')).output).toContain(email);

    expect((await run('revoke', email)).code).toBe(0);
    expect(await isAdmin(ada.user.id)).toBe(false);
    expect((await run('list')).output).not.toContain(email);
  });

  it('says what is wrong: an unknown email, a missing argument, an unknown command', async () => {
    const unknown = await run('grant', 'nobody@example.com');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('No account has the email nobody@example.com');
    expect(await run('grant')).toEqual({ code: 2, output: ADMIN_USAGE });
    expect(await run('promote', 'a@example.com')).toEqual({ code: 2, output: ADMIN_USAGE });
    expect(await run()).toEqual({ code: 2, output: ADMIN_USAGE });
  });

  it('runs as `npm run admin` against the configured database', async () => {
    const bea = await registerPerson(t.app, 'Bea');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/admin-cli.ts', 'grant', bea.user.email!],
      { env: { ...process.env, ...t.env }, timeout: 30_000 },
    );
    expect(stdout).toContain('is now an administrator');
    expect(await isAdmin(bea.user.id)).toBe(true);
  });
});
