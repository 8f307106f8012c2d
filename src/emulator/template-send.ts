/**
 * Checks a `type: "template"` send against the stored template the way Meta does (existence
 * in that language, review status, parameter counts and text rules) and renders what the
 * phone shows: the filled header and body, the footer, and the buttons with their final URLs.
 */
import { badRequest, GraphError, missingParameter } from './graph-errors.js';
import {
  componentOf,
  placeholderNames,
  placeholderNumbers,
  type Template,
  type TemplateStore,
} from './template-store.js';

/** A template as it appears on the phone. */
export interface RenderedTemplate {
  name: string;
  language: string;
  category: string;
  header?: { text?: string; format: string; link?: string; mediaId?: string };
  body: string;
  footer?: string;
  buttons: { type: string; text: string; url?: string; payload?: string }[];
}

type Params = Record<string, unknown>[];

/** Validates a template send and returns the template and its rendering; throws Meta's errors. */
export function checkTemplateSend(
  store: TemplateStore,
  raw: unknown,
): { template: Template; rendered: RenderedTemplate } {
  if (typeof raw !== 'object' || raw === null) throw missingParameter('template');
  const t = raw as Record<string, unknown>;
  if (typeof t.name !== 'string' || t.name === '') throw missingParameter("template['name']");
  const language = t.language as Record<string, unknown> | undefined;
  if (typeof language?.code !== 'string' || language.code === '') {
    throw missingParameter("template['language']['code']");
  }
  const template = store.find(t.name, language.code);
  if (!template) {
    throw badRequest(132001, `template name (${t.name}) does not exist in ${language.code}`);
  }
  checkStatus(template);
  const sent = sendComponents(t.components);

  const headerTemplate = componentOf(template, 'HEADER');
  let header: RenderedTemplate['header'];
  if (headerTemplate) header = renderHeader(headerTemplate, paramsOf(sent, 'header'));
  else if (paramsOf(sent, 'header').length > 0)
    throw countMismatch('header', paramsOf(sent, 'header').length, 0);

  const bodyTemplate = componentOf(template, 'BODY');
  const bodyParams = paramsOf(sent, 'body');
  const names = placeholderNames(bodyTemplate?.text);
  const expected = names.length || placeholderNumbers(bodyTemplate?.text).length;
  if (bodyParams.length !== expected) throw countMismatch('body', bodyParams.length, expected);
  const bodyValues = bodyParams.map((p) => textValue(p, 'body'));
  // Meta caps a one-time code at 15 characters.
  if (template.category === 'AUTHENTICATION' && (bodyValues[0]?.length ?? 0) > 15) {
    throw badRequest(131009, 'body: the verification code can have at most 15 characters');
  }
  const body =
    names.length > 0
      ? fillNamed(bodyTemplate?.text ?? '', names, bodyParams, bodyValues)
      : fill(bodyTemplate?.text ?? '', bodyValues);
  if (body.length > 1024) {
    throw badRequest(
      132005,
      'The text of the template with parameters exceeds the maximum length of 1024.',
    );
  }

  const rendered: RenderedTemplate = {
    name: template.name,
    language: template.language,
    category: template.category,
    body,
    buttons: renderButtons(template, sent),
  };
  if (header) rendered.header = header;
  const footer = componentOf(template, 'FOOTER')?.text;
  if (footer) rendered.footer = footer;
  return { template, rendered };
}

function checkStatus(template: Template): void {
  switch (template.status) {
    case 'APPROVED':
      return;
    case 'PAUSED':
      throw badRequest(132015);
    case 'DISABLED':
      throw badRequest(132016);
    default:
      // Meta does not distinguish an unapproved template from a missing one.
      throw badRequest(
        132001,
        `template name (${template.name}) does not exist in ${template.language}`,
      );
  }
}

function sendComponents(raw: unknown): Record<string, unknown>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    throw new GraphError(400, 100, {
      message: "(#100) Param template['components'] must be an array.",
      details: "Param template['components'] must be an array.",
    });
  }
  return raw.map((c) => {
    if (typeof c !== 'object' || c === null || typeof (c as { type?: unknown }).type !== 'string') {
      throw missingParameter("template['components'][0]['type']");
    }
    return c as Record<string, unknown>;
  });
}

function paramsOf(components: Record<string, unknown>[], type: string): Params {
  const params: Params = [];
  for (const c of components) {
    if (String(c.type).toLowerCase() !== type) continue;
    if (c.parameters !== undefined && !Array.isArray(c.parameters)) {
      throw badRequest(131009, `${type}: parameters must be an array`);
    }
    params.push(...((c.parameters as Params | undefined) ?? []));
  }
  return params;
}

function countMismatch(where: string, given: number, expected: number): GraphError {
  return badRequest(
    132000,
    `${where}: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
  );
}

/** The text a parameter stands for, after Meta's rules on text parameters. */
function textValue(param: Record<string, unknown>, where: string): string {
  let text: unknown;
  switch (param.type) {
    case 'text':
      text = param.text;
      break;
    case 'currency':
      text = (param.currency as Record<string, unknown> | undefined)?.fallback_value;
      break;
    case 'date_time':
      text = (param.date_time as Record<string, unknown> | undefined)?.fallback_value;
      break;
    default:
      throw badRequest(
        132012,
        `${where}: Format mismatch, expected TEXT, received ${String(param.type ?? 'UNKNOWN').toUpperCase()}`,
      );
  }
  if (typeof text !== 'string' || text === '') {
    throw badRequest(131008, `Parameter of type ${String(param.type)} is missing text value`);
  }
  if (/[\n\t]| {5,}/.test(text)) {
    throw badRequest(
      132018,
      'Param text cannot have new-line/tab characters or more than 4 consecutive spaces',
    );
  }
  return text;
}

/**
 * A template with named placeholders ({{first_name}}) takes each value with its
 * `parameter_name`; every name must be given once.
 */
function fillNamed(text: string, names: string[], params: Params, values: string[]): string {
  const byName = new Map<string, string>();
  params.forEach((p, i) => {
    const name = p.parameter_name;
    if (typeof name !== 'string' || !names.includes(name) || byName.has(name)) {
      throw badRequest(
        132000,
        `body: parameter_name ${String(name ?? '(none)')} does not match the template's parameters (${names.join(', ')})`,
      );
    }
    byName.set(name, values[i]!);
  });
  return text.replace(
    /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g,
    (whole, n: string) => byName.get(n) ?? whole,
  );
}

function fill(text: string, values: string[]): string {
  return text.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
}

function renderHeader(
  header: NonNullable<ReturnType<typeof componentOf>>,
  params: Params,
): NonNullable<RenderedTemplate['header']> {
  const format = (header.format ?? 'TEXT').toUpperCase();
  if (format === 'TEXT') {
    const expected = placeholderNumbers(header.text).length;
    if (params.length !== expected) throw countMismatch('header', params.length, expected);
    return {
      format,
      text: fill(
        header.text ?? '',
        params.map((p) => textValue(p, 'header')),
      ),
    };
  }
  if (format === 'LOCATION') return { format };
  // Media headers take one parameter of the same media type, by link or uploaded id.
  const param = params[0];
  const kind = format.toLowerCase();
  const media = param?.[kind] as Record<string, unknown> | undefined;
  if (params.length !== 1 || param?.type !== kind || !media) {
    throw badRequest(
      132012,
      `header: Format mismatch, expected ${format}, received ${String(param?.type ?? 'UNKNOWN').toUpperCase()}`,
    );
  }
  const rendered: NonNullable<RenderedTemplate['header']> = { format };
  if (typeof media.link === 'string') rendered.link = media.link;
  if (typeof media.id === 'string') rendered.mediaId = media.id;
  return rendered;
}

function renderButtons(
  template: Template,
  sent: Record<string, unknown>[],
): RenderedTemplate['buttons'] {
  const buttons = componentOf(template, 'BUTTONS')?.buttons ?? [];
  const byIndex = new Map<number, Record<string, unknown>>();
  for (const c of sent) {
    if (String(c.type).toLowerCase() !== 'button') continue;
    const index = Number(c.index);
    const button = buttons[index];
    if (!Number.isInteger(index) || !button) {
      throw badRequest(
        131009,
        `button: index ${String(c.index)} does not match a button of the template`,
      );
    }
    const subType = String(c.sub_type ?? '').toLowerCase();
    if (subType !== button.type.toLowerCase()) {
      throw badRequest(
        131009,
        `button at index ${index}: sub_type ${subType} does not match ${button.type}`,
      );
    }
    byIndex.set(index, c);
  }
  return buttons.map((button, index) => {
    const sentButton = byIndex.get(index);
    const params = (sentButton?.parameters as Params | undefined) ?? [];
    if (button.type === 'URL') {
      const expected = placeholderNumbers(button.url).length;
      if (params.length !== expected) throw countMismatch('button', params.length, expected);
      const suffix = expected === 1 && params[0] ? textValue(params[0], 'button') : '';
      return { type: 'URL', text: button.text, url: fill(button.url ?? '', [suffix]) };
    }
    if (button.type === 'QUICK_REPLY') {
      // Without a payload parameter the tap comes back with the button's text as payload.
      const payload = params[0]?.payload;
      return {
        type: 'QUICK_REPLY',
        text: button.text,
        payload: typeof payload === 'string' ? payload : button.text,
      };
    }
    return { type: button.type, text: button.text };
  });
}
