/**
 * The Meedi8 HTTP application: infrastructure plugins first, then routes. The server and the
 * tests build it the same way; only the services passed in differ.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { WebhookEventStore } from './channels/whatsapp/webhook/event-store.js';
import { fastifyTrustProxy } from './config-trust-proxy.js';
import { errors } from './errors.js';
import { liveStreamsPlugin } from './http/live-streams.js';
import { authenticationPlugin } from './http/plugins/authentication.js';
import { errorHandlerPlugin } from './http/plugins/error-handler.js';
import { requestMetricsPlugin } from './http/plugins/request-metrics.js';
import { accountRoutes } from './http/routes/account-routes.js';
import { adminJobRoutes } from './http/routes/admin-job-routes.js';
import { adminRoutes } from './http/routes/admin-routes.js';
import { adminWhatsAppRoutes } from './http/routes/admin-whatsapp-routes.js';
import { agreementLinkPage } from './http/routes/agreement-link-page.js';
import { eventRoutes } from './http/routes/event-routes.js';
import { healthRoutes } from './http/routes/health-routes.js';
import { inviteRoutes } from './http/routes/invite-routes.js';
import { joinPage } from './http/routes/join-page.js';
import { joinRoutes } from './http/routes/join-routes.js';
import { mainRoomRoutes } from './http/routes/main-room-routes.js';
import { passwordResetRoutes } from './http/routes/password-reset-routes.js';
import { phoneVerificationRoutes } from './http/routes/phone-verification-routes.js';
import { roomRoutes } from './http/routes/room-routes.js';
import { screeningRoutes } from './http/routes/screening-routes.js';
import { signInLinkPage } from './http/routes/sign-in-link-page.js';
import { whatsappWebhookRoutes } from './http/routes/whatsapp-webhook-routes.js';
import { webClient } from './http/web-client.js';
import { loadPricing } from './reporting/pricing.js';
import type { Services } from './services.js';
import type { RoomEventFeed } from './storage/room-event-feed.js';

/** Builds the Fastify app around already-started services. */
export async function buildApp(services: Services, feed: RoomEventFeed): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    // No type coercion: a number where text belongs is a mistake to report, not to guess at.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  // While closing, a keep-alive connection whose request finishes would stay open until its idle
  // timeout (and hold the close); each is closed as soon as it has nothing in flight.
  let idleSweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    idleSweep = setInterval(() => app.server.closeIdleConnections(), 100);
  });
  app.addHook('onClose', async () => clearInterval(idleSweep));
  // The API speaks JSON only; other bodies get a clear 415 instead of a confusing 422.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Routes whose body is optional accept a request with no body at all.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
  });

  await app.register(errorHandlerPlugin, { bodyLimit: config.bodyLimitBytes });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => errors.rateLimited(Math.ceil(context.ttl / 1000)),
  });
  await app.register(requestMetricsPlugin, { metrics: services.metrics });
  await app.register(authenticationPlugin, { services });
  await app.register(liveStreamsPlugin);

  await app.register(healthRoutes, { services });
  await app.register(accountRoutes, { services });
  await app.register(passwordResetRoutes, { services });
  await app.register(phoneVerificationRoutes, { services });
  await app.register(roomRoutes, { services });
  await app.register(mainRoomRoutes, { services });
  await app.register(screeningRoutes, { services });
  await app.register(joinRoutes, { services });
  await app.register(inviteRoutes, { services });
  await app.register(joinPage);
  await app.register(signInLinkPage, { services });
  await app.register(agreementLinkPage, { services });
  await app.register(eventRoutes, { services, feed });
  await app.register(adminRoutes, { services, pricing: loadPricing(config.whatsappPricingFile) });
  await app.register(adminWhatsAppRoutes, { services });
  await app.register(adminJobRoutes, { services });
  await app.register(whatsappWebhookRoutes, {
    services,
    eventStore: new WebhookEventStore(services.db),
  });
  // Sandbox mode only: the outbox and the emulator, for this machine (see mount-sandbox.ts).
  // Production code never loads them, so nothing under /sandbox answers there.
  if (config.mode === 'sandbox') {
    const { mountSandbox } = await import('./sandbox/mount-sandbox.js');
    await mountSandbox(app, services);
  }
  // Last: the web client answers browser page requests no route above claimed.
  await app.register(webClient);
  return app;
}
