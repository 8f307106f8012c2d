/**
 * The send side of the account's templates: the purpose and Meedi8's named values in, the
 * message for the template the account has for that purpose out — or the reason it cannot be
 * sent, so the caller can use the next channel instead of failing at Meta.
 */

import type { Db } from '../../../storage/database.js';
import { sanitizeTemplateParameter } from '../graph/sanitize-template-parameter.js';
import type { TemplateMessage, TemplateName } from '../outbound-message.js';
import { storedTemplateChoice } from './account-templates.js';
import type { TemplateParameters } from './definitions.js';
import type { FillPlan } from './plan-template-fill.js';
import { renderTemplateMessage } from './render-template-message.js';
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

const FALLBACK: Partial<Record<TemplateValueName, string>> = {
  recipientName: 'there',
  inviterName: 'Someone you know',
  partnerName: 'The other person',
  topic: 'your mediation',
};

/** The message for `purpose` as the account's chosen template takes it. */
export async function renderAccountTemplate<N extends TemplateName>(
  db: Db,
  purpose: N,
  params: TemplateParameters[N],
  publicUrl: string,
): Promise<RenderedTemplate> {
  const choice = await storedTemplateChoice(db, purpose);
  if (choice.kind === 'own') return { ok: true, message: renderTemplateMessage(purpose, params) };
  if (choice.kind === 'unusable') return { ok: false, reason: choice.problem, fix: choice.fix };
  return fillPlan(purpose, choice.plan, templateValues(purpose, params, publicUrl));
}

/** Fills a plan from named values. */
export function fillPlan(
  purpose: TemplateName,
  plan: FillPlan,
  values: TemplateValues,
): RenderedTemplate {
  const text = (value: TemplateValueName) =>
    sanitizeTemplateParameter(values[value] ?? '', MAX_LENGTH[value]) || FALLBACK[value] || '';
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
