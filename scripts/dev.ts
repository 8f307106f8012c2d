/**
 * `npm run dev`: the Fastify server (restarted on every change) and Vite's dev server with hot
 * reload in front of it. Open http://localhost:5173; Vite proxies /api and /sandbox to the
 * server, and invite links point at Vite so they open the live client.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.PORT ?? '3000';
const webPort = Number(process.env.WEB_DEV_PORT ?? 5173);

const server = spawn(
  path.join(root, 'node_modules', '.bin', 'tsx'),
  ['watch', '--clear-screen=false', 'src/server.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
      PORT: apiPort,
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${webPort}`,
    },
  },
);

const vite = await createServer({
  configFile: path.join(root, 'web', 'vite.config.ts'),
  server: { port: webPort },
});
await vite.listen();
vite.printUrls();

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await vite.close();
  process.exitCode = code;
};
server.on('exit', (code) => void stop(code ?? 0));
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
