/**
 * Configuration, read once from the environment and validated at start.
 * Nothing else in Meedi8 reads `process.env`. Each variable has one line of doc; the README's
 * configuration table mirrors this list.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { checkModeRequirements, type Mode } from './config-mode.js';
import { parseTrustProxy, type TrustProxy } from './config-trust-proxy.js';

export type { Mode } from './config-mode.js';
export type { TrustProxy } from './config-trust-proxy.js';

export type Role = 'all' | 'web' | 'worker';
export type MediatorChoice = 'auto' | 'claude' | 'offline';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** sandbox (emulator, simulated phones, email outbox) or production (see config-mode.ts). */
  mode: Mode;
  port: number;
  host: string;
  /** Proxies believed about the client's address: off, a hop count, or addresses/CIDR ranges. */
  trustProxy: TrustProxy;
  /** Sandbox mode: let callers other than this machine reach /sandbox (off by default). */
  sandboxAllowRemote: boolean;
  /** Bearer token /metrics asks for; null serves /metrics to this machine only. */
  metricsToken: string | null;
  publicUrl: string;
  role: Role;
  logLevel: LogLevel;
  logPretty: boolean;
  databaseUrl: string | null;
  dataDir: string;
  /** Port of the embedded PostgreSQL; null: 54329 when free, else any free port. */
  embeddedPostgresPort: number | null;
  databasePoolMax: number;
  statementTimeoutMs: number;
  workerConcurrency: number;
  bodyLimitBytes: number;
  authRateLimitPerMinute: number;
  mediatorProvider: MediatorChoice;
  mediatorTimeoutMs: number;
  /** Longest wait for Claude's second opinion on a message before the offline result stands. */
  safetyScreenTimeoutMs: number;
  anthropicApiKey: string | null;
  /** An OpenAI-compatible speech-to-text API for voice notes (`…/audio/transcriptions`). */
  transcriptionUrl: string | null;
  transcriptionApiKey: string | null;
  transcriptionModel: string;
  anthropicModel: string;
  anthropicBaseUrl: string | null;
  safetyResourcesFile: string | null;
  defaultCountry: string;
  whatsapp: WhatsAppConfig;
  /** SMTP server for email; null keeps emails in the local outbox (sandbox mode, /sandbox/outbox). */
  smtpUrl: string | null;
  /** Email switched off on purpose: nothing is sent, invites by email are refused. */
  emailDisabled: boolean;
  /** How long a real-time notice waits so several events become one message. */
  noticeCoalesceMs: number;
  emailFrom: string;
  /** JSON file of WhatsApp rates merged over the built-in table; null uses the built-in rates. */
  whatsappPricingFile: string | null;
  /** Key for signed links (a WhatsApp-only person's agreement); see `linkSigningSecret()`. */
  linkSigningSecret: string;
}

export interface WhatsAppConfig {
  /** No access token: run against the built-in emulator (sandbox mode). */
  sandbox: boolean;
  accessToken: string | null;
  phoneNumberId: string;
  businessAccountId: string;
  verifyToken: string | null;
  appSecret: string | null;
  apiVersion: string;
  graphUrl: string;
  sendTimeoutMs: number;
  throughputPerSecond: number;
  /**
   * The least margin for how late after leaving a send may reach Meta (each process widens it
   * to the spread of its recent round trips). The burst rate is the cap / (1 + the margin).
   */
  throughputMarginMs: number;
  /** Sends (and read receipts) in flight at once per worker process, apart from other jobs. */
  sendConcurrency: number;
  /** The pair rate's average: one message per this many ms to one person (0: no pacing). */
  pairRateIntervalMs: number;
  /** Messages one person may get at once after a quiet spell, before the average applies. */
  pairRateBurst: number;
  dailyConversationLimit: number;
  templateLanguage: string;
}

type Env = Record<string, string | undefined>;

/** A problem with one variable, worded so the operator knows what to change. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws `ConfigError` listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const port = read.int('PORT', 3000, 0, 65535);
  const host = read.string('HOST', '0.0.0.0');
  const publicUrl = read.url('PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, '');
  const anthropicApiKey = read.optional('ANTHROPIC_API_KEY');
  const mediatorProvider = read.oneOf('MEDIATOR_PROVIDER', ['auto', 'claude', 'offline'], 'auto');
  if (mediatorProvider === 'claude' && !anthropicApiKey) {
    problems.push('MEDIATOR_PROVIDER=claude needs ANTHROPIC_API_KEY; set the key or use "auto".');
  }
  const databaseUrl = read.optional('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://.');
  }

  const config: Config = {
    mode: read.oneOf('MEEDI8_MODE', ['sandbox', 'production'], 'sandbox'),
    port,
    host,
    trustProxy: parseTrustProxy(read.optional('TRUST_PROXY'), problems),
    sandboxAllowRemote: read.bool('SANDBOX_ALLOW_REMOTE', false),
    metricsToken: read.optional('METRICS_TOKEN'),
    publicUrl,
    role: read.oneOf('ROLE', ['all', 'web', 'worker'], 'all'),
    logLevel: read.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
    ),
    logPretty: read.bool('LOG_PRETTY', false),
    databaseUrl,
    dataDir: path.resolve(read.string('DATA_DIR', './data')),
    embeddedPostgresPort:
      read.optional('EMBEDDED_POSTGRES_PORT') === null
        ? null
        : read.int('EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    databasePoolMax: read.int('DATABASE_POOL_MAX', 10, 1, 200),
    statementTimeoutMs: read.int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
    workerConcurrency: read.int('WORKER_CONCURRENCY', 4, 1, 100),
    bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    authRateLimitPerMinute: read.int('AUTH_RATE_LIMIT_PER_MINUTE', 10, 1, 100_000),
    mediatorProvider,
    mediatorTimeoutMs: read.int('MEDIATOR_TIMEOUT_MS', 20_000, 100, 300_000),
    safetyScreenTimeoutMs: read.int('SAFETY_SCREEN_TIMEOUT_MS', 8_000, 100, 60_000),
    anthropicApiKey,
    anthropicModel: read.string('ANTHROPIC_MODEL', 'claude-sonnet-4-6'),
    transcriptionUrl: read.optional('TRANSCRIPTION_URL'),
    transcriptionApiKey: read.optional('TRANSCRIPTION_API_KEY'),
    transcriptionModel: read.string('TRANSCRIPTION_MODEL', 'whisper-1'),
    anthropicBaseUrl: read.optional('ANTHROPIC_BASE_URL'),
    safetyResourcesFile: read.optional('SAFETY_RESOURCES_FILE'),
    defaultCountry: read.string('DEFAULT_COUNTRY', 'GB').toUpperCase(),
    whatsapp: readWhatsAppConfig(read),
    smtpUrl: read.optional('SMTP_URL'),
    emailDisabled: read.bool('EMAIL_DISABLED', false),
    noticeCoalesceMs: read.int('NOTICE_COALESCE_MS', 20_000, 0, 3_600_000),
    emailFrom: read.string('EMAIL_FROM', 'Meedi8 <no-reply@meedi8.invalid>'),
    whatsappPricingFile: read.optional('WHATSAPP_PRICING_FILE'),
    linkSigningSecret: '',
  };
  config.linkSigningSecret = linkSigningSecret(
    read.optional('LINK_SIGNING_SECRET'),
    config.whatsapp.appSecret,
    config.dataDir,
    problems,
  );
  // Production names each missing WhatsApp setting itself (config-mode.ts); these cover a
  // sandbox that talks to a stand-alone emulator with a token.
  const standAloneEmulator = config.mode === 'sandbox' && config.whatsapp.accessToken !== null;
  if (standAloneEmulator && !config.whatsapp.appSecret) {
    problems.push(
      'WHATSAPP_APP_SECRET is needed with WHATSAPP_ACCESS_TOKEN to check webhook signatures.',
    );
  }
  if (standAloneEmulator && !read.optional('WHATSAPP_PHONE_NUMBER_ID')) {
    problems.push(
      'WHATSAPP_PHONE_NUMBER_ID is needed with WHATSAPP_ACCESS_TOKEN (Meta App → WhatsApp → API setup).',
    );
  }
  checkModeRequirements(
    {
      mode: config.mode,
      publicUrl: config.publicUrl,
      graphUrl: config.whatsapp.graphUrl,
      smtpUrl: config.smtpUrl,
      emailDisabled: config.emailDisabled,
      isSet: (name) => read.optional(name) !== null,
    },
    problems,
  );
  if (!/^v\d+\.\d+$/.test(config.whatsapp.apiVersion)) {
    problems.push(
      `WHATSAPP_API_VERSION must look like v24.0 (got "${config.whatsapp.apiVersion}").`,
    );
  }
  if (!/^[A-Z]{2}$/.test(config.defaultCountry)) {
    problems.push('DEFAULT_COUNTRY must be a two-letter country code such as GB or US.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * LINK_SIGNING_SECRET signs links that open something without an account. Unset, it is derived
 * (one-way, with its own label) from WHATSAPP_APP_SECRET, which production requires, or in the
 * sandbox from the data directory, so every process of one installation signs alike.
 */
function linkSigningSecret(
  value: string | null,
  appSecret: string | null,
  dataDir: string,
  problems: string[],
): string {
  if (value !== null) {
    if (value.length < 32) problems.push('LINK_SIGNING_SECRET must be at least 32 characters.');
    return value;
  }
  return createHmac('sha256', appSecret ?? `meedi8-sandbox:${dataDir}`)
    .update('meedi8 link signing v1')
    .digest('base64url');
}

// Ids the sandbox uses when no real WhatsApp account is configured.
export const SANDBOX_PHONE_NUMBER_ID = '100000000000001';
export const SANDBOX_BUSINESS_ACCOUNT_ID = '200000000000001';

function readWhatsAppConfig(read: EnvReader): WhatsAppConfig {
  const accessToken = read.optional('WHATSAPP_ACCESS_TOKEN');
  return {
    sandbox: accessToken === null,
    accessToken,
    phoneNumberId: read.string('WHATSAPP_PHONE_NUMBER_ID', SANDBOX_PHONE_NUMBER_ID),
    businessAccountId: read.string('WHATSAPP_BUSINESS_ACCOUNT_ID', SANDBOX_BUSINESS_ACCOUNT_ID),
    verifyToken: read.optional('WHATSAPP_VERIFY_TOKEN'),
    appSecret: read.optional('WHATSAPP_APP_SECRET'),
    apiVersion: read.string('WHATSAPP_API_VERSION', 'v24.0'),
    graphUrl: read.url('WHATSAPP_GRAPH_URL', 'https://graph.facebook.com').replace(/\/+$/, ''),
    sendTimeoutMs: read.int('WHATSAPP_SEND_TIMEOUT_MS', 10_000, 100, 120_000),
    throughputPerSecond: read.int('WHATSAPP_THROUGHPUT_PER_SECOND', 80, 1, 10_000),
    throughputMarginMs: read.int('WHATSAPP_THROUGHPUT_MARGIN_MS', 25, 0, 1_000),
    sendConcurrency: read.int('WHATSAPP_SEND_CONCURRENCY', 4, 1, 200),
    // Meta: one message per 6 s to a person on average; bursts (reported up to 45 in 6 s) borrow
    // from the following minutes. Meedi8 bursts well inside that: a turn's lines, not a flood.
    pairRateIntervalMs: read.int('WHATSAPP_PAIR_RATE_INTERVAL_MS', 6_000, 0, 600_000),
    pairRateBurst: read.int('WHATSAPP_PAIR_RATE_BURST', 20, 1, 1_000),
    dailyConversationLimit: read.int('WHATSAPP_DAILY_CONVERSATION_LIMIT', 250, 1, 100_000_000),
    templateLanguage: read.string('WHATSAPP_TEMPLATE_LANGUAGE', 'en_GB'),
  };
}

/** Reads the configuration for an entry point; on problems prints them and exits with code 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

/** Small typed readers that collect problems instead of stopping at the first. */
class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optional(name: string): string | null {
    const value = this.env[name]?.trim();
    return value ? value : null;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined || raw === null) return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}").`);
    return fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  url(name: string, fallback: string): string {
    const raw = this.optional(name) ?? fallback;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      return raw;
    } catch {
      this.problems.push(
        `${name} must be an http(s) URL such as https://meedi8.example (got "${raw}").`,
      );
      return fallback;
    }
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}").`);
    return fallback;
  }
}
