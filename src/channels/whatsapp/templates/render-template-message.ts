/** The send side of a template: typed values in, Meedi8's `TemplateMessage` out. */
import { templateParameterText } from '../graph/build-template.js';
import type { TemplateMessage, TemplateName } from '../outbound-message.js';
import {
  TEMPLATE_LANGUAGE,
  TEMPLATE_SPECS,
  type TemplateParameterSpec,
  type TemplateParameters,
} from './definitions.js';

/** Builds the message for a template from named values, sanitised and in placeholder order. */
export function renderTemplateMessage<N extends TemplateName>(
  name: N,
  params: TemplateParameters[N],
): TemplateMessage {
  const spec = TEMPLATE_SPECS[name];
  const values = params as Record<string, string>;
  const bodyParams = spec.bodyParameters.map((param: TemplateParameterSpec) =>
    // Sanitised here too, so a stored message already holds exactly what will be sent.
    templateParameterText(name, param, values[param.name] ?? ''),
  );
  return {
    kind: 'template',
    name,
    language: TEMPLATE_LANGUAGE,
    bodyParams,
    urlButtonSuffix: (values[spec.urlButton.parameter.name] ?? '').trim(),
  };
}
