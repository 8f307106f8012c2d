/**
 * `/signin/:token`: a one-time link from a person's WhatsApp chat that opens their mediation in
 * the browser. Opening the link only shows a button (link previews and scanners fetch URLs, and
 * must not use it up); the button's POST uses it, sets the session cookie and goes to the room.
 */
import type { FastifyInstance } from 'fastify';
import { redeemSignInLink } from '../../domain/accounts/sign-in-links.js';
import { MeediError } from '../../errors.js';
import type { Services } from '../../services.js';
import { setSessionCookie } from '../plugins/authentication.js';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
};

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Meedi8</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1f2933;background:#f7f5f2}
main{max-width:28rem;margin:auto}button{font:inherit;padding:.75rem 1.25rem;border-radius:.5rem;border:0;background:#2f5d50;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1f2933;outline-offset:2px}</style></head>
<body><main>${body}</main></body></html>`;
}

export async function signInLinkPage(app: FastifyInstance, opts: { services: Services }) {
  const { db, config } = opts.services;
  const secure = config.publicUrl.startsWith('https:');
  // The button's form posts no fields; accept its content type without reading anything.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, _body, done) => done(null, {}),
  );

  app.get<{ Params: { token: string } }>('/signin/:token', async (request, reply) => {
    const token = TOKEN.test(request.params.token) ? request.params.token : '';
    return reply.headers(PAGE_HEADERS).send(
      page(
        'Open your mediation',
        `<h1>Open your mediation</h1>
<p>This link, from your WhatsApp chat with Meedi8, opens your mediation in this browser. It works once.</p>
<form method="post" action="/signin/${token}"><button type="submit">Open my mediation</button></form>`,
      ),
    );
  });

  app.post<{ Params: { token: string } }>('/signin/:token', async (request, reply) => {
    try {
      const link = await redeemSignInLink(db, request.params.token);
      setSessionCookie(reply, link.token, secure, link.ttlMs);
      return reply.redirect(link.roomId ? `/rooms/${link.roomId}` : '/rooms', 303);
    } catch (err) {
      if (!(err instanceof MeediError)) throw err;
      return reply
        .status(err.statusCode)
        .headers(PAGE_HEADERS)
        .send(
          page('Link used or expired', `<h1>This link no longer works</h1><p>${err.message}</p>`),
        );
    }
  });
}
