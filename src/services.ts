/** The long-lived parts every route, domain action and job handler works with. */
import type { Logger } from 'pino';
import type { WhatsAppChannel } from './channels/whatsapp/whatsapp-channel.js';
import type { Config } from './config.js';
import type { Mediator } from './mediator/mediator.js';
import type { Metrics } from './observability/metrics.js';
import type { SafetyScreen } from './safety/safety-screen.js';
import type { SafetyResourceDirectory } from './safety/screen-types.js';
import type { Db } from './storage/database.js';
import type { Transcriber } from './transcription/transcriber.js';

export interface Services {
  config: Config;
  db: Db;
  logger: Logger;
  mediator: Mediator;
  metrics: Metrics;
  safetyResources: SafetyResourceDirectory;
  /** Screens a person's words for risk (offline, plus a second opinion when configured). */
  safetyScreen: SafetyScreen;
  /** Voice notes to text; null when no provider is configured. */
  transcriber: Transcriber | null;
  whatsapp: WhatsAppChannel;
}
