/**
 * The outbox viewer, for people trying Meedi8 on their own machine: with no SMTP server the
 * emails stay in the database, and these routes show them. Sandbox mode only, behind its
 * local-caller check (mount-sandbox.ts): these emails hold join links.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { emailDeliveryOf } from './email-transport.js';
import { OUTBOX_PAGE_HEADERS, renderOutboxPage } from './outbox-page.js';
import { readOutbox } from './read-outbox.js';

/** Where the outbox page is served; the JSON is at the same path with `.json`. */
export const OUTBOX_PATH = '/sandbox/outbox';

const OutboxEmailSchema = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  created_at: Type.String(),
  sent_at: Type.Union([Type.String(), Type.Null()]),
});

/** GET /sandbox/outbox (the page) and GET /sandbox/outbox.json (the latest 50 emails). */
export async function emailOutboxRoutes(app: FastifyInstance, opts: { services: Services }) {
  const { db, config } = opts.services;
  // Real emails (sent through SMTP) are never shown, even if this plugin is registered by mistake.
  if (emailDeliveryOf(config) !== 'outbox') return;

  app.get(OUTBOX_PATH, async (_request, reply) => {
    const emails = await readOutbox(db);
    return reply.headers(OUTBOX_PAGE_HEADERS).send(renderOutboxPage(emails));
  });

  app.get(
    `${OUTBOX_PATH}.json`,
    {
      schema: { response: { 200: Type.Object({ emails: Type.Array(OutboxEmailSchema) }) } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { emails: await readOutbox(db) };
    },
  );

  opts.services.logger.info(
    { outbox: `${config.publicUrl}${OUTBOX_PATH}` },
    'no SMTP_URL: emails stay in the local outbox and are shown at this address',
  );
}
