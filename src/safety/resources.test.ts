import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAFETY_RESOURCES,
  InvalidSafetyResourcesError,
  loadSafetyResources,
  resourcesFor,
} from './resources.js';

const dir = mkdtempSync(join(tmpdir(), 'meedi8-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const NZ_LINE = {
  name: 'Are You OK',
  phone: '0800 456 450',
  description: 'Family violence information line.',
  url: 'https://areyouok.org.nz',
  categories: ['violence', 'fear', 'coercive_control'],
};

describe('loadSafetyResources defaults', () => {
  it('returns GB, US and default when no file is given', () => {
    const directory = loadSafetyResources();
    expect(Object.keys(directory)).toEqual(expect.arrayContaining(['GB', 'US', 'default']));
    const gbPhones = directory.GB?.map((r) => r.phone);
    expect(gbPhones).toEqual(
      expect.arrayContaining(['999', '0808 2000 247', '116 123', '0808 8010 327']),
    );
    const usPhones = directory.US?.map((r) => r.phone);
    expect(usPhones).toEqual(expect.arrayContaining(['911', '1-800-799-7233', '988']));
    expect(directory.default?.some((r) => r.url === 'https://findahelpline.com')).toBe(true);
  });

  it('gives every country an emergency entry', () => {
    for (const [code, list] of Object.entries(DEFAULT_SAFETY_RESOURCES)) {
      expect(
        list.some((r) => r.emergency === true),
        code,
      ).toBe(true);
    }
  });

  it('covers GB, IE, US, CA, AU, NZ, IN and ZA, emergency number first', () => {
    for (const code of ['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'IN', 'ZA', 'default']) {
      const list = DEFAULT_SAFETY_RESOURCES[code] ?? [];
      expect(list[0]?.emergency, code).toBe(true);
      // A self-harm line and an abuse line in every named country.
      if (code !== 'default') {
        expect(
          list.some((r) => r.categories?.includes('self_harm')),
          code,
        ).toBe(true);
        expect(
          list.some((r) => r.categories?.includes('violence')),
          code,
        ).toBe(true);
        expect(
          list.some((r) => r.categories?.includes('child_risk')),
          code,
        ).toBe(true);
      }
    }
    expect(DEFAULT_SAFETY_RESOURCES.GB?.[0]?.description).toContain('55');
    expect(DEFAULT_SAFETY_RESOURCES.ZA?.[0]?.phone).toBe('10111');
  });

  it('covers the countries where the other shipped languages are spoken, emergency number first', () => {
    const countries = [
      'ES',
      'MX',
      'AR',
      'CO',
      'BR',
      'PT',
      'FR',
      'BE',
      'CA',
      'CH',
      'DE',
      'AT',
    ].concat(['IN', 'SA', 'AE', 'EG', 'MA']);
    for (const code of countries) {
      const list = DEFAULT_SAFETY_RESOURCES[code] ?? [];
      expect(list[0]?.emergency, code).toBe(true);
      expect(list[0]?.phone, code).toMatch(/\d/);
    }
    expect(DEFAULT_SAFETY_RESOURCES.ES?.map((r) => r.phone)).toEqual(
      expect.arrayContaining(['112', '016', '024']),
    );
    expect(DEFAULT_SAFETY_RESOURCES.BR?.map((r) => r.phone)).toEqual(
      expect.arrayContaining(['180', '188']),
    );
    expect(DEFAULT_SAFETY_RESOURCES.DE?.map((r) => r.phone)).toContain('116 016');
  });

  it('gives every built-in entry its source and a last-checked date (or null)', () => {
    for (const [code, list] of Object.entries(DEFAULT_SAFETY_RESOURCES)) {
      for (const resource of list) {
        expect(resource.source, `${code} ${resource.name}`).toMatch(/^https:\/\//);
        expect(
          resource.lastChecked === null || /^\d{4}-\d{2}-\d{2}$/.test(resource.lastChecked ?? ''),
          `${code} ${resource.name}`,
        ).toBe(true);
      }
    }
  });

  it('gives every risk category a line in every named country', () => {
    const categories = [
      'violence',
      'threats',
      'fear',
      'coercive_control',
      'stalking',
      'financial_control',
      'sexual_coercion',
      'child_risk',
      'self_harm',
    ] as const;
    for (const [code, list] of Object.entries(DEFAULT_SAFETY_RESOURCES)) {
      if (code === 'default') continue;
      for (const category of categories) {
        expect(
          list.some((r) => r.categories?.includes(category)),
          `${code} ${category}`,
        ).toBe(true);
      }
    }
  });

  it('rejects a last_checked that is not a date', () => {
    const path = writeJson('bad-date.json', { NZ: [{ ...NZ_LINE, last_checked: 'last week' }] });
    expect(() => loadSafetyResources(path)).toThrow(/last_checked must be a date/);
  });

  it('returns a copy, so callers cannot change the defaults', () => {
    const directory = loadSafetyResources();
    directory.GB?.pop();
    expect(loadSafetyResources().GB).toHaveLength(DEFAULT_SAFETY_RESOURCES.GB?.length ?? 0);
  });

  it('treats an empty path as no file', () => {
    expect(loadSafetyResources('  ')).toEqual(DEFAULT_SAFETY_RESOURCES);
  });
});

describe('loadSafetyResources with a file', () => {
  it('adds new countries and replaces overridden ones', () => {
    const gbOnly = { ...NZ_LINE, name: 'Local GB line', phone: '0800 000 000' };
    const path = writeJson('override.json', { nz: [NZ_LINE], GB: [gbOnly] });
    const directory = loadSafetyResources(path);
    expect(directory.NZ?.[0]?.name).toBe('Are You OK');
    expect(directory.GB).toEqual([{ ...gbOnly, categories: NZ_LINE.categories }]);
    expect(directory.US).toEqual(DEFAULT_SAFETY_RESOURCES.US);
    expect(directory.default).toEqual(DEFAULT_SAFETY_RESOURCES.default);
  });

  it.each([
    ['not-json.json', '{ "GB": [', /not valid JSON/],
    ['array.json', [], /top level must be an object/],
    ['bad-code.json', { GBR: [NZ_LINE] }, /"GBR" is not a two-letter ISO country code/],
    ['empty-list.json', { GB: [] }, /GB must be a non-empty array/],
    [
      'no-name.json',
      { GB: [{ ...NZ_LINE, name: '' }] },
      /GB\[0\]\.name must be a non-empty string/,
    ],
    ['no-phone.json', { GB: [{ ...NZ_LINE, phone: undefined }] }, /GB\[0\]\.phone is missing/],
    ['bad-phone.json', { GB: [{ ...NZ_LINE, phone: 999 }] }, /GB\[0\]\.phone \(or null\) must be/],
    [
      'bad-url.json',
      { GB: [{ ...NZ_LINE, url: 'refuge.org.uk' }] },
      /GB\[0\]\.url must start with/,
    ],
    ['typo.json', { GB: [{ ...NZ_LINE, phnoe: '1' }] }, /GB\[0\] has unknown field "phnoe"/],
    [
      'bad-category.json',
      { GB: [{ ...NZ_LINE, categories: ['abuse'] }] },
      /categories\[0\] must be one of/,
    ],
    [
      'bad-emergency.json',
      { GB: [{ ...NZ_LINE, emergency: 'yes' }] },
      /emergency must be true or false/,
    ],
    ['duplicate.json', { gb: [NZ_LINE], GB: [NZ_LINE] }, /"GB" appears more than once/],
  ])('rejects %s with a clear error naming the file', (name, content, problem) => {
    const path = writeJson(name, content);
    expect(() => loadSafetyResources(path)).toThrow(InvalidSafetyResourcesError);
    expect(() => loadSafetyResources(path)).toThrow(problem);
    expect(() => loadSafetyResources(path)).toThrow(path);
  });

  it('names the file when it cannot be read', () => {
    const path = join(dir, 'missing.json');
    expect(() => loadSafetyResources(path)).toThrow(`${path}: the file could not be read`);
  });
});

describe('resourcesFor', () => {
  const directory = loadSafetyResources();

  it('returns the country list, whatever the case', () => {
    expect(resourcesFor(directory, 'gb')).toBe(directory.GB);
    expect(resourcesFor(directory, 'US')).toBe(directory.US);
  });

  it('falls back to default for unknown or missing countries', () => {
    expect(resourcesFor(directory, 'XK')).toBe(directory.default);
    expect(resourcesFor(directory, null)).toBe(directory.default);
    expect(resourcesFor(directory, '')).toBe(directory.default);
  });

  it('returns an empty list when there is no default either', () => {
    expect(resourcesFor({}, 'FR')).toEqual([]);
  });
});
