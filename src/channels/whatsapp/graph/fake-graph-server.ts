/**
 * A stand-in for Meta's Graph API on 127.0.0.1 for tests: records every request and answers
 * like Meta does (successes and `{error: {...}}` bodies), so the client is tested over real HTTP.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v24.0/123/messages`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON, or null when empty. */
  body: unknown;
}

/** How the fake answers one request. */
export interface FakeReply {
  status?: number;
  json?: unknown;
  /** A body sent as is (for non-JSON answers). */
  raw?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Waits this long before answering (for timeouts). */
  delayMs?: number;
}

/** Picks the reply for a request; `undefined` falls back to the default Meta-like answers. */
export type FakeHandler = (request: RecordedRequest) => FakeReply | undefined;

/** A running fake. */
export interface FakeGraph {
  /** Base URL to use as `graphUrl`. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler. */
  respond(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A Meta-shaped error answer. */
export function metaError(
  code: number,
  message: string,
  options: {
    status?: number;
    subcode?: number;
    type?: string;
    title?: string;
    details?: string;
  } = {},
): FakeReply {
  return {
    status: options.status ?? 400,
    json: {
      error: {
        message,
        type: options.type ?? 'OAuthException',
        code,
        ...(options.subcode === undefined ? {} : { error_subcode: options.subcode }),
        ...(options.title === undefined ? {} : { error_user_title: options.title }),
        error_data: { messaging_product: 'whatsapp', details: options.details ?? message },
        fbtrace_id: 'AbCdEfGhIjK',
      },
    },
  };
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeGraph(initial?: FakeHandler): Promise<FakeGraph> {
  const requests: RecordedRequest[] = [];
  let handler: FakeHandler = initial ?? (() => undefined);
  let sent = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: text ? JSON.parse(text) : null,
      };
      requests.push(recorded);
      const reply = handler(recorded) ?? defaultReply(recorded, () => ++sent);
      const answer = () => writeReply(res, reply);
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      handler = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultReply(request: RecordedRequest, nextId: () => number): FakeReply {
  if (request.method === 'POST' && request.path.endsWith('/messages')) {
    const body = request.body as { to?: string; status?: string };
    if (body.status === 'read') return { json: { success: true } };
    return {
      json: {
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to, wa_id: body.to }],
        messages: [{ id: `wamid.TEST${nextId()}`, message_status: 'accepted' }],
      },
    };
  }
  return metaError(100, 'Unsupported request in the fake Graph server', { status: 404 });
}

function writeReply(res: ServerResponse, reply: FakeReply): void {
  if (res.destroyed) return;
  const body = reply.raw ?? JSON.stringify(reply.json ?? {});
  res.writeHead(reply.status ?? 200, {
    'content-type':
      reply.contentType ?? (reply.raw === undefined ? 'application/json' : 'text/html'),
    ...reply.headers,
  });
  res.end(body);
}
