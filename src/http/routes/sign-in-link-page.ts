/**
 * `/signin/:token`: a one-time link from a person's WhatsApp chat that opens their mediation in
 * the browser. Opening the link only shows a button (link previews and scanners fetch URLs, and
 * must not use it up); the button's POST uses it, sets the session cookie and goes to the room.
 * The POST must carry the form's one-time value, also set as a cookie by the page: another site
 * cannot read either, so it cannot sign a visitor in to someone else's mediation (login CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { redeemSignInLink } from '../../domain/accounts/sign-in-links.js';
import { errors, MeediError } from '../../errors.js';
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
/** The cookie holding the sign-in form's one-time value; only /signin pages see it. */
export const SIGN_IN_FORM_COOKIE = 'meedi8_signin_form';
const FORM_FIELD = 'form_check';
const FORM_TTL_S = 30 * 60;

/** True when the posted form value is present and equals the cookie's. */
function formMatches(posted: string | undefined, cookie: string | undefined): boolean {
  if (!posted || !cookie) return false;
  const a = Buffer.from(posted);
  const b = Buffer.from(cookie);
  return a.length === b.length && timingSafeEqual(a, b);
}

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
  // The button's form posts one field, the form check.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get<{ Params: { token: string } }>('/signin/:token', async (request, reply) => {
    const token = TOKEN.test(request.params.token) ? request.params.token : '';
    const check = randomBytes(24).toString('base64url');
    reply.setCookie(SIGN_IN_FORM_COOKIE, check, {
      httpOnly: true,
      // Strict: sent only with requests from Meedi8's own pages, such as this form's POST.
      sameSite: 'strict',
      secure,
      path: '/signin',
      maxAge: FORM_TTL_S,
    });
    return reply.headers(PAGE_HEADERS).send(
      page(
        'Open your mediation',
        `<h1>Open your mediation</h1>
<p>This link, from your WhatsApp chat with Meedi8, opens your mediation in this browser. It works once.</p>
<form method="post" action="/signin/${token}"><input type="hidden" name="${FORM_FIELD}" value="${check}"><button type="submit">Open my mediation</button></form>`,
      ),
    );
  });

  app.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>(
    '/signin/:token',
    async (request, reply) => {
      try {
        const posted = request.body?.[FORM_FIELD];
        // Checked before the link is used, so a forged request does not use it up either.
        if (!formMatches(posted, request.cookies[SIGN_IN_FORM_COOKIE])) {
          throw errors.signInFormExpired();
        }
        reply.clearCookie(SIGN_IN_FORM_COOKIE, { path: '/signin' });
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
    },
  );
}
