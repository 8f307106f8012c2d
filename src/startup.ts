/**
 * Starting Meedi8's services in order: database (embedded or DATABASE_URL), migrations, the
 * mediator, metrics, and the job worker when this process runs one. Stopping reverses it.
 */

import type { Logger } from 'pino';
import { answerInboundMessagesWith } from './channels/whatsapp/inbound/inbound-subscribers.js';
import {
  createWhatsAppChannel,
  resolveWhatsAppSettings,
} from './channels/whatsapp/whatsapp-channel.js';
import { scheduleConversation } from './chat/converse-job.js';
import { scheduleRelayForRoom } from './chat/relay.js';
import type { Config } from './config.js';
import { subscribeToRoomEvents } from './domain/mediation/room-event-subscribers.js';
import {
  countPermanentlyFailedJobs,
  type JobWorker,
  migrateJobQueue,
  startJobWorker,
} from './jobs/worker.js';
import { createMediator } from './mediator/create-mediator.js';
import { createMetrics } from './observability/metrics.js';
import { createSafetyScreen } from './safety/create-safety-screen.js';
import { loadSafetyResources } from './safety/resources.js';
import type { Services } from './services.js';
import { openDatabase } from './storage/database.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './storage/embedded-postgres.js';
import { REACHABLE_ROOT } from './storage/embedded-postgres-placement.js';
import { migrateToLatest } from './storage/migrate.js';
import { RoomEventFeed } from './storage/room-event-feed.js';
import { createTranscriber } from './transcription/transcriber.js';

export interface Running {
  services: Services;
  feed: RoomEventFeed;
  databaseUrl: string;
  /** Stops the worker (letting running jobs finish), the event feed and the database. */
  stop(): Promise<void>;
}

/** Starts everything but the HTTP listener; `runWorker` decides whether jobs run here. */
export async function startServices(
  config: Config,
  logger: Logger,
  options: { runWorker: boolean },
): Promise<Running> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      onLog: (line) => logger.debug({ component: 'postgres' }, line),
      onMoved: ({ moved, databaseDir }) =>
        logger.warn(
          { moved, databaseDir },
          `running as root: PostgreSQL runs as the postgres user, which cannot enter this folder, so its programs and data are kept under ${REACHABLE_ROOT}`,
        ),
    });
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
  }

  const database = openDatabase({
    url: databaseUrl,
    poolMax: config.databasePoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    logger,
  });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
    await migrateJobQueue(databaseUrl, logger);

    const mediator = createMediator(config);
    logger.info({ provider: mediator.name }, 'mediator ready');
    const services: Services = {
      config,
      db: database.db,
      logger,
      mediator,
      metrics: createMetrics(() => countPermanentlyFailedJobs(database.pool)),
      safetyResources: loadSafetyResources(config.safetyResourcesFile ?? undefined),
      safetyScreen: createSafetyScreen(config, logger),
      transcriber: config.transcriptionUrl
        ? createTranscriber({
            baseUrl: config.transcriptionUrl,
            apiKey: config.transcriptionApiKey,
            model: config.transcriptionModel,
            timeoutMs: config.mediatorTimeoutMs,
          })
        : null,
      whatsapp: createWhatsAppChannel(resolveWhatsAppSettings(config)),
    };
    // People following a room in WhatsApp get its events relayed into their chat.
    subscribeToRoomEvents(scheduleRelayForRoom);
    // What people write in WhatsApp is answered by the chat.
    answerInboundMessagesWith(scheduleConversation);
    const worker: JobWorker | null = options.runWorker
      ? await startJobWorker(databaseUrl, services)
      : null;
    const feed = new RoomEventFeed(databaseUrl, logger);

    return {
      services,
      feed,
      databaseUrl,
      async stop() {
        await worker?.stop();
        await feed.close();
        await database.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await database.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw err;
  }
}
