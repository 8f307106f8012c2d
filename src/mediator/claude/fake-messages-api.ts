/**
 * A local stand-in for the Anthropic Messages API, for tests: it listens on 127.0.0.1, records
 * every request and answers with queued responses shaped like the real API's.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (or the raw text if it was not JSON). */
  body: unknown;
}

/** One queued answer. */
export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Send the headers at once but hold the body back this long. */
  bodyDelayMs?: number;
}

/** A running fake; pass `baseURL` to the client under test. */
export interface FakeMessagesApi {
  baseURL: string;
  requests: RecordedRequest[];
  /** Queues answers, used in order, one per request. */
  enqueue(...replies: FakeReply[]): void;
  /**
   * Answers by what was asked, before the queue: return a reply, or undefined to use the queue.
   * For tests where several kinds of request (replies, translations) race.
   */
  answer: ((request: RecordedRequest) => FakeReply | undefined) | null;
  close(): Promise<void>;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}_01Fake${(++counter).toString().padStart(6, '0')}`;

/** A successful Messages API response whose content is one `tool_use` block. */
export function toolUseMessage(
  input: unknown,
  name = 'mediator_turn',
  model = 'claude-sonnet-4-5',
) {
  return messageWith(
    [{ type: 'tool_use', id: nextId('toolu'), caller: { type: 'direct' }, name, input }],
    {
      model,
      stop_reason: 'tool_use',
    },
  );
}

/** A successful Messages API response with the given content blocks and stop reason. */
export function messageWith(
  content: unknown[],
  {
    model = 'claude-sonnet-4-5',
    stop_reason = 'end_turn',
  }: { model?: string; stop_reason?: string } = {},
) {
  return {
    id: nextId('msg'),
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason,
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: 1843,
      output_tokens: 212,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      server_tool_use: null,
      service_tier: 'standard',
    },
  };
}

/** An error answer shaped like the API's (`{type: 'error', error: {type, message}}`). */
export function apiError(status: number, type: string, message: string): FakeReply {
  const requestId = nextId('req');
  return {
    status,
    body: { type: 'error', error: { type, message }, request_id: requestId },
    headers: { 'request-id': requestId },
  };
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeMessagesApi(): Promise<FakeMessagesApi> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  const fake: FakeMessagesApi = {
    baseURL: '',
    requests,
    enqueue: (...replies) => queue.push(...replies),
    answer: null,
    close: async () => undefined,
  };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: parseJson(text),
      };
      requests.push(recorded);
      const reply =
        fake.answer?.(recorded) ??
        queue.shift() ??
        apiError(500, 'api_error', 'The fake has no reply queued');
      later(reply.delayMs ?? 0, () => send(res, reply));
    });
  });

  const send = (res: ServerResponse, reply: FakeReply) => {
    if (res.destroyed) return;
    const payload = JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status ?? 200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'request-id': nextId('req'),
      ...reply.headers,
    });
    if (reply.bodyDelayMs) {
      res.flushHeaders();
      later(reply.bodyDelayMs, () => {
        if (!res.destroyed) res.end(payload);
      });
    } else {
      res.end(payload);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return Object.assign(fake, {
    baseURL: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
