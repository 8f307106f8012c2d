import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

/** The Chromium the browser tests drive (Debian's package; Playwright's download is not used). */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const e2eWanted = process.env.MEEDI8_E2E !== '0';
const ci = process.env.CI === 'true';
// CI runs three test files at a time on two shared cores beside Chromium and spawned servers and
// workers; a step that waits on the emulator or a live stream can then miss its deadline with
// nothing wrong. A test that fails is run once more in CI, and the report names it as retried
// ("retry x1"), so a test that is flaky for a reason of its own still shows.
const retry = ci ? 1 : 0;

function e2eProjects(): TestProjectConfiguration[] {
  if (!e2eWanted) return [];
  if (!existsSync(chromium)) {
    if (ci) {
      throw new Error(
        `The browser tests need Chromium at ${chromium} (set CHROMIUM_PATH, or apt-get install chromium); CI must not skip them.`,
      );
    }
    console.warn(
      `\n[e2e] Skipping the browser tests: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.\n`,
    );
    return [];
  }
  return [
    {
      // Playwright driving Chromium against the real server, database and WhatsApp emulator.
      test: {
        name: 'e2e',
        include: ['test/e2e/**/*.e2e.test.ts'],
        environment: 'node',
        globalSetup: ['test/global-setup.ts'],
        testTimeout: 120_000,
        retry,
        // Each file starts one server and one Chromium in beforeAll, shared by its tests.
        hookTimeout: 120_000,
      },
    },
  ];
}

export default defineConfig({
  test: {
    // Most test time is waiting on the database, the emulator and timers, not on the CPU: three
    // files at a time on two cores run the WhatsApp tests in 161 s instead of 249 s.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          retry,
        },
      },
      {
        // The web client's own logic, in a simulated browser; no database needed.
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // The texts are the web catalogue's, in English (UK) unless a test picks another.
          setupFiles: ['web/src/i18n/test-setup.ts'],
        },
      },
      ...e2eProjects(),
    ],
  },
});
