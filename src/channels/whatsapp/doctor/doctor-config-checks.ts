/** Doctor: settings Meta cannot report on but a live WhatsApp number needs. */
import type { Config } from '../../../config.js';
import { TEMPLATE_LANGUAGE } from '../templates/definitions.js';
import type { DoctorCheck } from './doctor-check.js';

/** Template language, app secret, verify token and an https PUBLIC_URL. */
export function configurationChecks(config: Config): DoctorCheck[] {
  const wa = config.whatsapp;
  return [
    wa.templateLanguage === TEMPLATE_LANGUAGE
      ? { name: 'Template language', ok: true, detail: TEMPLATE_LANGUAGE }
      : {
          name: 'Template language',
          ok: false,
          detail: `WHATSAPP_TEMPLATE_LANGUAGE is ${wa.templateLanguage}; the templates are written in ${TEMPLATE_LANGUAGE}`,
          fix: `Set WHATSAPP_TEMPLATE_LANGUAGE=${TEMPLATE_LANGUAGE}.`,
        },
    wa.appSecret
      ? { name: 'App secret', ok: true, detail: 'set; Graph calls carry appsecret_proof' }
      : {
          name: 'App secret',
          ok: false,
          detail: 'WHATSAPP_APP_SECRET is not set: webhook signatures cannot be checked',
          fix: 'Copy Meta App → App settings → Basic → App secret into WHATSAPP_APP_SECRET.',
        },
    wa.verifyToken
      ? { name: 'Verify token', ok: true, detail: 'set' }
      : {
          name: 'Verify token',
          ok: false,
          detail: 'WHATSAPP_VERIFY_TOKEN is not set: Meta cannot complete the webhook handshake',
          fix: 'Set WHATSAPP_VERIFY_TOKEN to a long random string and enter the same value in Meta App → WhatsApp → Configuration → Webhook.',
        },
    config.publicUrl.startsWith('https://')
      ? { name: 'Public URL', ok: true, detail: `${config.publicUrl} (https)` }
      : {
          name: 'Public URL',
          ok: false,
          detail: `PUBLIC_URL is ${config.publicUrl}; Meta calls webhooks only on https, and links in messages must be public`,
          fix: 'Set PUBLIC_URL to Meedi8’s public https address, e.g. https://meedi8.example.',
        },
  ];
}
