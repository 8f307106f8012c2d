/** Meta-shaped answers for the CLI tests: a healthy WhatsApp account, to be spoiled per test. */
import { type Config, loadConfig } from '../../../config.js';
import type { FakeHandler, FakeReply } from '../graph/fake-graph-server.js';
import type { ServerTemplate } from '../graph/graph-types.js';
import { templateDefinitions } from '../templates/definitions.js';
import { toCreateTemplateRequest } from '../templates/to-create-template-request.js';

export const PHONE_NUMBER_ID = '1234567890';
export const WABA_ID = '9876543210';
export const APP_ID = '555000111';

/** A configuration for a real (fake) account at `graphUrl`. */
export function testConfig(graphUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    PUBLIC_URL: 'https://meedi8.example',
    WHATSAPP_ACCESS_TOKEN: 'EAAG-doctor-test-token',
    WHATSAPP_APP_SECRET: 'doctor-app-secret',
    WHATSAPP_VERIFY_TOKEN: 'verify-me',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_BUSINESS_ACCOUNT_ID: WABA_ID,
    WHATSAPP_GRAPH_URL: graphUrl,
    ...env,
  });
}

/** Every defined template as Meta lists it once approved. */
export function approvedTemplates(publicUrl = 'https://meedi8.example'): ServerTemplate[] {
  return templateDefinitions(publicUrl).map((d, i) => ({
    id: String(1000 + i),
    status: 'APPROVED',
    ...toCreateTemplateRequest(d),
  }));
}

/** Answers of a healthy account; `overrides` replace single answers by route name. */
export function healthyGraph(
  overrides: Partial<Record<'token' | 'phone' | 'apps' | 'templates' | 'create', FakeReply>> = {},
): FakeHandler {
  return (req) => {
    const path = req.path.replace(/^\/v\d+\.\d+\//, '');
    if (path === 'debug_token') {
      return (
        overrides.token ?? {
          json: {
            data: {
              app_id: APP_ID,
              application: 'Meedi8',
              type: 'SYSTEM_USER',
              is_valid: true,
              expires_at: 0,
              scopes: ['whatsapp_business_messaging', 'whatsapp_business_management'],
            },
          },
        }
      );
    }
    if (path === PHONE_NUMBER_ID) {
      return (
        overrides.phone ?? {
          json: {
            id: PHONE_NUMBER_ID,
            display_phone_number: '+44 7700 900000',
            verified_name: 'Meedi8',
            quality_rating: 'GREEN',
            messaging_limit_tier: 'TIER_1K',
            name_status: 'APPROVED',
          },
        }
      );
    }
    if (path === `${WABA_ID}/subscribed_apps`) {
      return (
        overrides.apps ?? {
          json: { data: [{ whatsapp_business_api_data: { id: APP_ID, name: 'Meedi8' } }] },
        }
      );
    }
    if (path === `${WABA_ID}/message_templates`) {
      if (req.method === 'POST') {
        return overrides.create ?? { json: { id: '2000', status: 'PENDING', category: 'UTILITY' } };
      }
      return overrides.templates ?? { json: { data: approvedTemplates() } };
    }
    return undefined;
  };
}
