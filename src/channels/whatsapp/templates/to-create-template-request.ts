/** A template definition as the Business Management API wants it for review. */
import type { ClientCreateTemplateRequest } from '../graph/graph-types.js';
import type { TemplateDefinition } from './definitions.js';

/** The body of `POST /{WABA_ID}/message_templates` for one definition, examples included. */
export function toCreateTemplateRequest(
  definition: TemplateDefinition,
): ClientCreateTemplateRequest {
  if (definition.authentication)
    return authenticationRequest(definition, definition.authentication);
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

/** Meta writes an authentication template's text; the request only picks its options. */
function authenticationRequest(
  definition: TemplateDefinition,
  options: NonNullable<TemplateDefinition['authentication']>,
): ClientCreateTemplateRequest {
  return {
    name: definition.name,
    language: definition.language,
    category: 'AUTHENTICATION',
    components: [
      { type: 'BODY', add_security_recommendation: options.securityRecommendation },
      { type: 'FOOTER', code_expiration_minutes: options.codeExpirationMinutes },
      {
        type: 'BUTTONS',
        buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: definition.urlButton.text }],
      },
    ],
  };
}
