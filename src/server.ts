/**
 * `npm start`: the Meedi8 server. Builds the logger, starts the services, listens, and on
 * SIGTERM/SIGINT stops accepting, finishes in-flight requests and jobs, then closes the database.
 */
import { buildApp } from './app.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './observability/logger.js';
import { startServices } from './startup.js';

const startedAt = performance.now();
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel, { pretty: config.logPretty });

try {
  const running = await startServices(config, logger, { runWorker: config.role !== 'web' });
  const app = await buildApp(running.services, running.feed);
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { role: config.role, startupMs: Math.round(performance.now() - startedAt) },
    `Meedi8 is ready at ${config.publicUrl}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 30s; exiting');
      process.exit(1);
    }, 30_000).unref();
    try {
      await app.close();
      await running.stop();
      clearTimeout(force);
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (err) {
  logger.fatal({ err }, 'Meedi8 could not start');
  process.exit(1);
}
