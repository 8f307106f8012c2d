import { type Locale, SOURCE_LOCALE } from '../i18n/locales.js';
import { translator } from '../i18n/translate.js';
import type { SafetyCategory, SafetyFlag, SafetyResource } from './screen-types.js';

const t = translator('safety');

/** What the other participant sees when a session is paused for safety: neutral, no reason given. */
export function sessionPausedNotice(locale: Locale = SOURCE_LOCALE): string {
  return t(locale, 'paused_notice');
}

/** The notice in English (UK), for callers that speak to the room rather than to one person. */
export const SESSION_PAUSED_NOTICE = sessionPausedNotice();

// Risks from another person: mediation cannot go on as usual while any is present.
const ABUSE_CATEGORIES: readonly SafetyCategory[] = [
  'violence',
  'threats',
  'fear',
  'coercive_control',
  'stalking',
  'financial_control',
  'sexual_coercion',
];
// Risks where danger may be immediate: the emergency number comes before any helpline.
const IMMEDIATE_DANGER: readonly SafetyCategory[] = [
  'violence',
  'threats',
  'child_risk',
  'self_harm',
];
// Used when the directory has nothing for the person's country, so the reply never lists nothing.
const FALLBACK_URL = 'https://findahelpline.com';

function cleanName(name: string | null | undefined): string | null {
  const trimmed = name?.replace(/\s+/gu, ' ').trim() ?? '';
  return trimmed.length > 0 ? trimmed.slice(0, 60) : null;
}

// The directory writes alternatives as "110 or 112"; these are the numbers, for joining in the person's language.
function phoneNumbers(phone: string): string[] {
  return phone.split(/\s+or\s+/u).filter((number) => number !== '');
}

function joinNumbers(numbers: string[], locale: Locale): string {
  return numbers.reduce((first, second) => t(locale, 'numbers.or', { first, second }));
}

function formatResource(resource: SafetyResource, locale: Locale): string {
  // In the reader's language when the directory has it, else as written (English).
  const own = resource.inLanguage?.[locale.split('-')[0]!.toLowerCase()];
  const name = own?.name ?? resource.name;
  const written = own?.description ?? resource.description;
  // The description's full stop would sit oddly before " — https://…".
  const description = resource.url ? written.replace(/\.$/u, '') : written;
  const phone = resource.phone ? joinNumbers(phoneNumbers(resource.phone), locale) : null;
  const parts = [name, phone, description, resource.url];
  return `- ${parts.filter((part): part is string => part !== null && part !== '').join(' — ')}`;
}

// Emergency services and general resources suit every risk; specialist lines only their own.
function relevantResources(resources: SafetyResource[], categories: Set<SafetyCategory>) {
  if (categories.size === 0) return resources;
  return resources.filter(
    (resource) =>
      resource.emergency === true ||
      resource.categories === undefined ||
      resource.categories.some((category) => categories.has(category)),
  );
}

/** The values of an emergency sentence: the numbers to call, or none known for the country. */
function emergencyNumbers(resources: SafetyResource[], locale: Locale) {
  const numbers = resources
    .filter((resource) => resource.emergency === true && resource.phone !== null)
    .flatMap((resource) => phoneNumbers(resource.phone as string));
  const unique = [...new Set(numbers)];
  return unique.length > 0
    ? { known: 'yes', numbers: joinNumbers(unique, locale) }
    : { known: 'no', numbers: '' };
}

export type SafetySituation = 'paused' | 'private' | 'ended' | 'ended_alone';

/**
 * The private, plain-text reply to someone whose message raised a safety concern: thanks them,
 * explains the pause, signposts help for the flagged risks, and never repeats what they wrote.
 */
export function buildSafetyReply(
  flags: SafetyFlag[],
  resources: SafetyResource[],
  name?: string | null,
  /**
   * `paused`: a joint session was paused; `private`: there is none yet; `ended`: it will not go
   * ahead; `ended_alone`: it will not go ahead and nobody else was invited, so nobody is told.
   */
  situation: SafetySituation = 'paused',
  /** The person's language (see `localeOf`). */
  locale: Locale = SOURCE_LOCALE,
): string {
  const categories = new Set(flags.map((flag) => flag.category));
  const selfHarm = categories.has('self_harm');
  const abuse = ABUSE_CATEGORIES.some((category) => categories.has(category));
  const child = categories.has('child_risk');
  const danger = IMMEDIATE_DANGER.some((category) => categories.has(category));
  const who = cleanName(name);
  const listed = relevantResources(resources, categories);
  const emergency = emergencyNumbers(resources, locale);
  const paragraphs: string[] = [];

  paragraphs.push(t(locale, 'thanks', { named: who ? 'yes' : 'no', name: who ?? '' }));
  paragraphs.push(t(locale, `situation.${situation}`));
  if (selfHarm) paragraphs.push(t(locale, 'self_harm.first'));
  if (abuse) paragraphs.push(t(locale, selfHarm ? 'abuse.honest_also' : 'abuse.honest'));
  if (child) paragraphs.push(t(locale, 'child.first'));
  const emergencyLine = t(
    locale,
    selfHarm ? 'emergency.self_harm' : danger ? 'emergency.danger' : 'emergency.ever',
    emergency,
  );
  if (danger) paragraphs.push(emergencyLine);
  paragraphs.push(
    t(
      locale,
      selfHarm
        ? 'services.self_harm'
        : abuse
          ? 'services.abuse'
          : child
            ? 'services.child'
            : 'services.general',
    ),
  );
  paragraphs.push(
    listed.length > 0
      ? listed.map((resource) => formatResource(resource, locale)).join('\n')
      : t(locale, 'fallback', { url: FALLBACK_URL }),
  );

  if (!danger) paragraphs.push(emergencyLine);
  // Someone being monitored may have their phone checked; this gives them a safe option.
  if (abuse) paragraphs.push(t(locale, 'phone_safety'));
  if (situation === 'ended' || situation === 'ended_alone') {
    paragraphs.push(t(locale, 'later.ended'));
    return paragraphs.join('\n\n');
  }
  paragraphs.push(t(locale, selfHarm ? 'later.self_harm' : 'later.general'));
  return paragraphs.join('\n\n');
}
