/** A template definition as the Business Management API wants it for review. */
import type { ClientCreateTemplateRequest } from '../graph/graph-types.js';
import type { TemplateDefinition } from './definitions.js';

/** The body of `POST /{WABA_ID}/message_templates` for one definition, examples included. */
export function toCreateTemplateRequest(
  definition: TemplateDefinition,
): ClientCreateTemplateRequest {
  return {
    name: definition.name,
    language: definition.language,
    category: definition.category,
    components: [
      {
        type: 'BODY',
        text: definition.body,
        example: { body_text: [definition.bodyParameters.map((param) => param.example)] },
      },
      { type: 'FOOTER', text: definition.footer },
      {
        type: 'BUTTONS',
        buttons: [
          {
            type: 'URL',
            text: definition.urlButton.text,
            url: definition.buttonUrl,
            example: [definition.buttonExampleUrl],
          },
        ],
      },
    ],
  };
}
