/**
 * Meedi8's WhatsApp message templates, defined once, in every shipped language: the shapes live
 * here, the words in the `templates` catalogue (src/i18n/messages/templates/). Meta must approve
 * each template in each language before it can be sent outside the 24-hour window; `npm run
 * whatsapp -- templates push` submits them. Bodies never begin or end with a placeholder and
 * links live in the URL button, because Meta's review rejects templates that do otherwise. No
 * mediation content appears in a template: notifications show on lock screens, so the details
 * stay behind the link.
 */
import type { MessageKey } from '../../../i18n/catalogue-types.js';
import { LOCALES, type Locale, SOURCE_LOCALE } from '../../../i18n/locales.js';
import { translate } from '../../../i18n/translate.js';
import type { TemplateName } from '../outbound-message.js';
import { templateLanguageOf } from './template-languages.js';

export { TEMPLATE_LANGUAGE } from './template-languages.js';

/** Shown under every template, as the original plan spelled it (in British English). */
export const TEMPLATE_FOOTER = translate('templates', SOURCE_LOCALE, 'footer');

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

/** A template in one language, apart from the public base URL of its button. */
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

/** A template's shape, the same in every language; its words come from the catalogue. */
interface TemplateShape<P extends string = string> {
  name: TemplateName;
  category: 'UTILITY' | 'AUTHENTICATION';
  bodyParameters: readonly (Omit<TemplateParameterSpec<P>, 'fallback'> & {
    fallback?: 'fallback.recipient' | 'fallback.inviter' | 'fallback.partner';
  })[];
  button: { path: string; parameter: TemplateParameterSpec<P> };
  authentication?: { codeExpirationMinutes: number; securityRecommendation: boolean };
}

const NAME_LENGTH = 60;
// Room ids are UUIDs and invite tokens 43 characters; the margin never truncates a real link.
const LINK_SUFFIX_LENGTH = 200;
const ROOM_ID_EXAMPLE = '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90';

const partnerName = {
  name: 'partnerName',
  maxLength: NAME_LENGTH,
  example: 'Sam',
  fallback: 'fallback.partner',
} as const;
const roomId = { name: 'roomId', maxLength: LINK_SUFFIX_LENGTH, example: ROOM_ID_EXAMPLE } as const;
const roomButton = { path: '/rooms/', parameter: roomId };

const SHAPES: {
  readonly [N in TemplateName]: TemplateShape<keyof TemplateParameters[N] & string>;
} = {
  mediation_invite: {
    name: 'mediation_invite',
    category: 'UTILITY',
    bodyParameters: [
      {
        name: 'recipientName',
        maxLength: NAME_LENGTH,
        example: 'Sam',
        fallback: 'fallback.recipient',
      },
      {
        name: 'inviterName',
        maxLength: NAME_LENGTH,
        example: 'Alex',
        fallback: 'fallback.inviter',
      },
    ],
    button: {
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
    bodyParameters: [partnerName],
    button: roomButton,
  },
  agreement_reached: {
    name: 'agreement_reached',
    category: 'UTILITY',
    bodyParameters: [partnerName],
    button: roomButton,
  },
  break_requested: {
    name: 'break_requested',
    category: 'UTILITY',
    bodyParameters: [partnerName],
    button: roomButton,
  },
  // Sent only to someone who asked for it when their mediation ended.
  mediation_check_in: {
    name: 'mediation_check_in',
    category: 'UTILITY',
    bodyParameters: [partnerName],
    button: roomButton,
  },
  // Meta's rules for one-time codes: an AUTHENTICATION template, preset text, a copy-code
  // button, no links or emoji. The code is the body's {{1}} and the button's value.
  phone_verification_code: {
    name: 'phone_verification_code',
    category: 'AUTHENTICATION',
    bodyParameters: [{ name: 'code', maxLength: 15, example: '123456' }],
    button: { path: '', parameter: { name: 'code', maxLength: 15, example: '123456' } },
    authentication: { codeExpirationMinutes: 10, securityRecommendation: true },
  },
};

/** A template's words in one language, its placeholders numbered as Meta wants them. */
export function templateSpec<N extends TemplateName>(name: N, locale: Locale): SpecFor<N> {
  const shape = SHAPES[name] as TemplateShape;
  // The catalogue names each placeholder ({partnerName}); Meta numbers them ({{1}}).
  const numbered = Object.fromEntries(
    shape.bodyParameters.map((param, i) => [param.name, `{{${i + 1}}}`]),
  );
  const t = (key: MessageKey<'templates'>, values?: Record<string, string>) =>
    translate('templates', locale, key, values);
  const minutes = String(shape.authentication?.codeExpirationMinutes ?? '');
  return {
    name,
    category: shape.category,
    body: t(`${name}.body` as MessageKey<'templates'>, numbered),
    bodyParameters: shape.bodyParameters.map(({ fallback, ...param }) =>
      fallback ? { ...param, fallback: t(fallback) } : param,
    ),
    footer: shape.authentication ? t('phone_verification_code.footer', { minutes }) : t('footer'),
    urlButton: {
      text: t(`${name}.button` as MessageKey<'templates'>),
      path: shape.button.path,
      parameter: shape.button.parameter,
    },
    ...(shape.authentication ? { authentication: shape.authentication } : {}),
  } satisfies TemplateSpec as unknown as SpecFor<N>;
}

/** Every template name, in a stable order. */
export const TEMPLATE_NAMES = Object.keys(SHAPES) as TemplateName[];

/** Every template Meedi8 sends, by name, in British English. */
export const TEMPLATE_SPECS = Object.fromEntries(
  TEMPLATE_NAMES.map((name) => [name, templateSpec(name, SOURCE_LOCALE)]),
) as unknown as { readonly [N in TemplateName]: SpecFor<N> };

/** A template complete with its language and the button URL on Meedi8's public address. */
export interface TemplateDefinition extends TemplateSpec {
  /** Meta's language code, e.g. `pt_BR`. */
  language: string;
  /** The shipped locale its words are in. */
  locale: Locale;
  /** `https://<public>/<path>{{1}}`, as submitted to Meta. */
  buttonUrl: string;
  /** The button URL with the example suffix, for Meta's review. */
  buttonExampleUrl: string;
}

/** The definition of one template in one language for a public base URL (PUBLIC_URL). */
export function templateDefinition(
  name: TemplateName,
  publicUrl: string,
  locale: Locale = SOURCE_LOCALE,
): TemplateDefinition {
  const spec: TemplateSpec = templateSpec(name, locale);
  const base = publicUrl.replace(/\/+$/, '') + spec.urlButton.path;
  return {
    ...spec,
    language: templateLanguageOf(locale),
    locale,
    buttonUrl: `${base}{{1}}`,
    buttonExampleUrl: base + spec.urlButton.parameter.example,
  };
}

/**
 * All template definitions for a public base URL, British English first (then each shipped
 * language in turn), so a listing reads the fallback language before the translations.
 */
export function templateDefinitions(publicUrl: string): TemplateDefinition[] {
  return LOCALES.flatMap((locale) =>
    TEMPLATE_NAMES.map((name) => templateDefinition(name, publicUrl, locale)),
  );
}
