/** Helpers for the emulator's own tests: a raw-bytes webhook receiver and Graph call shortcuts. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorOptions } from './options.js';
import { type Emulator, startEmulator } from './start-emulator.js';

/** Webhook and Graph JSON as tests read it: any shape. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON without declaring it.
export type Json = any;

/** One webhook as the receiver got it: the exact bytes, the headers and the parsed body. */
export interface ReceivedWebhook {
  raw: Buffer;
  headers: IncomingHttpHeaders;
  json: Json;
}

/** A local node:http webhook receiver that records raw bodies; answers 200 unless told otherwise. */
export async function startReceiver() {
  const received: ReceivedWebhook[] = [];
  const answers: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      received.push({ raw, headers: request.headers, json: JSON.parse(raw.toString('utf8')) });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    /** The next answers, in order (then 200 again). */
    answerWith: (...statuses: number[]) => answers.push(...statuses),
    /** Every status object received so far, in arrival order. */
    statuses: (): Json[] =>
      received.flatMap((w) =>
        w.json.entry.flatMap((e: Json) => e.changes.flatMap((c: Json) => c.value.statuses ?? [])),
      ),
    /** Every inbound message object received so far. */
    messages: (): Json[] =>
      received.flatMap((w) =>
        w.json.entry.flatMap((e: Json) => e.changes.flatMap((c: Json) => c.value.messages ?? [])),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from the emulator would otherwise hold close() for seconds.
        server.closeAllConnections();
      }),
  };
}

export const TOKEN = 'test-access-token';
export const APP_SECRET = 'test-app-secret';
export const PHONE_NUMBER_ID = '100000000000001';
export const WABA_ID = '200000000000001';

/** Options with fast statuses, for tests. */
export function testOptions(overrides: Partial<EmulatorOptions> = {}): EmulatorOptions {
  return {
    accessToken: TOKEN,
    appSecret: APP_SECRET,
    webhookUrl: null,
    phoneNumberId: PHONE_NUMBER_ID,
    businessAccountId: WABA_ID,
    displayPhoneNumber: '15550001234',
    statusTiming: { sentMs: 5, deliveredMs: 10, readMs: 15 },
    webhookRetryDelaysMs: [10, 20],
    ...overrides,
  };
}

/** An emulator posting to a fresh receiver. */
export async function startWithReceiver(overrides: Partial<EmulatorOptions> = {}) {
  const receiver = await startReceiver();
  const emulator = await startEmulator(testOptions({ webhookUrl: receiver.url, ...overrides }));
  return {
    emulator,
    receiver,
    state: emulator.state,
    graph: graphClient(emulator),
    close: async () => {
      await emulator.close();
      await receiver.close();
    },
  };
}

/** Calls the emulator's Graph API with the bearer token (unless headers say otherwise). */
export function graphClient(emulator: Emulator) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
  ): Promise<{ status: number; headers: Headers; json: Json }> => {
    const response = await fetch(`${emulator.graphUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : null,
    };
  };
}

/** A text send body. */
export function textMessage(to: string, body = 'Hello from Meedi8') {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'text',
    text: { body },
  };
}
