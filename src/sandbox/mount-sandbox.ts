/**
 * Everything under /sandbox, mounted only in sandbox mode (MEEDI8_MODE=sandbox): the email
 * outbox when no SMTP server is set, and the WhatsApp emulator with its phone page when there
 * is no access token. These routes read every simulated phone and every email, so they answer
 * callers on this machine only, unless SANDBOX_ALLOW_REMOTE=true.
 */
import type { FastifyInstance } from 'fastify';
import { emailDeliveryOf } from '../channels/email/email-transport.js';
import { emailOutboxRoutes } from '../channels/email/outbox-routes.js';
import { SANDBOX_PREFIX } from '../channels/whatsapp/whatsapp-channel.js';
import { errors } from '../errors.js';
import { isLocalCaller } from '../http/local-caller.js';
import type { Services } from '../services.js';

/** Mounts the sandbox's routes behind the local-caller check. */
export async function mountSandbox(app: FastifyInstance, services: Services): Promise<void> {
  const { config } = services;
  if (config.mode !== 'sandbox') return;
  if (!config.sandboxAllowRemote) {
    const trustsProxy = config.trustProxy !== false;
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (path !== SANDBOX_PREFIX && !path.startsWith(`${SANDBOX_PREFIX}/`)) return;
      if (isLocalCaller(request, trustsProxy)) return;
      // Answered here, in Meedi8's error shape: the emulator's own error handler speaks Meta's.
      const error = errors.sandboxLocalOnly();
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message } });
    });
  }
  if (emailDeliveryOf(config) === 'outbox') await app.register(emailOutboxRoutes, { services });
  if (services.whatsapp.settings.sandbox) {
    // Only sandbox mode loads the emulator; production code never imports it.
    const { mountEmulator } = await import('./mount-emulator.js');
    await mountEmulator(app, services);
  }
}
