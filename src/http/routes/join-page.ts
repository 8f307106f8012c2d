/**
 * `GET /join/:invite_token`: the page an invite link opens. It is the web client's join screen
 * (`web/src/join/`), which reads `GET /api/join/:invite_token` (that marks the invite opened):
 * who invited you and about what, your name, an unticked choice of WhatsApp updates, one button.
 * The link holds a secret, so the page is never cached, indexed or sent on as a referrer.
 */
import type { FastifyInstance } from 'fastify';
import { sendClientPage } from '../web-client.js';

const SECRET_PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
};

export async function joinPage(app: FastifyInstance, opts: { root?: string } = {}) {
  app.get<{ Params: { invite_token: string } }>('/join/:invite_token', async (_request, reply) =>
    sendClientPage(reply, opts.root, SECRET_PAGE_HEADERS),
  );
}
