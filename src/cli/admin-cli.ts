/** Entry point of `npm run admin -- grant|revoke <email>`: who may use the operator console. */
import { loadConfigOrExit } from '../config.js';
import { createLogger } from '../observability/logger.js';
import { openCliDatabase } from './open-cli-database.js';
import { runAdminCli } from './run-admin-cli.js';

const config = loadConfigOrExit();
const database = await openCliDatabase(config, createLogger('warn'));
try {
  process.exitCode = await runAdminCli(process.argv.slice(2), {
    db: database.db,
    write: (text) => process.stdout.write(text),
  });
} finally {
  await database.close();
}
