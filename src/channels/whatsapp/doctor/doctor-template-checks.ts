/** Doctor: is every defined template approved at Meta, and the same as defined here? */
import type { ServerTemplate } from '../graph/graph-types.js';
import type { TemplateName } from '../outbound-message.js';
import {
  chooseAccountTemplates,
  type LanguageChoice,
  type TemplateChoice,
  UNFILLABLE,
} from '../templates/choose-account-templates.js';
import type { TemplateDefinition } from '../templates/definitions.js';
import { templateDifferences } from '../templates/template-differences.js';
import { TEMPLATE_LANGUAGE } from '../templates/template-languages.js';
import { VALUE_LABELS } from '../templates/template-values.js';
import { toCreateTemplateRequest } from '../templates/to-create-template-request.js';
import { type Attempt, type DoctorCheck, failedCall } from './doctor-check.js';

const STATUS_FIXES: Record<string, string> = {
  PENDING:
    'Wait for Meta’s review (usually minutes to a day); check again with `templates status`.',
  PAUSED:
    'Paused for low quality: people blocked or reported it. Review the wording and how often it is sent; Meta unpauses it after the pause period.',
  DISABLED: 'Disabled for repeated low quality: create a reworded template under a new name.',
};

/**
 * One check per defined template in the fallback language (British English), then one per
 * template listing the languages it is approved in. The account's approved templates win: one
 * made by hand passes when Meedi8 can fill it, and fails with the exact fix when it cannot (its
 * sends then fall back to email).
 */
export function templateChecks(
  listed: Attempt<ServerTemplate[]>,
  definitions: TemplateDefinition[],
  publicUrl: string,
): DoctorCheck[] {
  if (!listed.ok) return [failedCall('Templates', listed.error)];
  const choices = chooseAccountTemplates(listed.value, publicUrl);
  const fallbackChecks = definitions
    .filter((definition) => definition.language === TEMPLATE_LANGUAGE)
    .map((definition) => {
      const remote = listed.value.find(
        (t) => t.name === definition.name && t.language === definition.language,
      );
      const choice = choices.find((c) => c.purpose === definition.name);
      if (choice?.plan || choice?.problem) return choiceCheck(definition, choice, remote);
      return templateCheck(definition, remote);
    });
  const names = [...new Set(definitions.map((d) => d.name))];
  const languages = [...new Set(definitions.map((d) => d.language))];
  return [
    ...fallbackChecks,
    ...names.map((name) =>
      languagesCheck(
        name,
        languages,
        choices.find((c) => c.purpose === name)?.languages,
        listed.value,
      ),
    ),
  ];
}

/**
 * Which languages a template can go out in. A person whose language is not among them gets the
 * fallback language's template (the message records it), so this names who is affected.
 */
function languagesCheck(
  name: TemplateName,
  languages: string[],
  chosen: Record<string, LanguageChoice> | undefined,
  listed: ServerTemplate[],
): DoctorCheck {
  // A verification code is Meta's preset text: its languages are the templates Meta lists.
  const state = (code: string): LanguageChoice => chosen?.[code] ?? presetState(name, code, listed);
  const approved = languages.filter((code) => state(code).plan || state(code).reason === null);
  const waiting = languages.filter((code) => !approved.includes(code));
  const check = `Template ${name} languages`;
  const list = approved.length > 0 ? approved.join(', ') : 'none';
  if (waiting.length === 0) return { name: check, ok: true, detail: `approved in ${list}` };
  const reasons = waiting.map((code) => `${code} (${state(code).reason})`).join(', ');
  const reasonsOf = waiting.map((code) => state(code).reason ?? '');
  const fix = reasonsOf.some((r) => r === 'missing' || r.startsWith('REJECTED'))
    ? 'Run `npm run whatsapp -- templates push` (after changing the wording in src/i18n/messages/templates/ for a rejected language and deleting it in WhatsApp Manager).'
    : reasonsOf.some((r) => r.startsWith(UNFILLABLE))
      ? 'Edit those templates in WhatsApp Manager so Meedi8 can fill them, or run `npm run whatsapp -- templates push` to add Meedi8’s own versions.'
      : (STATUS_FIXES[reasonsOf[0] ?? ''] ?? STATUS_FIXES.PENDING!);
  return {
    name: check,
    ok: false,
    // While the fallback language is approved, people still get every message (in it).
    advisory: approved.includes(TEMPLATE_LANGUAGE),
    detail: `approved in ${list}; not yet in ${reasons}: people who read those get ${TEMPLATE_LANGUAGE} until then`,
    fix,
  };
}

/** The state of an authentication template in one language, from Meta's listing alone. */
function presetState(name: string, code: string, listed: ServerTemplate[]): LanguageChoice {
  const found = listed.find((t) => t.name === name && t.language === code);
  if (!found) return { plan: null, reason: 'missing' };
  return { plan: null, reason: found.status === 'APPROVED' ? null : found.status };
}

/** The check of a purpose the account has an approved template for. */
function choiceCheck(
  definition: TemplateDefinition,
  choice: TemplateChoice,
  remote: ServerTemplate | undefined,
): DoctorCheck {
  const name = `Template ${definition.name} (${definition.language})`;
  const drift = remote ? templateDifferences(toCreateTemplateRequest(definition), remote) : [];
  const differs =
    drift.length > 0 ? ` (differs from templates/definitions.ts: ${drift.join(', ')})` : '';
  if (choice.problem) {
    return {
      name,
      ok: false,
      detail: `APPROVED, but Meedi8 cannot fill it: ${choice.problem}${differs}; its sends go by email instead`,
      fix: choice.fix ?? undefined,
    };
  }
  const plan = choice.plan!;
  const sent = plan.templateName === definition.name ? '' : `, sent as ${plan.templateName}`;
  if (drift.length === 0 && plan.templateName === definition.name) {
    return { name, ok: true, detail: 'APPROVED' };
  }
  const filled = plan.body.map(
    (slot, i) => `{{${slot.parameterName ?? i + 1}}} ${VALUE_LABELS[slot.value]}`,
  );
  if (plan.urlButton) filled.push(`button ${VALUE_LABELS[plan.urlButton.value]}`);
  const shape =
    plan.templateName !== definition.name
      ? " (Meedi8's own version)"
      : `; made by hand, filled as ${filled.join(', ')}`;
  return { name, ok: true, detail: `APPROVED${sent}${shape}` };
}

function templateCheck(
  definition: TemplateDefinition,
  remote: ServerTemplate | undefined,
): DoctorCheck {
  const name = `Template ${definition.name} (${definition.language})`;
  if (!remote) {
    return {
      name,
      ok: false,
      detail: 'missing at Meta',
      fix: 'Run `npm run whatsapp -- templates push`.',
    };
  }
  if (remote.status === 'APPROVED') {
    const drift = templateDifferences(toCreateTemplateRequest(definition), remote);
    if (drift.length === 0) return { name, ok: true, detail: 'APPROVED' };
    return {
      name,
      ok: false,
      detail: `APPROVED, but differs from templates/definitions.ts: ${drift.join(', ')}`,
      fix: 'Edit the template in WhatsApp Manager to match the definition (or change the definition back): people would see the old wording or links, and a different number of placeholders makes every send fail.',
    };
  }
  if (remote.status === 'REJECTED') {
    const reason = remote.rejected_reason ? ` (${remote.rejected_reason})` : '';
    return {
      name,
      ok: false,
      detail: `REJECTED${reason}`,
      fix: 'Change the wording in templates/definitions.ts, delete the template in WhatsApp Manager, and run `npm run whatsapp -- templates push`.',
    };
  }
  return {
    name,
    ok: false,
    detail: remote.status,
    fix:
      STATUS_FIXES[remote.status] ?? 'Check the template in WhatsApp Manager → Message templates.',
  };
}
