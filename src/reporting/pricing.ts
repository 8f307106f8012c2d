/**
 * What Meedi8's WhatsApp messages cost. Since July 2025 Meta charges per delivered template
 * message, by category and by the recipient's country; free-form (service) messages are free, and
 * so are utility templates sent inside the person's open 24-hour window.
 *
 * The built-in table holds approximate rates in US dollars (Meta's 2025–2026 rate card, rounded).
 * Meta changes them, so an operator can merge a JSON file of the same shape over the table
 * (`WHATSAPP_PRICING_FILE`) without a code change. These are estimates for the admin page; Meta's
 * invoice is the truth.
 */
import { readFileSync } from 'node:fs';
import {
  type CountryCallingCode,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';

/** The categories Meta charges for. `service` (free-form) messages are free. */
export const PRICED_CATEGORIES = ['utility', 'marketing', 'authentication'] as const;
export type PricedCategory = (typeof PRICED_CATEGORIES)[number];

/** US dollars per delivered message, by category. */
export type CategoryRates = Readonly<Record<PricedCategory, number>>;

/** Rates by ISO country code (upper case), and `default` for every country not listed. */
export type RateTable = Readonly<{ default: CategoryRates; [country: string]: CategoryRates }>;

export interface Pricing {
  currency: 'USD';
  rates: RateTable;
  /** The file merged over the built-in table, or null when only the built-in table is used. */
  source: string | null;
}

/** Approximate per-message rates in USD (Meta's rate card, 2025–2026); override with a file. */
export const DEFAULT_RATES: RateTable = {
  GB: { utility: 0.022, marketing: 0.0529, authentication: 0.0358 },
  IE: { utility: 0.0248, marketing: 0.0592, authentication: 0.0404 },
  US: { utility: 0.004, marketing: 0.025, authentication: 0.0135 },
  CA: { utility: 0.004, marketing: 0.025, authentication: 0.0135 },
  IN: { utility: 0.0014, marketing: 0.0107, authentication: 0.0014 },
  BR: { utility: 0.0068, marketing: 0.0625, authentication: 0.0315 },
  DE: { utility: 0.055, marketing: 0.1365, authentication: 0.0768 },
  FR: { utility: 0.03, marketing: 0.0859, authentication: 0.0357 },
  ES: { utility: 0.02, marketing: 0.0615, authentication: 0.0342 },
  IT: { utility: 0.03, marketing: 0.0691, authentication: 0.0378 },
  NL: { utility: 0.05, marketing: 0.1597, authentication: 0.0706 },
  MX: { utility: 0.0085, marketing: 0.0305, authentication: 0.0239 },
  AU: { utility: 0.0113, marketing: 0.0732, authentication: 0.0426 },
  ZA: { utility: 0.0076, marketing: 0.0379, authentication: 0.02 },
  NG: { utility: 0.0067, marketing: 0.0516, authentication: 0.0232 },
  AE: { utility: 0.0157, marketing: 0.0384, authentication: 0.0178 },
  default: { utility: 0.008, marketing: 0.0604, authentication: 0.0357 },
};

export const DEFAULT_PRICING: Pricing = { currency: 'USD', rates: DEFAULT_RATES, source: null };

/** A rate above this is almost certainly a unit mistake (cents instead of dollars). */
const MAX_RATE_USD = 1;
const COUNTRY_KEY = /^[A-Za-z]{2}$/;

/** A pricing file that cannot be read or does not have the rate table's shape. */
export class InvalidPricingError extends Error {
  constructor(source: string, problem: string) {
    super(`Invalid WhatsApp pricing in ${source}: ${problem}`);
    this.name = 'InvalidPricingError';
  }
}

/**
 * The rate table: the built-in rates, with the optional JSON file merged over them. The file has
 * the same shape (`{"GB": {"utility": 0.0215}, "default": {...}}`); a row may list only the
 * categories it changes, and a new country's missing categories take the `default` row's rates.
 * Throws `InvalidPricingError` naming the file and the problem.
 */
export function loadPricing(filePath?: string | null): Pricing {
  if (filePath === undefined || filePath === null || filePath.trim() === '') return DEFAULT_PRICING;
  let raw: string;
  try {
    raw = readFileSync(filePath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidPricingError(filePath, `the file could not be read (${reason})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidPricingError(filePath, `the file is not valid JSON (${reason})`);
  }
  return { currency: 'USD', rates: mergeRates(DEFAULT_RATES, parsed, filePath), source: filePath };
}

/** Merges `overrides` (already parsed JSON) over `base`; `source` names it in errors. */
export function mergeRates(base: RateTable, overrides: unknown, source: string): RateTable {
  const fail = (problem: string): never => {
    throw new InvalidPricingError(source, problem);
  };
  if (!isRecord(overrides)) {
    return fail('the top level must be an object of rows by country code, e.g. {"GB": {...}}');
  }
  const rows = new Map<string, Record<string, unknown>>();
  for (const [key, row] of Object.entries(overrides)) {
    if (key !== 'default' && !COUNTRY_KEY.test(key)) {
      fail(`"${key}" is not a two-letter ISO country code (such as GB) or "default"`);
    }
    const name = key === 'default' ? key : key.toUpperCase();
    if (rows.has(name)) fail(`the row for ${name} appears twice`);
    if (!isRecord(row)) fail(`the row for ${name} must be an object such as {"utility": 0.022}`);
    rows.set(name, row as Record<string, unknown>);
  }
  const merged: Record<string, CategoryRates> = { ...base };
  // The default row first: new countries fill their missing categories from it.
  const defaultRow = rows.get('default');
  if (defaultRow) merged.default = mergeRow(base.default, defaultRow, 'default', fail);
  for (const [country, row] of rows) {
    if (country === 'default') continue;
    merged[country] = mergeRow(base[country] ?? merged.default!, row, country, fail);
  }
  return merged as RateTable;
}

function mergeRow(
  base: CategoryRates,
  row: Record<string, unknown>,
  name: string,
  fail: (problem: string) => never,
): CategoryRates {
  const result: Record<PricedCategory, number> = { ...base };
  for (const [category, value] of Object.entries(row)) {
    if (!(PRICED_CATEGORIES as readonly string[]).includes(category)) {
      fail(
        `${name}.${category} is not a priced category; use ${PRICED_CATEGORIES.join(', ')} ` +
          '(service messages are free)',
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      fail(`${name}.${category} must be a number of US dollars, 0 or more (got ${show(value)})`);
    }
    if ((value as number) > MAX_RATE_USD) {
      fail(
        `${name}.${category} is ${value} US dollars per message, which is implausible; ` +
          'rates are in dollars, not cents (e.g. 0.022)',
      );
    }
    result[category as PricedCategory] = value as number;
  }
  return result;
}

/**
 * The ISO country of a WhatsApp id (E.164 digits without the plus), or null. A business-scoped
 * user id (a username user's chat) starts with its country: `US.1349…`.
 */
export function countryOfWaId(waId: string): string | null {
  const userIdCountry = /^([A-Z]{2})\./.exec(waId)?.[1];
  if (userIdCountry) return userIdCountry;
  return parsePhoneNumberFromString(`+${waId}`)?.country ?? null;
}

/**
 * Which row of the table prices messages to `waId`: its country when listed; otherwise a listed
 * country sharing its calling code (Meta prices by calling code, so +44 numbers in Guernsey or in
 * the fictional 07700 900 range cost what other UK numbers cost); otherwise `default`.
 */
export function pricingRowFor(pricing: Pricing, waId: string): string {
  const userIdCountry = /^([A-Z]{2})\./.exec(waId)?.[1];
  if (userIdCountry) return pricing.rates[userIdCountry] ? userIdCountry : 'default';
  const parsed = parsePhoneNumberFromString(`+${waId}`);
  if (!parsed) return 'default';
  if (parsed.country && pricing.rates[parsed.country]) return parsed.country;
  const sharing = countriesOfCallingCode(parsed.countryCallingCode);
  return sharing.find((country) => pricing.rates[country]) ?? 'default';
}

/** The rate in USD for one delivered, charged message of `category` to `waId`. */
export function rateFor(pricing: Pricing, waId: string, category: PricedCategory): number {
  const row = pricing.rates[pricingRowFor(pricing, waId)] ?? pricing.rates.default;
  return row[category];
}

export interface MessageCostInput {
  /** The recipient's WhatsApp id (E.164 digits without the plus). */
  waId: string;
  /** The stored status: queued, accepted, sent, delivered, read, failed, held. */
  status: string;
  /** What Meta's status reported, when it did: `pricing.category`, `pricing.type`, `pricing.billable`. */
  category: string | null;
  pricingType: string | null;
  billable: boolean | null;
  /** The message kind (`template`, `text`, …), used while Meta has not reported pricing. */
  kind?: string | null;
  /** Whether the person's 24-hour window was open when it was sent; unknown counts as closed. */
  windowOpen?: boolean | null;
}

/**
 * The estimated cost in USD of one stored message: 0 unless it was delivered (delivered or read,
 * or sent and reported billable) and charged (`regular`, or billable). Free pricing types
 * (`free_customer_service`, `free_entry_point`, …) and the `service` category cost nothing.
 * Before Meta reports pricing, a template sent outside the window is priced as `utility` (Meedi8
 * sends only utility templates) and free-form messages are free.
 */
export function estimateMessageCost(pricing: Pricing, message: MessageCostInput): number {
  const delivered =
    message.status === 'delivered' ||
    message.status === 'read' ||
    (message.status === 'sent' && message.billable === true);
  if (!delivered) return 0;

  const type = message.pricingType;
  // Meta's free pricing types all start with "free_" (free_customer_service, free_entry_point).
  if (type?.startsWith('free')) return 0;
  let charged: boolean;
  if (type === 'regular') charged = true;
  else if (message.billable !== null) charged = message.billable;
  // A pricing type Meta adds later, without the deprecated flag: counted, to err on the high side.
  else if (type !== null) charged = true;
  // Nothing reported yet: a template outside the window is charged, free-form never is.
  else charged = message.kind === 'template' && message.windowOpen !== true;
  if (!charged) return 0;
  const category = pricedCategory(message.category);
  return category ? rateFor(pricing, message.waId, category) : 0;
}

/**
 * Meta's category names to the table's. `service` is free; none reported (or one Meta adds later)
 * counts as utility, the only category Meedi8 sends.
 */
function pricedCategory(category: string | null): PricedCategory | null {
  if (category === null) return 'utility';
  const name = category.toLowerCase();
  if (name === 'service') return null;
  if (name.startsWith('authentication')) return 'authentication';
  if (name.startsWith('marketing')) return 'marketing';
  return 'utility';
}

let callingCodes: Map<CountryCallingCode, CountryCode[]> | null = null;

function countriesOfCallingCode(code: CountryCallingCode): CountryCode[] {
  if (!callingCodes) {
    callingCodes = new Map();
    for (const country of getCountries()) {
      const calling = getCountryCallingCode(country);
      callingCodes.set(calling, [...(callingCodes.get(calling) ?? []), country]);
    }
  }
  return callingCodes.get(code) ?? [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value));
}
