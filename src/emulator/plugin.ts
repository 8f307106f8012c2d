/** The emulator as a Fastify plugin: Graph API under `/graph`, control API under `/control`, page at `/phone`. */
import type { FastifyInstance } from 'fastify';
import { controlRoutes } from './control-routes.js';
import { graphRoutes } from './graph-routes.js';
import type { EmulatorOptions } from './options.js';
import { phonePage } from './phone-page.js';
import { EmulatorState } from './state.js';

/**
 * Registers the emulator on any prefix. Pass `state` to drive the world from outside (its own
 * options then apply); without one the plugin makes its own and stops it when the app closes.
 */
export async function emulatorPlugin(
  app: FastifyInstance,
  opts: EmulatorOptions & { state?: EmulatorState },
): Promise<void> {
  const state = opts.state ?? new EmulatorState(opts);
  if (!opts.state) app.addHook('onClose', async () => state.close());
  await app.register(graphRoutes, { prefix: '/graph', state });
  await app.register(controlRoutes, { prefix: '/control', state });
  await app.register(phonePage);
}
