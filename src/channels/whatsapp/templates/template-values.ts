/**
 * The named values Meedi8 knows when it sends a template, and which of them each purpose has.
 * An account's template is filled from these, whatever order or names its placeholders use.
 */
import { type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import { translate } from '../../../i18n/translate.js';
import type { TemplateName } from '../outbound-message.js';
import type { TemplateParameters } from './definitions.js';

export type TemplateValueName =
  | 'recipientName'
  | 'inviterName'
  | 'partnerName'
  | 'topic'
  | 'link'
  | 'summary'
  | 'code';

export type TemplateValues = Partial<Record<TemplateValueName, string>>;

/** How the doctor names each value in a fix. */
export const VALUE_LABELS: Record<TemplateValueName, string> = {
  recipientName: "the recipient's first name",
  inviterName: "the inviter's name",
  partnerName: "the other person's name",
  topic: 'the topic',
  link: 'the link',
  summary: 'a one-line summary',
  code: 'the code',
};

/** The values each purpose can fill, in the order the setup guide uses them. */
export const PURPOSE_VALUES: Record<TemplateName, readonly TemplateValueName[]> = {
  mediation_invite: ['recipientName', 'inviterName', 'link', 'topic'],
  turn_notification: ['partnerName', 'link', 'topic'],
  agreement_reached: ['summary', 'link', 'partnerName', 'topic'],
  break_requested: ['partnerName', 'link', 'topic'],
  mediation_check_in: ['partnerName', 'link', 'topic'],
  phone_verification_code: ['code'],
};

/**
 * The placeholders of the operator's hand-made templates in the setup guide (Part 1, step 9),
 * by position: used when a template's wording does not say what a placeholder is.
 */
export const GUIDE_ORDER: Partial<Record<TemplateName, readonly TemplateValueName[]>> = {
  mediation_invite: ['recipientName', 'inviterName', 'link'],
  turn_notification: ['partnerName', 'link'],
  agreement_reached: ['summary', 'link'],
  break_requested: ['partnerName', 'link'],
};

/** Where a purpose's link points: invites to the join page, the rest to the room. */
export function linkBase(purpose: TemplateName, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (purpose === 'mediation_invite') return `${base}/join/`;
  if (purpose === 'phone_verification_code') return '';
  return `${base}/rooms/`;
}

/**
 * The named values for one send, in the template's language. No mediation content goes into a
 * template (it shows on lock screens), so the agreement "summary" says only that there is one.
 */
export function templateValues<N extends TemplateName>(
  purpose: N,
  params: TemplateParameters[N],
  publicUrl: string,
  locale: Locale = SOURCE_LOCALE,
): TemplateValues {
  const p = params as Record<string, string | undefined>;
  const base = linkBase(purpose, publicUrl);
  const values: TemplateValues = {};
  if (p.recipientName !== undefined) values.recipientName = p.recipientName;
  if (p.inviterName !== undefined) values.inviterName = p.inviterName;
  if (p.partnerName !== undefined) values.partnerName = p.partnerName;
  if (p.topic !== undefined) values.topic = p.topic;
  if (p.code !== undefined) values.code = p.code;
  if (p.inviteToken !== undefined) values.link = base + p.inviteToken;
  if (p.roomId !== undefined) values.link = base + p.roomId;
  if (purpose === 'agreement_reached') {
    const partnerName = p.partnerName?.trim() || translate('templates', locale, 'fallback.partner');
    values.summary = translate('templates', locale, 'agreement_reached.summary', { partnerName });
  }
  return values;
}
