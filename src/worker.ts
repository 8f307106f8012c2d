/**
 * `npm run worker`: a process that only runs jobs (no HTTP). Run as many as needed against one
 * database; jobs are shared out between them and between servers started with ROLE=all.
 */
import { loadConfigOrExit } from './config.js';
import { createLogger } from './observability/logger.js';
import { startServices } from './startup.js';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel, { pretty: config.logPretty });
if (!config.databaseUrl) {
  logger.warn('DATABASE_URL is unset: this worker starts its own embedded PostgreSQL in DATA_DIR');
}

try {
  const running = await startServices(config, logger, { runWorker: true });
  logger.info('Meedi8 worker is running');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down: finishing running jobs');
    await running.stop();
    logger.info('worker stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (err) {
  logger.fatal({ err }, 'Meedi8 worker could not start');
  process.exit(1);
}
