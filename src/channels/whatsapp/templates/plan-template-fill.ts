/**
 * How Meedi8 fills one of the account's approved templates for a purpose: which known value goes
 * in each placeholder of the header, the body ({{1}} or {{name}}) and the URL button's suffix.
 * Meedi8's own templates fill as defined; a hand-made one is read from its wording (what comes
 * before and after each placeholder, and its example values), and where the wording says
 * nothing, from the setup guide's order. A template that cannot be filled gets the exact fix.
 */
import type { ServerTemplate } from '../graph/graph-types.js';
import type { TemplateName } from '../outbound-message.js';
import { TEMPLATE_SPECS, templateDefinition } from './definitions.js';
import { templateDifferences } from './template-differences.js';
import { localeOfTemplateLanguage, TEMPLATE_LANGUAGES } from './template-languages.js';
import {
  GUIDE_ORDER,
  linkBase,
  PURPOSE_VALUES,
  type TemplateValueName,
  VALUE_LABELS,
} from './template-values.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

/** One placeholder and the value that fills it (`parameterName` for named placeholders). */
export interface FillSlot {
  value: TemplateValueName;
  parameterName?: string;
}

/** What a send of this template carries, in Meta's order. */
export interface FillPlan {
  templateName: string;
  language: string;
  header: FillSlot[];
  body: FillSlot[];
  /** The URL button with a variable: its index, the URL before the variable, and its value. */
  urlButton: { index: number; prefix: string; value: TemplateValueName } | null;
}

export type PlanResult = { ok: true; plan: FillPlan } | { ok: false; problem: string; fix: string };

type Loose = Record<string, unknown>;

const NAMED_ROLES: Record<string, TemplateValueName> = {
  name: 'recipientName',
  firstname: 'recipientName',
  recipient: 'recipientName',
  recipientname: 'recipientName',
  customername: 'recipientName',
  invitee: 'recipientName',
  inviteename: 'recipientName',
  inviter: 'inviterName',
  invitername: 'inviterName',
  sender: 'inviterName',
  sendername: 'inviterName',
  partner: 'partnerName',
  partnername: 'partnerName',
  requester: 'partnerName',
  requestername: 'partnerName',
  othername: 'partnerName',
  otherperson: 'partnerName',
  topic: 'topic',
  title: 'topic',
  subject: 'topic',
  roomtitle: 'topic',
  link: 'link',
  url: 'link',
  invitelink: 'link',
  inviteurl: 'link',
  joinlink: 'link',
  roomlink: 'link',
  roomurl: 'link',
  agreementlink: 'link',
  agreementurl: 'link',
  summary: 'summary',
  agreement: 'summary',
  agreementsummary: 'summary',
  code: 'code',
  otp: 'code',
};

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Plans the send of `template` for `purpose`, or says why it cannot be filled and how to fix it. */
export function planTemplateFill(
  purpose: TemplateName,
  template: ServerTemplate,
  publicUrl: string,
): PlanResult {
  const own = ownPlan(purpose, template, publicUrl);
  if (own) return { ok: true, plan: own };
  const components = (template.components ?? []) as unknown as Loose[];
  const find = (type: string) => components.find((c) => String(c.type).toUpperCase() === type);
  const fail = (problem: string, fix = standardFix(purpose, template.name)) =>
    ({ ok: false, problem, fix }) as const;

  let header: FillSlot[] = [];
  const headerComponent = find('HEADER');
  if (headerComponent) {
    const format = String(headerComponent.format ?? 'TEXT').toUpperCase();
    if (format !== 'TEXT') {
      return fail(
        `its header is ${format.toLowerCase()}, and Meedi8 has no ${format.toLowerCase()} to send`,
        `In WhatsApp Manager → Message templates, remove the header of ${template.name} (or make it text), or ${pushAdvice(purpose)}.`,
      );
    }
    const slots = slotsOf(purpose, 'header', headerComponent, []);
    if ('problem' in slots) return fail(slots.problem);
    header = slots.slots;
  }

  const bodyComponent = find('BODY');
  const bodySlots = slotsOf(purpose, 'body', bodyComponent, GUIDE_ORDER[purpose] ?? []);
  if ('problem' in bodySlots) return fail(bodySlots.problem);

  let urlButton: FillPlan['urlButton'] = null;
  const buttons = (find('BUTTONS')?.buttons ?? []) as Loose[];
  for (const [index, button] of buttons.entries()) {
    const type = String(button.type).toUpperCase();
    if (type === 'QUICK_REPLY' || type === 'PHONE_NUMBER') continue;
    if (type !== 'URL') {
      return fail(`its ${type.toLowerCase()} button needs a value Meedi8 does not have`);
    }
    const url = String(button.url ?? '');
    if (!/\{\{\s*\w+\s*\}\}$/.test(url)) continue; // A fixed link needs no value.
    if (urlButton) return fail('it has more than one URL button with a variable');
    const prefix = url.replace(/\{\{\s*\w+\s*\}\}$/, '');
    const base = linkBase(purpose, publicUrl);
    if (!base.startsWith(prefix)) {
      return fail(
        `its "${String(button.text)}" button opens ${url}, and Meedi8's link (${base}…) does not start with ${prefix || 'an empty address'}`,
        `In WhatsApp Manager → Message templates, set the URL of the "${String(button.text)}" button of ${template.name} to ${publicUrl.replace(/\/+$/, '')}/{{1}} (type Dynamic), or ${pushAdvice(purpose)}.`,
      );
    }
    urlButton = { index, prefix, value: 'link' };
  }
  return {
    ok: true,
    plan: {
      templateName: template.name,
      language: template.language,
      header,
      body: bodySlots.slots,
      urlButton,
    },
  };
}

/** Meedi8's definition of the purpose in the template's language, if Meedi8 writes that one. */
function ownDefinitionFor(purpose: TemplateName, template: ServerTemplate, publicUrl: string) {
  if (!TEMPLATE_LANGUAGES.includes(template.language)) return null;
  return templateDefinition(purpose, publicUrl, localeOfTemplateLanguage(template.language));
}

/**
 * Whether a template is exactly Meedi8's definition for the purpose in its language (under any
 * name).
 */
export function isOwnDefinition(
  purpose: TemplateName,
  template: ServerTemplate,
  publicUrl: string,
): boolean {
  const definition = ownDefinitionFor(purpose, template, publicUrl);
  if (!definition) return false;
  const request = toCreateTemplateRequest(definition);
  return templateDifferences({ ...request, name: template.name }, template).length === 0;
}

/** The plan of a template that is exactly Meedi8's definition (under any versioned name). */
function ownPlan(purpose: TemplateName, template: ServerTemplate, publicUrl: string) {
  if (!isOwnDefinition(purpose, template, publicUrl)) return null;
  const definition = ownDefinitionFor(purpose, template, publicUrl)!;
  const spec = TEMPLATE_SPECS[purpose];
  return {
    templateName: template.name,
    language: template.language,
    header: [],
    body: spec.bodyParameters.map((p) => ({ value: p.name as TemplateValueName })),
    urlButton: {
      index: 0,
      prefix: definition.buttonUrl.replace('{{1}}', ''),
      value: purpose === 'phone_verification_code' ? 'code' : 'link',
    },
  } satisfies FillPlan;
}

function slotsOf(
  purpose: TemplateName,
  where: 'header' | 'body',
  component: Loose | undefined,
  guideOrder: readonly TemplateValueName[],
): { slots: FillSlot[] } | { problem: string } {
  const text = typeof component?.text === 'string' ? component.text : '';
  const matches = [...text.matchAll(PLACEHOLDER)];
  if (matches.length === 0) return { slots: [] };
  const named = matches.some((m) => !/^\d+$/.test(m[1]!));
  const example = component?.example as Loose | undefined;
  const allowed = PURPOSE_VALUES[purpose];

  // Distinct placeholders: {{1}}, {{2}}, … in number order; named ones in order of appearance.
  const keys = [...new Set(matches.map((m) => m[1]!))];
  if (!named) keys.sort((a, b) => Number(a) - Number(b));
  const slots: (FillSlot | null)[] = keys.map((key, i) => {
    const first = matches.find((m) => m[1] === key)!;
    const sample = named ? namedExample(example, where, key) : positionalExample(example, where, i);
    let role =
      (named ? NAMED_ROLES[key.toLowerCase().replace(/[^a-z0-9]/g, '')] : undefined) ??
      cueRole(purpose, text, first.index!, first[0].length, sample);
    if (role === 'partnerName' && purpose === 'mediation_invite') role = 'inviterName';
    if (role === 'inviterName' && purpose !== 'mediation_invite') role = 'partnerName';
    return role ? { value: role, ...(named ? { parameterName: key } : {}) } : null;
  });
  // Where the wording is silent, the guide's order for a template with as many placeholders.
  if (!named && guideOrder.length === slots.length) {
    for (const [i, slot] of slots.entries()) slots[i] = slot ?? { value: guideOrder[i]! };
  }
  for (const [i, slot] of slots.entries()) {
    const shown = `{{${keys[i]}}}`;
    if (!slot) {
      return {
        problem: `Meedi8 cannot tell what ${shown} in the ${where} stands for (${contextOf(text, keys[i]!)})`,
      };
    }
    if (!allowed.includes(slot.value)) {
      return {
        problem: `${shown} in the ${where} asks for ${VALUE_LABELS[slot.value]}, which Meedi8 does not have for this message`,
      };
    }
  }
  return { slots: slots as FillSlot[] };
}

/** What the words around a placeholder say it is, or null. */
function cueRole(
  purpose: TemplateName,
  text: string,
  start: number,
  length: number,
  sample: string | undefined,
): TemplateValueName | null {
  const head = text.slice(0, start);
  const lineBefore = head.slice(head.lastIndexOf('\n') + 1).trim();
  const after = (text.slice(start + length).split('\n')[0] ?? '').trim();
  if (sample && /^https?:\/\//i.test(sample.trim())) return 'link';
  if (/https?:\/\/\S*$/i.test(lineBefore)) return 'link';
  if (/\b(about|topic|regarding|re)\s*:?\s*["“'‘]?$/i.test(lineBefore)) return 'topic';
  if (/:$/.test(head.trimEnd()) && /^[.!]?$/.test(after)) return 'link';
  if (/\b(hi|hello|hey|dear|welcome)\s*,?$/i.test(lineBefore)) return 'recipientName';
  if (/^(has\s+|have\s+)?invited\b/i.test(after)) return 'inviterName';
  if (
    /^(has\s+|have\s+|is\s+)?(responded|replied|requested|asked|wrote|sent|answered|joined|resumed|paused|agreed|waiting|shared)\b/i.test(
      after,
    ) ||
    /\b(you\s+and|with|from)$/i.test(lineBefore)
  ) {
    return 'partnerName';
  }
  if (purpose === 'agreement_reached' && lineBefore === '' && after === '') return 'summary';
  return null;
}

function positionalExample(example: Loose | undefined, where: string, i: number) {
  const rows = example?.[`${where}_text`];
  if (!Array.isArray(rows)) return undefined;
  const row = Array.isArray(rows[0]) ? rows[0] : rows;
  const value = row[i];
  return typeof value === 'string' ? value : undefined;
}

function namedExample(example: Loose | undefined, where: string, key: string) {
  const list = example?.[`${where}_text_named_params`];
  if (!Array.isArray(list)) return undefined;
  const found = list.find((p: Loose) => p?.param_name === key) as Loose | undefined;
  return typeof found?.example === 'string' ? found.example : undefined;
}

function contextOf(text: string, key: string): string {
  const at = text.search(new RegExp(`\\{\\{\\s*${key}\\s*\\}\\}`));
  const snippet = text
    .slice(Math.max(0, at - 30), at + key.length + 34)
    .replace(/\s+/g, ' ')
    .trim();
  return `"…${snippet}…"`;
}

function pushAdvice(purpose: TemplateName): string {
  return `run \`npm run whatsapp -- templates push\` to submit Meedi8's own version under a new name (e.g. ${purpose}_v2); Meedi8 switches to it once Meta approves it`;
}

/** The usual fix: reword the template with values Meedi8 has, or let Meedi8 add its own. */
function standardFix(purpose: TemplateName, name: string): string {
  const values = (GUIDE_ORDER[purpose] ?? PURPOSE_VALUES[purpose])
    .map((v, i) => `{{${i + 1}}} ${VALUE_LABELS[v]}`)
    .join(', ');
  return `In WhatsApp Manager → Message templates, edit ${name} so its placeholders are ${values} (as the setup guide spells them), or ${pushAdvice(purpose)}.`;
}
