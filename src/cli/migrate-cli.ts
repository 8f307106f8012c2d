/**
 * Entry point of the release step (`npm run migrate:production`, or `npm run migrate`): applies
 * the schema and job-queue migrations, then exits. Every process also migrates at start; running
 * this first means a deploy fails before new servers take traffic, not while they do.
 */
import { loadConfigOrExit } from '../config.js';
import { migrateJobQueue } from '../jobs/worker.js';
import { createLogger } from '../observability/logger.js';
import { openCliDatabase } from './open-cli-database.js';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const database = await openCliDatabase(config, logger);
try {
  await migrateJobQueue(database.url, logger);
  logger.info('migrations applied');
} finally {
  await database.close();
}
