import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../i18n/locales.js';
import { WHATSAPP_LIMITS } from '../graph/whatsapp-limits.js';
import {
  TEMPLATE_NAMES,
  TEMPLATE_SPECS,
  templateDefinition,
  templateDefinitions,
} from './definitions.js';
import { TEMPLATE_LANGUAGES } from './template-languages.js';

const PUBLIC_URL = 'https://meedi8.example';
const definitions = templateDefinitions(PUBLIC_URL);

function placeholders(text: string): number[] {
  return [...text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));
}

describe('template definitions', () => {
  it('defines the four templates of the plan and the check-in', () => {
    expect(TEMPLATE_NAMES.sort()).toEqual(
      [
        'agreement_reached',
        'break_requested',
        'mediation_check_in',
        'mediation_invite',
        'phone_verification_code',
        'turn_notification',
      ].sort(),
    );
  });

  // The authentication template's text is Meta's preset; its own rules are in
  // to-create-template-request.test.ts.
  const utility = definitions.filter((d) => d.category === 'UTILITY');
  describe.each(utility.map((d) => [`${d.name} (${d.language})`, d] as const))(
    '%s',
    (_name, definition) => {
      it('is a UTILITY template in one of Meta’s language codes, with a valid name', () => {
        expect(definition.category).toBe('UTILITY');
        expect(definition.language).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
        expect(definition.name).toMatch(/^[a-z0-9_]{1,512}$/);
      });

      it('numbers its placeholders {{1}}…{{n}} in order, one per parameter, each with an example', () => {
        const numbers = placeholders(definition.body);
        expect(numbers).toEqual(definition.bodyParameters.map((_, i) => i + 1));
        for (const param of definition.bodyParameters) {
          expect(param.example.length).toBeGreaterThan(0);
          expect(param.example.length).toBeLessThanOrEqual(param.maxLength);
        }
        expect(new Set(definition.bodyParameters.map((p) => p.name)).size).toBe(
          definition.bodyParameters.length,
        );
      });

      it('neither starts nor ends with a placeholder, and has none side by side (Meta’s review rules)', () => {
        expect(definition.body.trim()).not.toMatch(/^\{\{/);
        // Any closing punctuation: Latin, Devanagari (।) or Arabic (؟ ،).
        expect(definition.body.trim()).not.toMatch(/\}\}[\s\p{P}]*$/u);
        expect(definition.body).not.toMatch(/\}\}\s*\{\{/);
      });

      it('has enough words around its placeholders for Meta’s review (not mostly variables)', () => {
        const words = definition.body
          .replace(/\{\{\d+\}\}/g, ' ')
          .trim()
          .split(/\s+/);
        expect(words.length).toBeGreaterThanOrEqual(5 * definition.bodyParameters.length + 5);
      });

      it('has no more than two line breaks in a row and no tabs', () => {
        expect(definition.body).not.toMatch(/\n{3,}|\t/);
      });

      it('stays within 1,024 characters even with every parameter at its longest', () => {
        const longest = definition.bodyParameters.reduce(
          (text, param, i) => text.replace(`{{${i + 1}}}`, 'x'.repeat(param.maxLength)),
          definition.body,
        );
        expect(longest.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.templateBody);
      });

      it('has a footer of at most 60 characters', () => {
        expect(definition.footer.length).toBeGreaterThan(0);
        expect(definition.footer.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.templateFooter);
      });

      it('has a URL button on the public base URL ending in {{1}}, with a full example', () => {
        expect(definition.urlButton.text.length).toBeLessThanOrEqual(
          WHATSAPP_LIMITS.templateUrlButtonText,
        );
        expect(definition.buttonUrl.startsWith(`${PUBLIC_URL}/`)).toBe(true);
        expect(definition.buttonUrl.endsWith('{{1}}')).toBe(true);
        expect(placeholders(definition.buttonUrl)).toEqual([1]);
        expect(definition.buttonExampleUrl).toBe(
          definition.buttonUrl.replace('{{1}}', definition.urlButton.parameter.example),
        );
        expect(() => new URL(definition.buttonExampleUrl)).not.toThrow();
        expect(definition.buttonExampleUrl.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.templateUrl);
      });

      it('keeps mediation content out of the notification (no summary parameter)', () => {
        expect(definition.bodyParameters.map((p) => p.name)).not.toContain('agreementSummary');
      });
    },
  );

  it('tells the invited person how to stop, in every language (STOP works everywhere)', () => {
    expect(TEMPLATE_SPECS.mediation_invite.body).toMatch(/Reply STOP to opt out/);
    for (const d of definitions.filter((x) => x.name === 'mediation_invite')) {
      expect(d.body, d.language).toContain('STOP');
    }
  });

  it('defines every template in every shipped language, under Meta’s codes', () => {
    expect(TEMPLATE_LANGUAGES).toEqual(['en_GB', 'en_US', 'es', 'pt_BR', 'fr', 'de', 'hi', 'ar']);
    expect(definitions).toHaveLength(TEMPLATE_NAMES.length * LOCALES.length);
    for (const name of TEMPLATE_NAMES) {
      const languages = definitions.filter((d) => d.name === name).map((d) => d.language);
      expect(languages, name).toEqual(TEMPLATE_LANGUAGES);
    }
  });

  it('keeps each template’s shape in every language: placeholders, button, link and category', () => {
    const shape = (d: (typeof definitions)[number]) => ({
      category: d.category,
      placeholders: [...new Set(placeholders(d.body))].sort(),
      parameters: d.bodyParameters.map((p) => [p.name, p.maxLength]),
      buttonUrl: d.buttonUrl,
      authentication: d.authentication,
    });
    for (const d of definitions) {
      expect(shape(d), `${d.name} (${d.language})`).toEqual(
        shape(templateDefinition(d.name, PUBLIC_URL)),
      );
    }
  });

  it('is really translated: each language but US English has its own words', () => {
    for (const d of definitions.filter((x) => !x.language.startsWith('en'))) {
      const english = templateDefinition(d.name, PUBLIC_URL);
      expect(d.body, `${d.name} (${d.language})`).not.toBe(english.body);
      expect(d.urlButton.text, `${d.name} (${d.language})`).not.toBe(english.urlButton.text);
      for (const [i, param] of d.bodyParameters.entries()) {
        if (param.fallback) expect(param.fallback).not.toBe(english.bodyParameters[i]!.fallback);
      }
    }
  });

  it('gives the authentication template a copy-code button and footer of Meta’s length in every language', () => {
    for (const d of definitions.filter((x) => x.category === 'AUTHENTICATION')) {
      expect(d.urlButton.text.length).toBeLessThanOrEqual(25);
      expect(d.footer.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.templateFooter);
      expect(placeholders(d.body)).toEqual([1]);
    }
  });

  it('links invites to /join/<token>, as the web app does, and the rest to the room', () => {
    expect(templateDefinition('mediation_invite', PUBLIC_URL).buttonUrl).toBe(
      `${PUBLIC_URL}/join/{{1}}`,
    );
    expect(templateDefinition('turn_notification', PUBLIC_URL).buttonUrl).toBe(
      `${PUBLIC_URL}/rooms/{{1}}`,
    );
  });

  it('ignores a trailing slash on the public URL', () => {
    expect(templateDefinition('break_requested', `${PUBLIC_URL}/`).buttonUrl).toBe(
      `${PUBLIC_URL}/rooms/{{1}}`,
    );
  });
});
