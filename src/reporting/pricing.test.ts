import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countryOfWaId,
  DEFAULT_PRICING,
  DEFAULT_RATES,
  estimateMessageCost,
  InvalidPricingError,
  loadPricing,
  type MessageCostInput,
  pricingRowFor,
  rateFor,
} from './pricing.js';

const folder = mkdtempSync(path.join(tmpdir(), 'meedi8-pricing-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function pricingFile(name: string, content: unknown): string {
  const file = path.join(folder, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

// Numbers by country (E.164 digits, as WhatsApp ids are).
const GB = '447911123456';
const GB_FICTION = '447700900123';
const US = '12025550123';
const CA = '14165550123';
const IN = '919876543210';
const BR = '5511987654321';
const DE = '491711234567';
const FR = '33612345678';
const ES = '34612345678';
const JP = '819012345678';

/** A utility template delivered outside the window, as Meta reports it. */
const delivered = (waId: string, overrides: Partial<MessageCostInput> = {}): MessageCostInput => ({
  waId,
  status: 'delivered',
  category: 'utility',
  pricingType: 'regular',
  billable: true,
  kind: 'template',
  ...overrides,
});

describe('rates by country', () => {
  it('prices utility templates by the recipient country', () => {
    const expected: [string, number][] = [
      [GB, 0.022],
      [US, 0.004],
      [IN, 0.0014],
      [BR, 0.0068],
      [DE, 0.055],
      [FR, 0.03],
      [ES, 0.02],
    ];
    for (const [waId, rate] of expected) {
      expect(rateFor(DEFAULT_PRICING, waId, 'utility'), waId).toBe(rate);
      expect(estimateMessageCost(DEFAULT_PRICING, delivered(waId)), waId).toBe(rate);
    }
  });

  it('reads the country from the number', () => {
    expect(countryOfWaId(US)).toBe('US');
    expect(countryOfWaId(CA)).toBe('CA');
    expect(countryOfWaId(JP)).toBe('JP');
    expect(countryOfWaId('12')).toBeNull();
  });

  it('prices numbers the country table does not list at the default row', () => {
    expect(pricingRowFor(DEFAULT_PRICING, JP)).toBe('default');
    expect(rateFor(DEFAULT_PRICING, JP, 'utility')).toBe(DEFAULT_RATES.default.utility);
    expect(rateFor(DEFAULT_PRICING, 'not-a-number', 'utility')).toBe(DEFAULT_RATES.default.utility);
  });

  it('prices +44 numbers outside the GB metadata (fictional range, Guernsey) as GB', () => {
    expect(countryOfWaId(GB_FICTION)).toBeNull();
    expect(pricingRowFor(DEFAULT_PRICING, GB_FICTION)).toBe('GB');
    expect(rateFor(DEFAULT_PRICING, GB_FICTION, 'utility')).toBe(0.022);
    expect(pricingRowFor(DEFAULT_PRICING, GB)).toBe('GB');
  });

  it('charges marketing several times utility, and reads Meta category variants', () => {
    for (const row of Object.values(DEFAULT_RATES)) {
      expect(row.marketing).toBeGreaterThan(row.utility * 2);
    }
    expect(estimateMessageCost(DEFAULT_PRICING, delivered(GB, { category: 'marketing' }))).toBe(
      0.0529,
    );
    expect(
      estimateMessageCost(
        DEFAULT_PRICING,
        delivered(IN, { category: 'authentication_international' }),
      ),
    ).toBe(DEFAULT_RATES.IN!.authentication);
  });
});

describe('what is free', () => {
  it('free pricing types and the service category cost nothing', () => {
    for (const pricingType of ['free_customer_service', 'free_entry_point']) {
      expect(
        estimateMessageCost(DEFAULT_PRICING, delivered(GB, { pricingType, billable: false })),
      ).toBe(0);
    }
    expect(
      estimateMessageCost(
        DEFAULT_PRICING,
        delivered(GB, { category: 'service', kind: 'text', pricingType: 'regular' }),
      ),
    ).toBe(0);
    expect(
      estimateMessageCost(DEFAULT_PRICING, delivered(GB, { pricingType: null, billable: false })),
    ).toBe(0);
  });

  it('an undelivered message costs nothing', () => {
    for (const status of ['queued', 'held', 'accepted', 'failed']) {
      expect(estimateMessageCost(DEFAULT_PRICING, delivered(GB, { status })), status).toBe(0);
    }
    // Sent but not (yet) delivered, without pricing saying it is billable.
    expect(
      estimateMessageCost(
        DEFAULT_PRICING,
        delivered(GB, { status: 'sent', billable: null, pricingType: null, category: null }),
      ),
    ).toBe(0);
  });

  it('counts a message once delivered or read, or sent and reported billable', () => {
    for (const status of ['delivered', 'read', 'sent']) {
      expect(estimateMessageCost(DEFAULT_PRICING, delivered(US, { status })), status).toBe(0.004);
    }
  });
});

describe('before Meta reports pricing', () => {
  const unpriced = (overrides: Partial<MessageCostInput>): MessageCostInput =>
    delivered(GB, { category: null, pricingType: null, billable: null, ...overrides });

  it('a template outside the window is priced as utility', () => {
    expect(estimateMessageCost(DEFAULT_PRICING, unpriced({ windowOpen: false }))).toBe(0.022);
    expect(estimateMessageCost(DEFAULT_PRICING, unpriced({ status: 'read' }))).toBe(0.022);
  });

  it('a template inside the window and free-form messages are free', () => {
    expect(estimateMessageCost(DEFAULT_PRICING, unpriced({ windowOpen: true }))).toBe(0);
    expect(estimateMessageCost(DEFAULT_PRICING, unpriced({ kind: 'text' }))).toBe(0);
    expect(estimateMessageCost(DEFAULT_PRICING, unpriced({ kind: 'interactive' }))).toBe(0);
  });

  it('a pricing type Meta adds later is counted unless reported not billable', () => {
    expect(
      estimateMessageCost(DEFAULT_PRICING, delivered(GB, { pricingType: 'new', billable: null })),
    ).toBe(0.022);
    expect(
      estimateMessageCost(DEFAULT_PRICING, delivered(GB, { pricingType: 'new', billable: false })),
    ).toBe(0);
  });
});

describe('loadPricing', () => {
  it('uses the built-in table without a file', () => {
    expect(loadPricing()).toBe(DEFAULT_PRICING);
    expect(loadPricing(null)).toBe(DEFAULT_PRICING);
    expect(loadPricing('  ')).toBe(DEFAULT_PRICING);
    expect(DEFAULT_PRICING.source).toBeNull();
  });

  it('merges a file over the built-in table', () => {
    const file = pricingFile('rates.json', {
      GB: { utility: 0.0215 },
      jp: { marketing: 0.1 },
      default: { utility: 0.01 },
    });
    const pricing = loadPricing(file);
    expect(pricing.source).toBe(file);
    expect(rateFor(pricing, GB, 'utility')).toBe(0.0215);
    expect(rateFor(pricing, GB, 'marketing')).toBe(DEFAULT_RATES.GB!.marketing);
    // A new country takes what it does not list from the (merged) default row.
    expect(rateFor(pricing, JP, 'marketing')).toBe(0.1);
    expect(rateFor(pricing, JP, 'utility')).toBe(0.01);
    expect(rateFor(pricing, '8613800138000', 'utility')).toBe(0.01);
    expect(rateFor(pricing, US, 'utility')).toBe(0.004);
    // The built-in table is left as it was.
    expect(DEFAULT_RATES.GB!.utility).toBe(0.022);
  });

  it('accepts an empty object and a rate of 0', () => {
    expect(loadPricing(pricingFile('empty.json', {})).rates).toEqual(DEFAULT_RATES);
    const free = loadPricing(pricingFile('free.json', { IN: { utility: 0 } }));
    expect(estimateMessageCost(free, delivered(IN))).toBe(0);
  });

  it('names the file and the problem when the file is wrong', () => {
    const cases: [string, unknown, RegExp][] = [
      ['not-json.json', '{"GB": ', /not valid JSON/],
      ['array.json', [1, 2], /top level must be an object/],
      ['bad-key.json', { GBR: { utility: 0.02 } }, /"GBR" is not a two-letter ISO country code/],
      ['row.json', { GB: 0.02 }, /row for GB must be an object/],
      ['category.json', { GB: { service: 0.01 } }, /GB\.service is not a priced category/],
      ['negative.json', { US: { utility: -1 } }, /US\.utility must be a number of US dollars/],
      ['text.json', { US: { utility: '0.004' } }, /US\.utility must be a number.*got "0\.004"/],
      ['cents.json', { DE: { marketing: 13.65 } }, /DE\.marketing is 13\.65 US dollars.*not cents/],
      ['twice.json', '{"gb": {"utility": 0.02}, "GB": {"utility": 0.03}}', /GB appears twice/],
    ];
    for (const [name, content, problem] of cases) {
      const file = pricingFile(name, content);
      let thrown: unknown;
      try {
        loadPricing(file);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toBeInstanceOf(InvalidPricingError);
      const message = (thrown as Error).message;
      expect(message, name).toContain(`Invalid WhatsApp pricing in ${file}:`);
      expect(message, name).toMatch(problem);
    }
  });

  it('says when the file cannot be read', () => {
    const missing = path.join(folder, 'missing.json');
    expect(() => loadPricing(missing)).toThrow(
      new RegExp(`Invalid WhatsApp pricing in ${missing}: the file could not be read`),
    );
  });
});
