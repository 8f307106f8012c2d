/**
 * Which of the account's templates Meedi8 sends for each purpose. The account's approved
 * templates win: a hand-made `mediation_invite` is filled in its own shape. When `templates push`
 * has added Meedi8's own version under a new name (`mediation_invite_v2`), that one is used from
 * the moment Meta approves it.
 */
import type { ServerTemplate } from '../graph/graph-types.js';
import type { TemplateName } from '../outbound-message.js';
import { TEMPLATE_LANGUAGE, TEMPLATE_NAMES } from './definitions.js';
import { type FillPlan, isOwnDefinition, planTemplateFill } from './plan-template-fill.js';

/** The purposes an account template can carry (a verification code stays Meta's preset). */
export const ACCOUNT_PURPOSES: TemplateName[] = TEMPLATE_NAMES.filter(
  (name) => name !== 'phone_verification_code',
);

/**
 * For one purpose: the template and how to fill it; or a problem (with its fix) when the account
 * has the template approved but Meedi8 cannot fill it; or neither, when the account has no
 * approved template for it yet (sends then go as Meedi8 defines them).
 */
export interface TemplateChoice {
  purpose: TemplateName;
  templateName: string | null;
  language: string | null;
  plan: FillPlan | null;
  problem: string | null;
  fix: string | null;
}

/** The version in a name: `mediation_invite` is 1, `mediation_invite_v3` is 3; null if another name. */
export function templateVersion(purpose: string, name: string): number | null {
  if (name === purpose) return 1;
  const match = new RegExp(`^${purpose}_v(\\d+)$`).exec(name);
  return match ? Number(match[1]) : null;
}

/** Chooses a template for every purpose from the account's listing. */
export function chooseAccountTemplates(
  listed: ServerTemplate[],
  publicUrl: string,
): TemplateChoice[] {
  return ACCOUNT_PURPOSES.map((purpose) => chooseFor(purpose, listed, publicUrl));
}

function chooseFor(
  purpose: TemplateName,
  listed: ServerTemplate[],
  publicUrl: string,
): TemplateChoice {
  const none = {
    purpose,
    templateName: null,
    language: null,
    plan: null,
    problem: null,
    fix: null,
  };
  const approved = listed
    .filter((t) => t.status === 'APPROVED' && templateVersion(purpose, t.name) !== null)
    .map((t) => ({
      template: t,
      own: isOwnDefinition(purpose, t, publicUrl),
      version: templateVersion(purpose, t.name)!,
      result: planTemplateFill(purpose, t, publicUrl),
    }))
    // Meedi8's own versions first (the operator pushed them to be used), then the newest,
    // then the language Meedi8 writes in.
    .sort(
      (a, b) =>
        Number(b.own) - Number(a.own) ||
        b.version - a.version ||
        Number(b.template.language === TEMPLATE_LANGUAGE) -
          Number(a.template.language === TEMPLATE_LANGUAGE),
    );
  if (approved.length === 0) return none;
  const usable = approved.find((c) => c.result.ok);
  if (usable?.result.ok) {
    return {
      ...none,
      templateName: usable.template.name,
      language: usable.template.language,
      plan: usable.result.plan,
    };
  }
  const first = approved.find((c) => c.version === 1) ?? approved[0]!;
  const failed = first.result as { problem: string; fix: string };
  return {
    ...none,
    templateName: null,
    language: first.template.language,
    problem: `${first.template.name} (${first.template.language}): ${failed.problem}`,
    fix: failed.fix,
  };
}
