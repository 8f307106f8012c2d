/**
 * Sandbox mode without WhatsApp credentials: the Cloud API emulator is mounted at
 * /sandbox on Meedi8's own server, Meedi8's Graph client talks to it over HTTP as it would to
 * Meta, its signed webhooks come back to /api/whatsapp/webhook, and /sandbox/phone lets a person
 * play one or more phones. Only this module imports the emulator.
 */
import type { FastifyInstance } from 'fastify';
import { pushTemplates } from '../channels/whatsapp/cli/push-templates.js';
import { templateDefinitions } from '../channels/whatsapp/templates/definitions.js';
import { SANDBOX_PREFIX } from '../channels/whatsapp/whatsapp-channel.js';
import { emulatorPlugin } from '../emulator/index.js';
import type { Services } from '../services.js';

/** Mounts the emulator and its phone page; templates are pushed once the server listens. */
export async function mountEmulator(app: FastifyInstance, services: Services): Promise<void> {
  const { settings } = services.whatsapp;
  await app.register(emulatorPlugin, {
    prefix: SANDBOX_PREFIX,
    accessToken: settings.accessToken,
    appSecret: settings.appSecret!,
    webhookUrl: `http://127.0.0.1:${services.config.port}/api/whatsapp/webhook`,
    phoneNumberId: settings.phoneNumberId,
    businessAccountId: settings.businessAccountId,
    displayPhoneNumber: '15550001234',
    throughputPerSecond: settings.throughputPerSecond,
    pairRateIntervalMs: settings.pairRateIntervalMs,
    templateReviewMs: 0,
  });
  app.get(SANDBOX_PREFIX, async (_request, reply) => reply.redirect(`${SANDBOX_PREFIX}/phone`));
  // The emulator starts empty: submit Meedi8's templates through the real client, as an
  // operator would with `npm run whatsapp -- templates push`; the emulator approves them.
  app.addHook('onListen', async () => {
    try {
      const results = await pushTemplates(
        services.whatsapp.client,
        templateDefinitions(services.config.publicUrl),
      );
      const failed = results.filter((r) => r.outcome === 'failed').map((r) => r.name);
      if (failed.length > 0) services.logger.warn({ failed }, 'sandbox templates not accepted');
    } catch (err) {
      services.logger.warn(
        { err: { message: (err as Error).message } },
        'could not submit sandbox templates',
      );
    }
  });
  services.logger.info(
    { phonePage: `${services.config.publicUrl}${SANDBOX_PREFIX}/phone` },
    'WhatsApp sandbox: no WHATSAPP_ACCESS_TOKEN, so Meedi8 talks to the built-in emulator',
  );
}
