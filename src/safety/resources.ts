import { readFileSync } from 'node:fs';
import type { SafetyResource, SafetyResourceDirectory } from './screen-types.js';
import { InvalidSafetyResourcesError, parseSafetyResourceDirectory } from './validate-resources.js';

export { InvalidSafetyResourcesError } from './validate-resources.js';

const BUILT_IN = new URL('./helplines.json', import.meta.url);

/**
 * Built-in helplines by ISO country code (src/safety/helplines.json: each with its source and
 * the date it was last checked), used when no resources file is configured. Check numbers
 * against the services' own sites when editing; a wrong number here fails someone at risk.
 */
export const DEFAULT_SAFETY_RESOURCES: SafetyResourceDirectory = parseSafetyResourceDirectory(
  JSON.parse(readFileSync(BUILT_IN, 'utf8')),
  'src/safety/helplines.json',
);

/**
 * The helpline directory: the built-in defaults, with any countries in the optional JSON file
 * (same shape) replacing or adding to them. Throws a clear error naming the file when it is invalid.
 */
export function loadSafetyResources(filePath?: string): SafetyResourceDirectory {
  const directory: SafetyResourceDirectory = structuredClone(DEFAULT_SAFETY_RESOURCES);
  if (filePath === undefined || filePath.trim() === '') return directory;
  let raw: string;
  try {
    raw = readFileSync(filePath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidSafetyResourcesError(filePath, `the file could not be read (${reason})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidSafetyResourcesError(filePath, `the file is not valid JSON (${reason})`);
  }
  // A country in the file replaces that country's defaults entirely, so local teams own their list.
  return { ...directory, ...parseSafetyResourceDirectory(parsed, filePath) };
}

/** The resources for a country (ISO code, any case), falling back to `default`, or [] if neither exists. */
export function resourcesFor(
  directory: SafetyResourceDirectory,
  countryCode: string | null,
): SafetyResource[] {
  const code = countryCode?.trim().toUpperCase();
  const forCountry = code ? directory[code] : undefined;
  return forCountry ?? directory.default ?? [];
}
