/**
 * Meedi8's WhatsApp message templates, defined once. Meta must approve each before it can be
 * sent outside the 24-hour window; `npm run whatsapp -- templates push` submits them. Bodies
 * never begin or end with a placeholder and links live in the URL button, because Meta's review
 * rejects templates that do otherwise. No mediation content appears in a template: notifications
 * show on lock screens, so the details stay behind the link.
 */
import type { TemplateName } from '../outbound-message.js';

/** The language every template is written in (British English). */
export const TEMPLATE_LANGUAGE = 'en_GB';

/** Shown under every template, as the original plan spelled it. */
export const TEMPLATE_FOOTER = 'Meedi8 - AI-Powered Mediation';

/** The typed values each template takes, by template name. */
export interface TemplateParameters {
  mediation_invite: {
    recipientName: string;
    inviterName: string;
    inviteToken: string;
    topic?: string;
  };
  turn_notification: { partnerName: string; roomId: string; topic?: string };
  agreement_reached: { partnerName: string; roomId: string; topic?: string };
  break_requested: { partnerName: string; roomId: string; topic?: string };
  mediation_check_in: { partnerName: string; roomId: string; topic?: string };
  phone_verification_code: { code: string };
}

/** One placeholder: its name, how long it may be, an example for Meta's review, a fallback. */
export interface TemplateParameterSpec<P extends string = string> {
  name: P;
  maxLength: number;
  /** Shown to Meta's reviewers in the submission. */
  example: string;
  /** Used when the value is empty after sanitising (a name made only of spaces or symbols). */
  fallback?: string;
}

/** A template apart from the public base URL of its button. */
export interface TemplateSpec<P extends string = string> {
  name: TemplateName;
  category: 'UTILITY' | 'AUTHENTICATION';
  /**
   * The body text with {{1}}, {{2}}, … in the order of `bodyParameters`. For an authentication
   * template Meta writes the text itself; this is that preset text, as Meta lists it.
   */
  body: string;
  bodyParameters: readonly TemplateParameterSpec<P>[];
  footer: string;
  /**
   * A URL button: `PUBLIC_URL + path + {{1}}`, the suffix filled from `parameter`. An
   * authentication template's copy-code button is sent the same way, with the code as suffix.
   */
  urlButton: { text: string; path: string; parameter: TemplateParameterSpec<P> };
  /** Authentication templates only: what Meedi8 may choose of Meta's preset wording. */
  authentication?: { codeExpirationMinutes: number; securityRecommendation: boolean };
}

type SpecFor<N extends TemplateName> = TemplateSpec<keyof TemplateParameters[N] & string>;

const NAME_LENGTH = 60;
// Room ids are UUIDs and invite tokens 43 characters; the margin never truncates a real link.
const LINK_SUFFIX_LENGTH = 200;
const ROOM_ID_EXAMPLE = '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90';

const partnerName = {
  name: 'partnerName',
  maxLength: NAME_LENGTH,
  example: 'Sam',
  fallback: 'The other person',
} as const;
const roomId = { name: 'roomId', maxLength: LINK_SUFFIX_LENGTH, example: ROOM_ID_EXAMPLE } as const;

/** Every template Meedi8 sends, by name. */
export const TEMPLATE_SPECS: { readonly [N in TemplateName]: SpecFor<N> } = {
  mediation_invite: {
    name: 'mediation_invite',
    category: 'UTILITY',
    body:
      'Hi {{1}}, {{2}} has invited you to work through something together on Meedi8.\n\n' +
      'Meedi8 is a private space where an AI mediator helps you both understand each other. ' +
      'Tap the button below to join; the link works for 7 days.\n\n' +
      'Not expecting this? Reply STOP to opt out and Meedi8 will not message you again.',
    bodyParameters: [
      { name: 'recipientName', maxLength: NAME_LENGTH, example: 'Sam', fallback: 'there' },
      {
        name: 'inviterName',
        maxLength: NAME_LENGTH,
        example: 'Alex',
        fallback: 'Someone you know',
      },
    ],
    footer: TEMPLATE_FOOTER,
    urlButton: {
      text: 'Join mediation',
      path: '/join/',
      parameter: {
        name: 'inviteToken',
        maxLength: LINK_SUFFIX_LENGTH,
        example: 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE',
      },
    },
  },
  turn_notification: {
    name: 'turn_notification',
    category: 'UTILITY',
    body:
      'Your Meedi8 mediation has moved on: {{1}} has replied, and it is your turn to share ' +
      'your thoughts whenever you are ready.',
    bodyParameters: [partnerName],
    footer: TEMPLATE_FOOTER,
    urlButton: { text: 'Continue', path: '/rooms/', parameter: roomId },
  },
  agreement_reached: {
    name: 'agreement_reached',
    category: 'UTILITY',
    body:
      'Good news: you and {{1}} have reached an agreement in your Meedi8 mediation.\n\n' +
      'Tap the button below to read the full agreement and download a copy.',
    bodyParameters: [partnerName],
    footer: TEMPLATE_FOOTER,
    urlButton: { text: 'View agreement', path: '/rooms/', parameter: roomId },
  },
  break_requested: {
    name: 'break_requested',
    category: 'UTILITY',
    body:
      'A pause in your Meedi8 mediation: {{1}} has asked for a break. Take the time you need; ' +
      'you can both pick up where you left off when you are ready.',
    bodyParameters: [partnerName],
    footer: TEMPLATE_FOOTER,
    urlButton: { text: 'Open mediation', path: '/rooms/', parameter: roomId },
  },
  // Sent only to someone who asked for it when their mediation ended.
  mediation_check_in: {
    name: 'mediation_check_in',
    category: 'UTILITY',
    body:
      'Hi, this is the check-in you asked Meedi8 for: two weeks ago you and {{1}} reached an ' +
      'agreement. How is it going? Reply here to talk it over, or tap below to look at it again.',
    bodyParameters: [partnerName],
    footer: TEMPLATE_FOOTER,
    urlButton: { text: 'View agreement', path: '/rooms/', parameter: roomId },
  },
  // Meta's rules for one-time codes: an AUTHENTICATION template, preset text, a copy-code button,
  // no links or emoji. The code is the body's {{1}} and the button's value.
  phone_verification_code: {
    name: 'phone_verification_code',
    category: 'AUTHENTICATION',
    body: '*{{1}}* is your verification code. For your security, do not share this code.',
    bodyParameters: [{ name: 'code', maxLength: 15, example: '123456' }],
    footer: 'This code expires in 10 minutes.',
    urlButton: {
      text: 'Copy code',
      path: '',
      parameter: { name: 'code', maxLength: 15, example: '123456' },
    },
    authentication: { codeExpirationMinutes: 10, securityRecommendation: true },
  },
};

/** Every template name, in a stable order. */
export const TEMPLATE_NAMES = Object.keys(TEMPLATE_SPECS) as TemplateName[];

/** A template complete with its language and the button URL on Meedi8's public address. */
export interface TemplateDefinition extends TemplateSpec {
  language: string;
  /** `https://<public>/<path>{{1}}`, as submitted to Meta. */
  buttonUrl: string;
  /** The button URL with the example suffix, for Meta's review. */
  buttonExampleUrl: string;
}

/** The definition of one template for a given public base URL (PUBLIC_URL). */
export function templateDefinition(name: TemplateName, publicUrl: string): TemplateDefinition {
  const spec: TemplateSpec = TEMPLATE_SPECS[name];
  const base = publicUrl.replace(/\/+$/, '') + spec.urlButton.path;
  return {
    ...spec,
    language: TEMPLATE_LANGUAGE,
    buttonUrl: `${base}{{1}}`,
    buttonExampleUrl: base + spec.urlButton.parameter.example,
  };
}

/** All template definitions for a given public base URL (PUBLIC_URL). */
export function templateDefinitions(publicUrl: string): TemplateDefinition[] {
  return TEMPLATE_NAMES.map((name) => templateDefinition(name, publicUrl));
}
