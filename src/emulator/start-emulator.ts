/** A stand-alone emulator on 127.0.0.1 and a free port, for tests and local tools. */
import Fastify from 'fastify';
import type { EmulatorOptions } from './options.js';
import { emulatorPlugin } from './plugin.js';
import { EmulatorState } from './state.js';

/** A running emulator. */
export interface Emulator {
  /** The Graph base URL to configure as WHATSAPP_GRAPH_URL, e.g. http://127.0.0.1:PORT/graph. */
  graphUrl: string;
  /** The server's root URL (the sandbox page is at `${url}/phone`). */
  url: string;
  state: EmulatorState;
  /** Stops timers and deliveries and closes the server. */
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1:0 and returns its URLs and state. */
export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const state = new EmulatorState(opts);
  const app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  await app.register(emulatorPlugin, { ...opts, state });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    graphUrl: `${address}/graph`,
    url: address,
    state,
    close: async () => {
      state.close();
      await app.close();
    },
  };
}
