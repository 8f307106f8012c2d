/**
 * Template sends. The parameter count is checked against Meedi8's own definition before the
 * request (a mismatch is error 132000 at Meta), and every value is sanitised so a person's name
 * can never make the send fail.
 */
import type { AccountTemplateShape, TemplateMessage } from '../outbound-message.js';
import { TEMPLATE_SPECS, type TemplateParameterSpec } from '../templates/definitions.js';
import type { ClientTemplateContent } from './graph-types.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { sanitizeTemplateParameter } from './sanitize-template-parameter.js';

// Characters that need no escaping in a URL path or query; a suffix is appended to Meedi8's
// own URL as is, so anything else would make a broken link.
const URL_SUFFIX = /^[A-Za-z0-9._~\-/?=&%]+$/;
const LANGUAGE_CODE = /^[a-z]{2,3}(_[A-Z]{2})?$/;
// Values of an account template were sized when rendered; this only keeps Meta's own limit.
const ACCOUNT_VALUE_LENGTH = 1000;

/** Builds a template send, enforcing the template's parameter count and lengths. */
export function buildTemplateContent(message: TemplateMessage): ClientTemplateContent {
  if (message.account) return buildAccountTemplateContent(message, message.account);
  // Own keys only: a name like "constructor" must not find Object's prototype.
  const spec = Object.hasOwn(TEMPLATE_SPECS, message.name) ? TEMPLATE_SPECS[message.name] : null;
  if (!spec) {
    throw new InvalidOutboundMessageError(
      'template.name',
      `No template named "${message.name}" is defined.`,
    );
  }
  if (!LANGUAGE_CODE.test(message.language)) {
    throw new InvalidOutboundMessageError(
      'template.language',
      'The template language must be a code such as en_GB.',
    );
  }
  const expected = spec.bodyParameters.length;
  if (message.bodyParams.length !== expected) {
    throw new InvalidOutboundMessageError(
      'template.parameters.count',
      `Template ${spec.name} takes ${expected} body parameters; ${message.bodyParams.length} given.`,
    );
  }
  const parameters = spec.bodyParameters.map((param: TemplateParameterSpec, i) => ({
    type: 'text' as const,
    text: templateParameterText(spec.name, param, message.bodyParams[i] ?? ''),
  }));
  const components: ClientTemplateContent['template']['components'] = [
    { type: 'body', parameters },
  ];
  if (message.urlButtonSuffix === undefined) {
    throw new InvalidOutboundMessageError(
      'template.url_button.suffix.missing',
      `Template ${spec.name} has a URL button and needs its link suffix.`,
    );
  }
  const suffix = urlSuffix(spec.name, spec.urlButton.parameter, message.urlButtonSuffix);
  components.push({
    type: 'button',
    sub_type: 'url',
    index: '0',
    parameters: [{ type: 'text', text: suffix }],
  });
  return {
    type: 'template',
    template: { name: spec.name, language: { code: message.language }, components },
  };
}

/**
 * A send of the account's own template, in the shape its stored plan gave (the count was
 * checked against the approved template when the plan was made).
 */
function buildAccountTemplateContent(
  message: TemplateMessage,
  shape: AccountTemplateShape,
): ClientTemplateContent {
  if (!LANGUAGE_CODE.test(message.language)) {
    throw new InvalidOutboundMessageError(
      'template.language',
      'The template language must be a code such as en_GB.',
    );
  }
  const name = shape.templateName;
  const param = { name: 'value', maxLength: ACCOUNT_VALUE_LENGTH, example: '' };
  const texts = (values: string[], names?: string[]) =>
    values.map((value, i) => ({
      type: 'text' as const,
      text: templateParameterText(name, param, value),
      ...(names?.[i] ? { parameter_name: names[i] } : {}),
    }));
  const components: ClientTemplateContent['template']['components'] = [];
  if (shape.headerParams.length > 0) {
    components.push({
      type: 'header',
      parameters: texts(shape.headerParams, shape.headerParamNames),
    });
  }
  if (message.bodyParams.length > 0) {
    components.push({ type: 'body', parameters: texts(message.bodyParams, shape.bodyParamNames) });
  }
  if (shape.urlButtonIndex !== null) {
    const suffix = urlSuffix(name, param, message.urlButtonSuffix ?? '');
    components.push({
      type: 'button',
      sub_type: 'url',
      index: String(shape.urlButtonIndex),
      parameters: [{ type: 'text', text: suffix }],
    });
  }
  return { type: 'template', template: { name, language: { code: message.language }, components } };
}

/** A body value cleaned for Meta, falling back when nothing printable is left. */
export function templateParameterText(
  template: string,
  param: TemplateParameterSpec,
  value: string,
): string {
  const text = sanitizeTemplateParameter(value, param.maxLength) || param.fallback || '';
  if (!text) {
    throw new InvalidOutboundMessageError(
      'template.parameter.empty',
      `Template ${template} needs a value for ${param.name}.`,
    );
  }
  return text;
}

function urlSuffix(template: string, param: TemplateParameterSpec, value: string): string {
  const suffix = value.trim();
  // A cut link leads nowhere, so a suffix is never shortened the way a name is.
  if (suffix.length > param.maxLength) {
    throw new InvalidOutboundMessageError(
      'template.url_button.suffix.length',
      `The link suffix of ${template} has ${suffix.length} characters; at most ${param.maxLength}.`,
    );
  }
  const clean = sanitizeTemplateParameter(suffix, param.maxLength);
  if (!clean) {
    throw new InvalidOutboundMessageError(
      'template.url_button.suffix.empty',
      `Template ${template} needs its link suffix (${param.name}).`,
    );
  }
  if (!URL_SUFFIX.test(clean)) {
    throw new InvalidOutboundMessageError(
      'template.url_button.suffix.characters',
      `The link suffix of ${template} must be URL-safe (letters, digits and - . _ ~ / ? = & %).`,
    );
  }
  return clean;
}
