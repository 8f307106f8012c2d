/**
 * The web client's build (`npm run build:web`, run by `npm start` when stale) and its dev server
 * (`npm run dev`), which proxies the API and the WhatsApp sandbox to the Fastify server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? 3000}`;

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    // The client imports the server's shared schemas and phone rules from ../src.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': { target: apiTarget },
      '/sandbox': { target: apiTarget },
      // One-time sign-in links from WhatsApp chats are pages the server renders.
      '/signin': { target: apiTarget },
      '/healthz': { target: apiTarget },
    },
  },
});
