/**
 * The browser side of the e2e suite: Debian's Chromium driven by playwright-core, people as
 * browser contexts at phone or desktop size, and each page checked with axe-core and
 * photographed into test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
export type Size = 'phone' | 'desktop';

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Starts Chromium (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium refuses its sandbox as root (CI containers run as root).
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}

/**
 * A person's own browser (cookies, storage) at phone or desktop size, against `baseURL`, set to
 * `locale` (British English unless said).
 */
export async function openContext(
  browser: Browser,
  baseURL: string,
  size: Size,
  locale = 'en-GB',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: size === 'phone' ? PHONE : DESKTOP,
    isMobile: size === 'phone',
    hasTouch: size === 'phone',
    locale,
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(30_000);
  return context;
}

/** Serious or critical axe-core violations on the page as it is now (WCAG 2.0–2.2 A and AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** Saves a full-page screenshot as test-results/screenshots/<name>-<size>.png. */
export async function screenshot(page: Page, name: string, size: Size): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top, so the sticky header sits where a person first sees it.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
}

/**
 * Checks the page at both sizes: resizes the viewport to each, photographs it and scans it.
 * Returns the violations found, labelled by page and size (an empty list is a pass).
 */
export async function checkPage(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  const original = page.viewportSize();
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, name, size);
    for (const v of await seriousViolations(page)) found.push(`${name} @${size}: ${v}`);
  }
  if (original) await page.setViewportSize(original);
  return found;
}

/** Makes a link Meedi8 sent (which carries PUBLIC_URL) point at the test server. */
export function onServer(link: string, baseURL: string): string {
  const url = new URL(link);
  return `${baseURL}${url.pathname}${url.search}${url.hash}`;
}
