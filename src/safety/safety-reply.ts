import type { SafetyCategory, SafetyFlag, SafetyResource } from './screen-types.js';

/** What the other participant sees when a session is paused for safety: neutral, no reason given. */
export const SESSION_PAUSED_NOTICE =
  "The session is paused for now. There's nothing you need to do, and you'll get a message here if and when it continues.";

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
const FALLBACK_LINE =
  'You can find free, confidential helplines for your country at https://findahelpline.com';

function cleanName(name: string | null | undefined): string | null {
  const trimmed = name?.replace(/\s+/gu, ' ').trim() ?? '';
  return trimmed.length > 0 ? trimmed.slice(0, 60) : null;
}

function formatResource(resource: SafetyResource): string {
  // The description's full stop would sit oddly before " — https://…".
  const description = resource.url
    ? resource.description.replace(/\.$/u, '')
    : resource.description;
  const parts = [resource.name, resource.phone, description, resource.url];
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

function emergencyAction(resources: SafetyResource[]): string {
  const numbers = resources
    .filter((resource) => resource.emergency === true && resource.phone !== null)
    .map((resource) => resource.phone as string);
  const unique = [...new Set(numbers)];
  return unique.length > 0 ? `call ${unique.join(' or ')}` : 'call your local emergency number';
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
): string {
  const categories = new Set(flags.map((flag) => flag.category));
  const selfHarm = categories.has('self_harm');
  const abuse = ABUSE_CATEGORIES.some((category) => categories.has(category));
  const child = categories.has('child_risk');
  const danger = IMMEDIATE_DANGER.some((category) => categories.has(category));
  const who = cleanName(name);
  const listed = relevantResources(resources, categories);
  const emergency = emergencyAction(resources);
  const paragraphs: string[] = [];

  paragraphs.push(
    `Thank you for telling me this${who ? `, ${who}` : ''}. I know it isn't easy to say, and I'm glad you did.`,
  );
  paragraphs.push(
    situation === 'paused'
      ? "I've paused the joint session, just for now. The other person will only be told that the session is paused, not why."
      : situation === 'ended'
        ? "I won't go ahead with the joint mediation now. The other person will only be told that it cannot go ahead at the moment, never why."
        : situation === 'ended_alone'
          ? "I won't go ahead with the joint mediation now. Nobody else has been invited, so nobody is told anything."
          : 'Nothing you have told me here is shared with anyone.',
  );
  if (selfHarm) {
    paragraphs.push(
      "Right now the most important thing is you and how you're feeling, not the disagreement. You don't have to carry this on your own, and talking to someone today can help.",
    );
  }
  if (abuse) {
    const opening = selfHarm
      ? "From what you've said, I also want to be honest with you"
      : "What you've described matters, and I want to be honest with you";
    paragraphs.push(
      `${opening}: mediation isn't the right tool when someone is being hurt, frightened or controlled, because it relies on both people being able to speak freely and safely. None of this is your fault, and you deserve to feel safe.`,
    );
  }
  if (child) {
    paragraphs.push(
      "What you've said about a child matters more than the mediation. A child's safety comes first, and the services below can help you decide what to do next.",
    );
  }
  const emergencyLine = selfHarm
    ? `If you feel you might act on these thoughts, or you are in immediate danger, ${emergency} now or go to your nearest emergency department.`
    : danger
      ? `If you or a child are in danger right now, ${emergency} first.`
      : `If you are ever in immediate danger, ${emergency} now.`;
  if (danger) paragraphs.push(emergencyLine);
  paragraphs.push(
    selfHarm
      ? 'These services are free and confidential, and they are there to listen:'
      : abuse
        ? 'Specialist services can help you think through your options in confidence, at your own pace:'
        : child
          ? 'These services can help when you are worried about a child:'
          : 'These services are free and confidential if you would like to talk to someone:',
  );
  paragraphs.push(listed.length > 0 ? listed.map(formatResource).join('\n') : FALLBACK_LINE);

  if (!danger) paragraphs.push(emergencyLine);
  if (abuse) {
    // Someone being monitored may have their phone checked; this gives them a safe option.
    paragraphs.push(
      "If you're worried someone else might see your phone, it may be safer to note the numbers somewhere private and delete this chat.",
    );
  }
  if (situation === 'ended' || situation === 'ended_alone') {
    paragraphs.push(
      'If things change and you feel safe, you can start a new mediation later. You can also simply stop here.',
    );
    return paragraphs.join('\n\n');
  }
  paragraphs.push(
    selfHarm
      ? "There's no rush to come back to the mediation. When you feel ready and safe, you can pick it up again, or simply stop here."
      : "When you feel safe and ready, you can come back and we can decide together whether to resume. There's no rush, and it's completely fine not to.",
  );
  return paragraphs.join('\n\n');
}
