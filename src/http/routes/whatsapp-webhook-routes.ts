/**
 * Meta's webhook. GET is the subscription handshake. POST verifies the signature over the raw
 * bytes, stores every event durably (duplicates skipped), and only then answers 200; the work
 * happens in jobs. A delivery Meedi8 does not understand is still kept and answered 200.
 */

import { timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { WebhookEventStore } from '../../channels/whatsapp/webhook/event-store.js';
import { extractEvents } from '../../channels/whatsapp/webhook/extract-events.js';
import { verifySignature } from '../../channels/whatsapp/webhook/verify-signature.js';
import { errors, type MeediError } from '../../errors.js';
import type { Services } from '../../services.js';
import { errorResponses } from '../schemas.js';

const WEBHOOK_BODY_LIMIT = 3 * 1024 * 1024;

export async function whatsappWebhookRoutes(
  app: FastifyInstance,
  opts: { services: Services; eventStore: WebhookEventStore },
) {
  const { services, eventStore } = opts;
  const { metrics } = services;
  const settings = services.whatsapp.settings;

  // The signature covers the bytes as received, so this route keeps the body raw.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/whatsapp/webhook',
    {
      schema: {
        querystring: Type.Object({
          'hub.mode': Type.Optional(Type.String()),
          'hub.verify_token': Type.Optional(Type.String()),
          'hub.challenge': Type.Optional(Type.String({ maxLength: 200 })),
        }),
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const ok =
        query['hub.mode'] === 'subscribe' &&
        settings.verifyToken !== null &&
        sameText(query['hub.verify_token'] ?? '', settings.verifyToken) &&
        query['hub.challenge'] !== undefined;
      if (!ok) {
        request.log.warn('webhook handshake refused');
        return reply.status(403).type('text/plain').send('Forbidden');
      }
      return reply.status(200).type('text/plain').send(query['hub.challenge']);
    },
  );

  app.post(
    '/api/whatsapp/webhook',
    {
      bodyLimit: WEBHOOK_BODY_LIMIT,
      // Meta may deliver thousands a second; per-request log lines would drown the logs.
      logLevel: 'warn',
      schema: { response: { 200: Type.Object({ received: Type.Boolean() }), ...errorResponses } },
    },
    async (request) => {
      const raw = request.body;
      if (!Buffer.isBuffer(raw) || !settings.appSecret) throw signatureError();
      const signature = request.headers['x-hub-signature-256'];
      if (
        !verifySignature(
          raw,
          typeof signature === 'string' ? signature : undefined,
          settings.appSecret,
        )
      ) {
        metrics.webhookDeliveries.inc({ outcome: 'bad_signature' });
        throw signatureError();
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        metrics.webhookDeliveries.inc({ outcome: 'invalid_json' });
        throw errors.invalidJson();
      }
      const events = extractEvents(body, raw);
      const { stored, duplicates } = await eventStore.store(events);
      for (const event of events) metrics.webhookEvents.inc({ kind: event.kind });
      if (events.some((e) => e.kind === 'unexpected')) {
        request.log.warn(
          { count: events.length },
          'webhook delivery with an unexpected shape kept for review',
        );
      }
      metrics.webhookDeliveries.inc({ outcome: stored > 0 ? 'stored' : 'duplicate' });
      request.log.debug({ stored, duplicates }, 'webhook delivery stored');
      return { received: true };
    },
  );
}

function signatureError(): MeediError {
  return errors.invalidSignature();
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
