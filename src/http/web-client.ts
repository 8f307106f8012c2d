/**
 * Serves the built web client (`web/dist`, made by `npm run build:web` or at `npm start`): its
 * hashed assets with a long cache life, and `index.html` for any other browser page request
 * (the client routes it). API, sandbox and non-HTML requests keep the JSON 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

// The page reads only from this origin; inline style attributes are used by the charts.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meedi8</title></head>
<body><main><h1>The web client is not built</h1><p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it) and reload.</p></main></body></html>`;

/** Where the client routes are: everything a browser asks for outside the API and sandbox. */
function isClientPage(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '/';
  if (/^\/(api|sandbox)(\/|$)/.test(pathname)) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

/** Sends the client's shell page (extra headers for pages with secrets in the URL). */
export function sendClientPage(
  reply: FastifyReply,
  root = WEB_DIST,
  extraHeaders: Record<string, string> = {},
): FastifyReply {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    return reply
      .status(503)
      .headers({ ...PAGE_HEADERS, ...extraHeaders })
      .send(NOT_BUILT);
  }
  return reply.headers({ ...PAGE_HEADERS, ...extraHeaders }).send(readFileSync(index));
}

export async function webClient(app: FastifyInstance, opts: { root?: string } = {}) {
  const root = opts.root ?? WEB_DIST;
  const assets = path.join(root, 'assets');
  if (existsSync(assets)) {
    // File names carry a content hash, so they never change under the same name.
    await app.register(fastifyStatic, {
      root: assets,
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
      // The build writes .br and .gz copies; browsers that accept them get the smaller file.
      preCompressed: true,
    });
  }
  app.get('/favicon.svg', (_request, reply) => {
    const icon = path.join(root, 'favicon.svg');
    if (!existsSync(icon)) return reply.callNotFound();
    return reply
      .headers({ 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' })
      .send(readFileSync(icon));
  });
  app.get('/*', (request, reply) => {
    // `curl /` and other non-browser callers of the home page get directions, not a 404.
    if (request.url === '/' && !isClientPage(request)) {
      return reply.send({
        name: 'Meedi8',
        web: 'Open this address in a browser to use Meedi8.',
        api: '/api (JSON; the routes are listed in the README)',
        health: '/healthz',
        ready: '/readyz',
      });
    }
    if (!isClientPage(request)) return reply.callNotFound();
    return sendClientPage(reply, root);
  });
}
