/**
 * Which of the account's templates Meedi8 sends for each purpose, in each language. The
 * account's approved templates win: a hand-made `mediation_invite` is filled in its own shape.
 * When `templates push` has added Meedi8's own version under a new name (`mediation_invite_v2`),
 * that one is used from the moment Meta approves it. Each language is chosen on its own; the
 * purpose's main choice, which a send falls back to when the person's language is not approved
 * yet, is in British English, else any English, else whatever the account has.
 */
import type { ServerTemplate } from '../graph/graph-types.js';
import type { TemplateName } from '../outbound-message.js';
import { TEMPLATE_NAMES } from './definitions.js';
import { type FillPlan, isOwnDefinition, planTemplateFill } from './plan-template-fill.js';
import { fallbackRank, TEMPLATE_LANGUAGES } from './template-languages.js';

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
  /** Every language Meedi8 writes (and any other the account has approved), by Meta's code. */
  languages: Record<string, LanguageChoice>;
}

/** One language of a purpose: how it is sent in that language, or why it cannot be yet. */
export interface LanguageChoice {
  plan: FillPlan | null;
  /** Why not: Meta's status (`PENDING`, `REJECTED`…), `missing`, or why it cannot be filled. */
  reason: string | null;
}

/** How a language's reason begins when its approved template cannot be filled. */
export const UNFILLABLE = 'cannot be filled: ';

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
  const languages = languageChoices(purpose, listed, publicUrl);
  const none = {
    purpose,
    templateName: null,
    language: null,
    plan: null,
    problem: null,
    fix: null,
    languages,
  };
  const approved = candidates(purpose, listed, publicUrl)
    .filter((c) => c.template.status === 'APPROVED')
    // The language a send falls back to first, then Meedi8's own versions (the operator
    // pushed them to be used), then the newest.
    .sort(
      (a, b) =>
        fallbackRank(a.template.language) - fallbackRank(b.template.language) ||
        Number(b.own) - Number(a.own) ||
        b.version - a.version,
    );
  if (approved.length === 0) return none;
  // An English template when the account has one approved (a Spanish fallback would be no
  // better for a German reader than none); otherwise whatever the account has.
  const reach = Math.max(1, fallbackRank(approved[0]!.template.language));
  const usable = approved.find((c) => c.result.ok && fallbackRank(c.template.language) <= reach);
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

/** The account's templates for a purpose (any version, any language), each with its fill. */
function candidates(purpose: TemplateName, listed: ServerTemplate[], publicUrl: string) {
  return listed
    .filter((t) => templateVersion(purpose, t.name) !== null)
    .map((t) => ({
      template: t,
      own: isOwnDefinition(purpose, t, publicUrl),
      version: templateVersion(purpose, t.name)!,
      result: planTemplateFill(purpose, t, publicUrl),
    }));
}

/** For each language: the approved template that carries the purpose in it, or why none does. */
function languageChoices(
  purpose: TemplateName,
  listed: ServerTemplate[],
  publicUrl: string,
): Record<string, LanguageChoice> {
  const all = candidates(purpose, listed, publicUrl).sort(
    (a, b) => Number(b.own) - Number(a.own) || b.version - a.version,
  );
  const codes = new Set([
    ...TEMPLATE_LANGUAGES,
    ...all.filter((c) => c.template.status === 'APPROVED').map((c) => c.template.language),
  ]);
  const choices: Record<string, LanguageChoice> = {};
  for (const code of codes) {
    const here = all.filter((c) => c.template.language === code);
    const approved = here.filter((c) => c.template.status === 'APPROVED');
    const usable = approved.find((c) => c.result.ok);
    if (usable?.result.ok) {
      choices[code] = { plan: usable.result.plan, reason: null };
    } else if (approved[0]) {
      const failed = approved[0].result as { problem: string };
      choices[code] = { plan: null, reason: `${UNFILLABLE}${failed.problem}` };
    } else {
      const newest = here[0]?.template;
      const why = newest?.rejected_reason && newest.rejected_reason !== 'NONE';
      choices[code] = {
        plan: null,
        reason: newest ? `${newest.status}${why ? ` (${newest.rejected_reason})` : ''}` : 'missing',
      };
    }
  }
  return choices;
}
