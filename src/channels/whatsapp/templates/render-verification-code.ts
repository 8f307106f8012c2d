/**
 * The one-time code in the person's language when Meta approved the verification template in
 * it, else in British English with the fallback recorded on the message. It is Meta's preset
 * text, so no account template stands in for it: only Meta's listing (as last synced) counts.
 */
import { type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import type { Db } from '../../../storage/database.js';
import type { TemplateMessage } from '../outbound-message.js';
import { renderTemplateMessage } from './render-template-message.js';
import { TEMPLATE_LANGUAGE, templateLanguageOf } from './template-languages.js';

export async function renderVerificationCode(
  db: Db,
  code: string,
  locale: Locale,
): Promise<TemplateMessage> {
  const wanted = templateLanguageOf(locale);
  if (wanted === TEMPLATE_LANGUAGE)
    return renderTemplateMessage('phone_verification_code', { code });
  const listed = await db
    .selectFrom('whatsapp_templates')
    .select('status')
    .where('name', '=', 'phone_verification_code')
    .where('language', '=', wanted)
    .executeTakeFirst();
  if (listed?.status === 'APPROVED') {
    return renderTemplateMessage('phone_verification_code', { code }, locale);
  }
  return {
    ...renderTemplateMessage('phone_verification_code', { code }, SOURCE_LOCALE),
    languageFallback: { wanted, reason: listed?.status ?? 'missing' },
  };
}
