import { describe, expect, it } from 'vitest';
import { templateDefinition, templateDefinitions } from './definitions.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

describe('toCreateTemplateRequest', () => {
  it('builds the Business Management API body with examples', () => {
    const request = toCreateTemplateRequest(
      templateDefinition('turn_notification', 'https://meedi8.example'),
    );
    expect(request).toEqual({
      name: 'turn_notification',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        { type: 'BODY', text: expect.stringContaining('{{1}}'), example: { body_text: [['Sam']] } },
        { type: 'FOOTER', text: 'Meedi8 - AI-Powered Mediation' },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'URL',
              text: 'Continue',
              url: 'https://meedi8.example/rooms/{{1}}',
              example: ['https://meedi8.example/rooms/3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90'],
            },
          ],
        },
      ],
    });
  });

  it('gives one example per placeholder for every template, and survives JSON', () => {
    const utility = templateDefinitions('https://meedi8.example').filter(
      (d) => d.category === 'UTILITY',
    );
    for (const definition of utility) {
      const request = JSON.parse(JSON.stringify(toCreateTemplateRequest(definition)));
      const body = request.components.find((c: { type: string }) => c.type === 'BODY');
      const count = (body.text.match(/\{\{\d+\}\}/g) ?? []).length;
      expect(body.example.body_text).toHaveLength(1);
      expect(body.example.body_text[0]).toHaveLength(count);
      expect(request.components.map((c: { type: string }) => c.type)).toEqual([
        'BODY',
        'FOOTER',
        'BUTTONS',
      ]);
    }
  });

  it('asks Meta for an authentication template by its options only, with a copy-code button', () => {
    const request = toCreateTemplateRequest(
      templateDefinition('phone_verification_code', 'https://meedi8.example'),
    );
    expect(request).toEqual({
      name: 'phone_verification_code',
      language: 'en_GB',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
      ],
    });
  });
});
