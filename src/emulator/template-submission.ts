/**
 * Checks a template submitted to `POST /{waba}/message_templates` the way Meta's review front
 * door does: name, language, category, components, and examples for every variable.
 */
import { authenticationComponents } from './authentication-template.js';
import { GraphError } from './graph-errors.js';
import {
  placeholderNumbers,
  type TemplateButton,
  type TemplateCategory,
  type TemplateComponent,
} from './template-store.js';

export interface TemplateSubmission {
  name: string;
  language: string;
  category: TemplateCategory;
  components: TemplateComponent[];
}

const CATEGORIES: readonly TemplateCategory[] = ['UTILITY', 'MARKETING', 'AUTHENTICATION'];

/** Meta answers template problems with code 100 and a user-facing title and message. */
function rejected(userTitle: string, userMessage: string, subcode?: number): GraphError {
  return new GraphError(400, 100, {
    message: 'Invalid parameter',
    userTitle,
    userMessage,
    ...(subcode === undefined ? {} : { subcode }),
  });
}

/**
 * Validates a submission and returns it normalised (upper-case types and category).
 * `seeded`: a template the account already holds (made by hand, reviewed under older rules),
 * so today's wording rule on variables at the start or end does not apply.
 */
export function validateTemplateSubmission(
  body: unknown,
  options: { seeded?: boolean } = {},
): TemplateSubmission {
  if (typeof body !== 'object' || body === null) {
    throw rejected(
      'Missing template',
      'The request needs name, language, category and components.',
    );
  }
  const b = body as Record<string, unknown>;
  const name = b.name;
  if (typeof name !== 'string' || name.length === 0) {
    throw new GraphError(400, 100, { message: '(#100) The parameter name is required.' });
  }
  if (!/^[a-z0-9_]{1,512}$/.test(name)) {
    throw rejected(
      'Invalid template name',
      'Template names can only contain lowercase letters, numbers and underscores.',
    );
  }
  const language = b.language;
  if (typeof language !== 'string' || language.length === 0) {
    throw new GraphError(400, 100, { message: '(#100) The parameter language is required.' });
  }
  if (!/^[a-z]{2,3}(_[A-Z]{2,3})?$/.test(language)) {
    throw rejected('Invalid language', `Language ${language} is not supported.`);
  }
  const category = typeof b.category === 'string' ? b.category.toUpperCase() : undefined;
  if (category === undefined) {
    throw new GraphError(400, 100, { message: '(#100) The parameter category is required.' });
  }
  if (!CATEGORIES.includes(category as TemplateCategory)) {
    throw new GraphError(400, 100, {
      message: `(#100) Param category must be one of {${CATEGORIES.join(', ')}} - got "${b.category}".`,
    });
  }
  if (!Array.isArray(b.components) || b.components.length === 0) {
    throw new GraphError(400, 100, { message: '(#100) The parameter components is required.' });
  }
  const normalised = b.components.map((c) => normaliseComponent(c));
  if (category === 'AUTHENTICATION') {
    return {
      name,
      language,
      category,
      components: authenticationComponents(normalised, language),
    };
  }
  const components = normalised;
  checkComponents(components, options.seeded ?? false);
  return { name, language, category: category as TemplateCategory, components };
}

function normaliseComponent(raw: unknown): TemplateComponent {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    typeof (raw as { type?: unknown }).type !== 'string'
  ) {
    throw rejected('Invalid component', 'Every component needs a type.');
  }
  const c = structuredClone(raw) as TemplateComponent;
  c.type = c.type.toUpperCase();
  if (typeof c.format === 'string') c.format = c.format.toUpperCase();
  if (Array.isArray(c.buttons)) {
    c.buttons = c.buttons.map((button) => ({ ...button, type: String(button.type).toUpperCase() }));
  }
  return c;
}

function checkComponents(components: TemplateComponent[], seeded: boolean): void {
  const types = components.map((c) => c.type);
  for (const type of types) {
    if (!['HEADER', 'BODY', 'FOOTER', 'BUTTONS'].includes(type)) {
      throw rejected('Invalid component', `Component type ${type} is not supported.`);
    }
    if (types.filter((t) => t === type).length > 1) {
      throw rejected('Invalid component', `A template has at most one ${type} component.`);
    }
  }
  const body = components.find((c) => c.type === 'BODY');
  if (!body || typeof body.text !== 'string' || body.text.trim() === '') {
    throw rejected('Missing body', 'A template needs a BODY component with text.');
  }
  if (body.text.length > 1024) {
    throw rejected('Body too long', 'The body can have at most 1,024 characters.');
  }
  checkVariables('body', body.text, bodyExamples(body));
  const trimmed = body.text.trim();
  if (!seeded && (/^\{\{\s*\d+\s*\}\}/.test(trimmed) || /\{\{\s*\d+\s*\}\}$/.test(trimmed))) {
    throw rejected(
      "Variables can't be at the start or end of the template",
      'Move the variable so that text comes before and after it.',
      2388299,
    );
  }
  const header = components.find((c) => c.type === 'HEADER');
  if (header && (header.format ?? 'TEXT') === 'TEXT') {
    if (typeof header.text !== 'string' || header.text.length === 0) {
      throw rejected('Missing header text', 'A TEXT header needs text.');
    }
    if (header.text.length > 60) {
      throw rejected('Header too long', 'The header can have at most 60 characters.');
    }
    const variables = placeholderNumbers(header.text);
    if (variables.length > 1) {
      throw rejected('Too many header variables', 'A header can have at most one variable.');
    }
    const example = header.example?.header_text;
    checkVariables('header', header.text, Array.isArray(example) ? example.map(String) : []);
  }
  const footer = components.find((c) => c.type === 'FOOTER');
  if (footer) {
    if (typeof footer.text !== 'string' || footer.text.length === 0 || footer.text.length > 60) {
      throw rejected('Invalid footer', 'The footer needs 1 to 60 characters.');
    }
    if (placeholderNumbers(footer.text).length > 0) {
      throw rejected('Invalid footer', 'The footer cannot have variables.');
    }
  }
  const buttons = components.find((c) => c.type === 'BUTTONS');
  if (buttons) checkButtons(buttons.buttons);
}

function bodyExamples(body: TemplateComponent): string[] {
  const rows = body.example?.body_text;
  if (!Array.isArray(rows) || !Array.isArray(rows[0])) return [];
  return (rows[0] as unknown[]).map(String);
}

function checkVariables(where: string, text: string, examples: string[]): void {
  const numbers = placeholderNumbers(text);
  if (numbers.length === 0) return;
  if (numbers.some((n, i) => n !== i + 1)) {
    throw rejected(
      'Variable parameters are not sequential',
      `The ${where} variables must be {{1}}, {{2}}, … without gaps.`,
    );
  }
  if (examples.length !== numbers.length) {
    throw rejected(
      'Missing sample values',
      `The ${where} has ${numbers.length} variable(s): give as many sample values in example.${where}_text.`,
    );
  }
}

function checkButtons(buttons: TemplateButton[] | undefined): void {
  if (!Array.isArray(buttons) || buttons.length === 0 || buttons.length > 10) {
    throw rejected('Invalid buttons', 'A BUTTONS component needs 1 to 10 buttons.');
  }
  for (const button of buttons) {
    if (!['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP', 'FLOW'].includes(button.type)) {
      throw rejected('Invalid button', `Button type ${button.type} is not supported.`);
    }
    if (button.type !== 'OTP' && button.type !== 'COPY_CODE') {
      if (typeof button.text !== 'string' || button.text.length === 0 || button.text.length > 25) {
        throw rejected('Invalid button text', 'Button text needs 1 to 25 characters.');
      }
    }
    if (button.type === 'URL') {
      if (typeof button.url !== 'string' || !/^https?:\/\//.test(button.url)) {
        throw rejected('Invalid URL', 'A URL button needs an http(s) url.');
      }
      const variables = placeholderNumbers(button.url);
      if (variables.length > 1 || (variables.length === 1 && !button.url.endsWith('{{1}}'))) {
        throw rejected(
          'Invalid URL',
          'A URL button can only have one variable, {{1}}, at its end.',
        );
      }
      if (
        variables.length === 1 &&
        (!Array.isArray(button.example) || button.example.length === 0)
      ) {
        throw rejected('Missing sample values', 'A URL button with {{1}} needs an example URL.');
      }
    }
  }
}
