/**
 * The WhatsApp channel as the rest of Meedi8 holds it: the effective settings and the Graph
 * client. Without an access token Meedi8 runs in sandbox mode: it talks to the built-in
 * emulator (mounted at /sandbox) with credentials made up at start.
 */
import { randomBytes } from 'node:crypto';
import type { Config, WhatsAppConfig } from '../../config.js';
import { createGraphClient, type GraphClient } from './graph/graph-client.js';

export interface WhatsAppSettings extends Omit<WhatsAppConfig, 'accessToken'> {
  accessToken: string;
}

export interface WhatsAppChannel {
  settings: WhatsAppSettings;
  client: GraphClient;
}

/** Path where sandbox mode mounts the emulator on Meedi8's own server. */
export const SANDBOX_PREFIX = '/sandbox';

/** The settings in force: the configured account, or sandbox credentials pointing at the emulator. */
export function resolveWhatsAppSettings(config: Config): WhatsAppSettings {
  const wa = config.whatsapp;
  if (!wa.sandbox && wa.accessToken) return { ...wa, accessToken: wa.accessToken };
  return {
    ...wa,
    accessToken: `sandbox-${randomBytes(16).toString('hex')}`,
    appSecret: wa.appSecret ?? randomBytes(16).toString('hex'),
    verifyToken: wa.verifyToken ?? randomBytes(8).toString('hex'),
    graphUrl: `http://127.0.0.1:${config.port}${SANDBOX_PREFIX}/graph`,
  };
}

/** Creates the channel for the given settings. */
export function createWhatsAppChannel(settings: WhatsAppSettings): WhatsAppChannel {
  return {
    settings,
    client: createGraphClient({
      graphUrl: settings.graphUrl,
      apiVersion: settings.apiVersion,
      accessToken: settings.accessToken,
      appSecret: settings.appSecret,
      phoneNumberId: settings.phoneNumberId,
      businessAccountId: settings.businessAccountId,
      timeoutMs: settings.sendTimeoutMs,
    }),
  };
}
