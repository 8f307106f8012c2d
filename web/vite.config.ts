/**
 * The web client's build (`npm run build:web`, run by `npm start` when stale) and its dev server
 * (`npm run dev`), which proxies the API and the WhatsApp sandbox to the Fastify server.
 */
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { isJoinText } from './src/i18n/join-texts.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? 3000}`;

/**
 * The web catalogues arrive parsed (ICU texts as react-intl's message trees), so the browser
 * needs no message parser; `?part=join` cuts one to the join screen's texts. Both keep the join
 * page within its size budget.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'meedi8-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      const file = /[\\/]i18n[\\/]messages[\\/]web[\\/][^\\/]+\.json(\?part=join)?$/.exec(id);
      if (!file) return null;
      const texts = Object.entries(JSON.parse(code) as Record<string, string>).filter(
        ([key]) => !file[1] || isJoinText(key),
      );
      const parsed = Object.fromEntries(texts.map(([k, v]) => [k, parse(v)]));
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [precompiledMessages(), react()],
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
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
