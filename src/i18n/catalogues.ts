/**
 * Every catalogue, read once from messages/<namespace>/<locale>.json (the server build copies
 * them beside the code). The web client imports its own namespace's files directly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { LOCALES, type Locale } from './locales.js';

export const MESSAGES_DIR = new URL('./messages/', import.meta.url);

export type Catalogue = Readonly<Record<string, string>>;

/** The namespaces on disk (one folder each). */
export function namespacesOnDisk(): string[] {
  return readdirSync(MESSAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** One namespace's catalogue in one language; empty when the file is missing. */
export function readCatalogue(namespace: string, locale: Locale): Catalogue {
  const file = new URL(`./${namespace}/${locale}.json`, MESSAGES_DIR);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
}

let loaded: Map<string, Catalogue> | null = null;

/** namespace → locale → catalogue, read on first use. */
export function catalogue(namespace: string, locale: Locale): Catalogue {
  if (!loaded) {
    loaded = new Map();
    for (const ns of namespacesOnDisk()) {
      for (const lc of LOCALES) loaded.set(`${ns}/${lc}`, readCatalogue(ns, lc));
    }
  }
  return loaded.get(`${namespace}/${locale}`) ?? {};
}
