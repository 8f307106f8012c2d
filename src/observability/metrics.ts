/**
 * Prometheus metrics. Each app instance has its own registry so several can live in one process
 * (tests) without clashing.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  roomsCreated: Counter;
  participantsJoined: Counter;
  messagesPosted: Counter<'author'>;
  turnConflicts: Counter;
  mediatorRequests: Counter<'provider' | 'kind' | 'outcome'>;
  mediatorDuration: Histogram<'provider' | 'kind'>;
  safetyFlags: Counter<'category'>;
  breaks: Counter<'reason'>;
  roomsResolved: Counter;
  jobsRun: Counter<'task' | 'outcome'>;
  jobsFailedPermanently: Gauge;
  webhookDeliveries: Counter<'outcome'>;
  webhookEvents: Counter<'kind'>;
  webhookEventFailures: Counter<'kind'>;
  whatsappSends: Counter<'kind' | 'outcome'>;
  whatsappStatuses: Counter<'status'>;
  whatsappAccountNotices: Counter<'field' | 'event'>;
}

/** How long a count behind a gauge is reused, so frequent scrapes do not each query the database. */
export const GAUGE_CACHE_MS = 15_000;

/** `count`, asked at most once per `ttlMs` (concurrent scrapes share one query). */
export function cachedCount(count: () => Promise<number>, ttlMs: number): () => Promise<number> {
  let value: Promise<number> | null = null;
  let at = 0;
  return () => {
    if (!value || Date.now() - at >= ttlMs) {
      at = Date.now();
      value = count().catch((err) => {
        value = null;
        throw err;
      });
    }
    return value;
  };
}

/** Creates the registry and every Meedi8 metric; `countFailedJobs` feeds the dead-letter gauge. */
export function createMetrics(
  countFailedJobs: () => Promise<number>,
  options: { cacheMs?: number } = {},
): Metrics {
  const failedJobs = cachedCount(countFailedJobs, options.cacheMs ?? GAUGE_CACHE_MS);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'meedi8_' });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'meedi8_http_request_duration_seconds',
      help: 'HTTP request latency by route template',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    roomsCreated: new Counter({
      name: 'meedi8_rooms_created_total',
      help: 'Mediations created',
      registers,
    }),
    participantsJoined: new Counter({
      name: 'meedi8_participants_joined_total',
      help: 'People who joined a mediation from an invite',
      registers,
    }),
    messagesPosted: new Counter({
      name: 'meedi8_messages_total',
      help: 'Messages stored, by author kind',
      labelNames: ['author'],
      registers,
    }),
    turnConflicts: new Counter({
      name: 'meedi8_turn_conflicts_total',
      help: 'Responses refused because it was not the sender’s turn or the room was paused',
      registers,
    }),
    mediatorRequests: new Counter({
      name: 'meedi8_mediator_requests_total',
      help: 'Mediator calls by provider, kind and outcome',
      labelNames: ['provider', 'kind', 'outcome'],
      registers,
    }),
    mediatorDuration: new Histogram({
      name: 'meedi8_mediator_duration_seconds',
      help: 'Mediator call latency',
      labelNames: ['provider', 'kind'],
      buckets: [0.01, 0.1, 0.5, 1, 2, 5, 10, 20, 40],
      registers,
    }),
    safetyFlags: new Counter({
      name: 'meedi8_safety_flags_total',
      help: 'Safety concerns raised, by category',
      labelNames: ['category'],
      registers,
    }),
    breaks: new Counter({
      name: 'meedi8_breaks_total',
      help: 'Breaks started, by reason kind',
      labelNames: ['reason'],
      registers,
    }),
    roomsResolved: new Counter({
      name: 'meedi8_rooms_resolved_total',
      help: 'Mediations finalized with an agreement',
      registers,
    }),
    jobsRun: new Counter({
      name: 'meedi8_jobs_total',
      help: 'Job attempts by task and outcome',
      labelNames: ['task', 'outcome'],
      registers,
    }),
    webhookDeliveries: new Counter({
      name: 'meedi8_whatsapp_webhook_deliveries_total',
      help: 'WhatsApp webhook deliveries by outcome (stored, duplicate, bad_signature, invalid_json)',
      labelNames: ['outcome'],
      registers,
    }),
    webhookEvents: new Counter({
      name: 'meedi8_whatsapp_webhook_events_total',
      help: 'Events received in WhatsApp webhook deliveries, by kind (unexpected = kept for review)',
      labelNames: ['kind'],
      registers,
    }),
    webhookEventFailures: new Counter({
      name: 'meedi8_whatsapp_webhook_event_failures_total',
      help: 'Webhook events that could not be processed after every attempt',
      labelNames: ['kind'],
      registers,
    }),
    whatsappSends: new Counter({
      name: 'meedi8_whatsapp_sends_total',
      help: 'WhatsApp send attempts by message kind and outcome (accepted or a failure class)',
      labelNames: ['kind', 'outcome'],
      registers,
    }),
    whatsappStatuses: new Counter({
      name: 'meedi8_whatsapp_statuses_total',
      help: 'WhatsApp message statuses received',
      labelNames: ['status'],
      registers,
    }),
    whatsappAccountNotices: new Counter({
      name: 'meedi8_whatsapp_account_notices_total',
      help: 'Template, quality and account notices from Meta',
      labelNames: ['field', 'event'],
      registers,
    }),
    jobsFailedPermanently: new Gauge({
      name: 'meedi8_jobs_failed_permanently',
      help: 'Jobs that used all their attempts and wait for an operator (dead letters)',
      registers,
      async collect() {
        this.set(await failedJobs());
      },
    }),
  };
}
