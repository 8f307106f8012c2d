/**
 * The web tests' starting language: English (UK), as main.tsx would load it, with `<html lang
 * dir>` set. A test renders in another language with `renderIn` (test-render.tsx).
 */
import { beforeEach } from 'vitest';
import { applyDocumentLocale, prepareIntl } from './locale-root';

beforeEach(async () => {
  await prepareIntl('en-GB');
  applyDocumentLocale('en-GB');
});
