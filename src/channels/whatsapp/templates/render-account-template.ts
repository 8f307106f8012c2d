/**
 * The send side of the account's templates: the purpose, the person's language and Meedi8's
 * named values in, the message for the template the account has for that purpose in that
 * language out — or, when that language is not approved yet, in the fallback language with
 * the reason recorded on the message — or the reason it cannot be sent at all, so the caller
 * can use the next channel instead of failing at Meta.
 */

import type { MessageKey } from '../../../i18n/catalogue-types.js';
import { type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import { translate } from '../../../i18n/translate.js';
import type { Db } from '../../../storage/database.js';
import { sanitizeTemplateParameter } from '../graph/sanitize-template-parameter.js';
import type { TemplateMessage, TemplateName } from '../outbound-message.js';
import { storedTemplateChoice } from './account-templates.js';
import type { TemplateParameters } from './definitions.js';
import type { FillPlan } from './plan-template-fill.js';
import { renderTemplateMessage } from './render-template-message.js';
import { localeOfTemplateLanguage, templateLanguageOf } from './template-languages.js';
import { type TemplateValueName, type TemplateValues, templateValues } from './template-values.js';

export type RenderedTemplate =
  | { ok: true; message: TemplateMessage }
  | { ok: false; reason: string; fix: string };

const MAX_LENGTH: Record<TemplateValueName, number> = {
  recipientName: 60,
  inviterName: 60,
  partnerName: 60,
  topic: 100,
  link: 1000,
  summary: 200,
  code: 15,
};

// The words a value falls back to when it is empty, in the template's language.
const FALLBACK: Partial<Record<TemplateValueName, MessageKey<'templates'>>> = {
  recipientName: 'fallback.recipient',
  inviterName: 'fallback.inviter',
  partnerName: 'fallback.partner',
  topic: 'fallback.topic',
};

/**
 * The message for `purpose` to a person reading `locale`, as the account's chosen template in
 * that language takes it; when that language cannot carry it yet, the fallback language's, with
 * `languageFallback` saying so.
 */
export async function renderAccountTemplate<N extends TemplateName>(
  db: Db,
  purpose: N,
  params: TemplateParameters[N],
  publicUrl: string,
  locale: Locale = SOURCE_LOCALE,
): Promise<RenderedTemplate> {
  const choice = await storedTemplateChoice(db, purpose);
  const wanted = templateLanguageOf(locale);
  const here = choice.languages?.[wanted];
  const valuesIn = (language: string) =>
    templateValues(purpose, params, publicUrl, localeOfTemplateLanguage(language));
  if (here?.plan) return fillPlan(purpose, here.plan, valuesIn(here.plan.language));
  let rendered: RenderedTemplate;
  if (choice.kind === 'unusable') return { ok: false, reason: choice.problem, fix: choice.fix };
  if (choice.kind === 'own') {
    // No approved template known for the purpose (or never synced): as Meedi8 defines it.
    rendered = { ok: true, message: renderTemplateMessage(purpose, params, SOURCE_LOCALE) };
  } else {
    rendered = fillPlan(purpose, choice.plan, valuesIn(choice.plan.language));
  }
  if (rendered.ok && rendered.message.language !== wanted) {
    rendered.message.languageFallback = {
      wanted,
      reason: here?.reason ?? 'not known to be approved (the templates have not been synced yet)',
    };
  }
  return rendered;
}

/** Fills a plan from named values. */
export function fillPlan(
  purpose: TemplateName,
  plan: FillPlan,
  values: TemplateValues,
): RenderedTemplate {
  const locale = localeOfTemplateLanguage(plan.language);
  const fallback = (value: TemplateValueName) => {
    const key = FALLBACK[value];
    return key ? translate('templates', locale, key) : '';
  };
  const text = (value: TemplateValueName) =>
    sanitizeTemplateParameter(values[value] ?? '', MAX_LENGTH[value]) || fallback(value);
  const missing = [...plan.header, ...plan.body, ...(plan.urlButton ? [plan.urlButton] : [])]
    .map((slot) => slot.value)
    .filter((value) => !text(value));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `${plan.templateName} needs ${missing.join(', ')}, which this message does not have`,
      fix: 'Check the template in the doctor (`npm run whatsapp -- doctor`).',
    };
  }
  const message: TemplateMessage = {
    kind: 'template',
    name: purpose,
    language: plan.language,
    bodyParams: plan.body.map((slot) => text(slot.value)),
    account: {
      templateName: plan.templateName,
      headerParams: plan.header.map((slot) => text(slot.value)),
      urlButtonIndex: plan.urlButton?.index ?? null,
    },
  };
  if (plan.header.some((slot) => slot.parameterName)) {
    message.account!.headerParamNames = plan.header.map((slot) => slot.parameterName ?? '');
  }
  if (plan.body.some((slot) => slot.parameterName)) {
    message.account!.bodyParamNames = plan.body.map((slot) => slot.parameterName ?? '');
  }
  if (plan.urlButton) {
    const full = (values[plan.urlButton.value] ?? '').trim();
    if (!full.startsWith(plan.urlButton.prefix)) {
      return {
        ok: false,
        reason: `the button of ${plan.templateName} opens ${plan.urlButton.prefix}…, not Meedi8's link`,
        fix: 'Check the template in the doctor (`npm run whatsapp -- doctor`).',
      };
    }
    message.urlButtonSuffix = full.slice(plan.urlButton.prefix.length);
  }
  return { ok: true, message };
}
