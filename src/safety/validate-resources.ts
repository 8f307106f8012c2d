import { SAFETY_CATEGORIES } from '../mediator/mediator.js';
import type { SafetyCategory, SafetyResource, SafetyResourceDirectory } from './screen-types.js';

const COUNTRY_KEY = /^[A-Za-z]{2}$/;
const KNOWN_FIELDS = new Set([
  'name',
  'phone',
  'description',
  'url',
  'categories',
  'emergency',
  'source',
  'last_checked',
  'in_language',
]);
const LANGUAGE_KEY = /^[a-z]{2,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A resources file (or other source) that does not have the `SafetyResourceDirectory` shape. */
export class InvalidSafetyResourcesError extends Error {
  constructor(source: string, problem: string) {
    super(`Invalid safety resources in ${source}: ${problem}`);
    this.name = 'InvalidSafetyResourcesError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireText(value: unknown, where: string, fail: (problem: string) => never): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    fail(`${where} must be a non-empty string`);
  return value.trim();
}

function optionalText(
  value: unknown,
  where: string,
  fail: (problem: string) => never,
): string | null {
  if (value === null) return null;
  return requireText(value, `${where} (or null)`, fail);
}

function parseResource(
  value: unknown,
  where: string,
  fail: (problem: string) => never,
): SafetyResource {
  if (!isRecord(value)) fail(`${where} must be an object`);
  // Unknown fields are usually typos ("phnoe"); failing loudly beats silently dropping a number.
  for (const key of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(key)) fail(`${where} has unknown field "${key}"`);
  }
  if (!('phone' in value)) fail(`${where}.phone is missing (use null for text/web-only services)`);
  if (!('url' in value)) fail(`${where}.url is missing (use null when there is no website)`);
  const url = optionalText(value.url, `${where}.url`, fail);
  if (url !== null && !/^https?:\/\//i.test(url))
    fail(`${where}.url must start with http:// or https://`);
  const resource: SafetyResource = {
    name: requireText(value.name, `${where}.name`, fail),
    phone: optionalText(value.phone, `${where}.phone`, fail),
    description: requireText(value.description, `${where}.description`, fail),
    url,
  };
  if (value.categories !== undefined) {
    const categories = value.categories;
    if (!Array.isArray(categories) || categories.length === 0) {
      fail(`${where}.categories must be a non-empty array (omit it for every risk)`);
    }
    resource.categories = categories.map((category, index): SafetyCategory => {
      const known = SAFETY_CATEGORIES.find((name) => name === category);
      if (known === undefined) {
        fail(`${where}.categories[${index}] must be one of ${SAFETY_CATEGORIES.join(', ')}`);
      }
      return known;
    });
  }
  if (value.in_language !== undefined) {
    if (!isRecord(value.in_language)) fail(`${where}.in_language must be an object by language`);
    resource.inLanguage = {};
    for (const [language, text] of Object.entries(value.in_language)) {
      const at = `${where}.in_language.${language}`;
      if (!LANGUAGE_KEY.test(language)) fail(`${at}: the key must be a language code like "pt"`);
      if (!isRecord(text)) fail(`${at} must be an object with a description (and a name)`);
      resource.inLanguage[language] = {
        ...(text.name !== undefined ? { name: requireText(text.name, `${at}.name`, fail) } : {}),
        description: requireText(text.description, `${at}.description`, fail),
      };
    }
  }
  if (value.emergency !== undefined) {
    if (typeof value.emergency !== 'boolean') fail(`${where}.emergency must be true or false`);
    resource.emergency = value.emergency;
  }
  if (value.source !== undefined) {
    const source = requireText(value.source, `${where}.source`, fail);
    if (!/^https?:\/\//i.test(source)) fail(`${where}.source must start with http:// or https://`);
    resource.source = source;
  }
  if (value.last_checked !== undefined) {
    const checked = value.last_checked;
    if (checked !== null && (typeof checked !== 'string' || !DATE.test(checked))) {
      fail(`${where}.last_checked must be a date like 2026-01-31, or null when not yet checked`);
    }
    resource.lastChecked = checked;
  }
  return resource;
}

/**
 * Checks that `value` is a resource directory (country code or `default` → non-empty list)
 * and returns a clean copy with country codes upper-cased; `source` names it in errors.
 */
export function parseSafetyResourceDirectory(
  value: unknown,
  source: string,
): SafetyResourceDirectory {
  const fail = (problem: string): never => {
    throw new InvalidSafetyResourcesError(source, problem);
  };
  if (!isRecord(value)) fail('the top level must be an object keyed by country code');
  const directory: SafetyResourceDirectory = {};
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (key !== 'default' && !COUNTRY_KEY.test(key)) {
      fail(`"${key}" is not a two-letter ISO country code or "default"`);
    }
    const code = key === 'default' ? key : key.toUpperCase();
    if (code in directory) fail(`country "${code}" appears more than once`);
    if (!Array.isArray(list) || list.length === 0)
      fail(`${key} must be a non-empty array of resources`);
    directory[code] = (list as unknown[]).map((item, index) =>
      parseResource(item, `${key}[${index}]`, fail),
    );
  }
  return directory;
}
