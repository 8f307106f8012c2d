/** The send side of a template: typed values in, Meedi8's `TemplateMessage` out. */

import { type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import { templateParameterText } from '../graph/build-template.js';
import type { TemplateMessage, TemplateName } from '../outbound-message.js';
import {
  type TemplateParameterSpec,
  type TemplateParameters,
  templateSpec,
} from './definitions.js';
import { templateLanguageOf } from './template-languages.js';

/**
 * Builds the message for a template as Meedi8 defines it, in `locale`, from named values,
 * sanitised and in placeholder order (a missing name falls back to that language's words).
 */
export function renderTemplateMessage<N extends TemplateName>(
  name: N,
  params: TemplateParameters[N],
  locale: Locale = SOURCE_LOCALE,
): TemplateMessage {
  const spec = templateSpec(name, locale);
  const values = params as Record<string, string>;
  const bodyParams = spec.bodyParameters.map((param: TemplateParameterSpec) =>
    // Sanitised here too, so a stored message already holds exactly what will be sent.
    templateParameterText(name, param, values[param.name] ?? ''),
  );
  return {
    kind: 'template',
    name,
    language: templateLanguageOf(locale),
    bodyParams,
    urlButtonSuffix: (values[spec.urlButton.parameter.name] ?? '').trim(),
  };
}
