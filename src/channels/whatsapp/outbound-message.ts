/**
 * What Meedi8 sends on WhatsApp, in its own words. Builders turn these into Graph payloads and
 * enforce Meta's limits before a request is made; nothing outside `channels/whatsapp/` sees a
 * Graph payload.
 */

/** Names of the message templates Meedi8 defines (see `templates.ts`). */
export type TemplateName =
  | 'mediation_invite'
  | 'turn_notification'
  | 'agreement_reached'
  | 'break_requested'
  | 'mediation_check_in'
  | 'phone_verification_code';

export interface TextMessage {
  kind: 'text';
  /** Any length: longer than 4,096 characters is split into several messages, in order. */
  body: string;
  previewUrl?: boolean;
}

export interface TemplateMessage {
  kind: 'template';
  name: TemplateName;
  /** Language code as Meta spells it, e.g. `en_GB`. */
  language: string;
  /** Values for {{1}}, {{2}}, … in the body, in order; sanitised before sending. */
  bodyParams: string[];
  /** The dynamic suffix of the template's URL button, when it has one. */
  urlButtonSuffix?: string;
  /**
   * Set when the account's own approved template carries this purpose (a hand-made one, or
   * Meedi8's version under a new name): its name at Meta and its shape, so the send matches it.
   */
  account?: AccountTemplateShape;
  /**
   * Set when the person's language could not carry this template yet and it went in the
   * fallback language instead: kept with the stored message so the operator sees who got
   * English and why.
   */
  languageFallback?: LanguageFallback;
}

/** A template sent in another language than the person's, and why. */
export interface LanguageFallback {
  /** The person's language as Meta spells it, e.g. `pt_BR`. */
  wanted: string;
  /** Why it could not go in that language: `PENDING`, `missing`, `cannot be filled: …`. */
  reason: string;
}

/** The shape of an account template as a send must match it. */
export interface AccountTemplateShape {
  /** The template's name at Meta (`name` stays the purpose). */
  templateName: string;
  /** Values for the text header's placeholder, if it has one. */
  headerParams: string[];
  /** For a named header placeholder, its name. */
  headerParamNames?: string[];
  /** For named placeholders ({{first_name}}), the name of each body value, in order. */
  bodyParamNames?: string[];
  /** Index of the URL button that takes `urlButtonSuffix`, or null when none takes one. */
  urlButtonIndex: number | null;
}

export interface ReplyButton {
  /** Returned in the reply when tapped; at most 256 characters. */
  id: string;
  /** At most 20 characters. */
  title: string;
}

export interface ButtonsMessage {
  kind: 'buttons';
  /** At most 1,024 characters. */
  body: string;
  /** One to three buttons. */
  buttons: ReplyButton[];
  header?: string;
  footer?: string;
}

export interface ListRow {
  id: string;
  /** At most 24 characters. */
  title: string;
  /** At most 72 characters. */
  description?: string;
}

export interface ListMessage {
  kind: 'list';
  body: string;
  /** The label of the button that opens the list; at most 20 characters. */
  buttonLabel: string;
  /** At most 10 rows in all. */
  sections: { title?: string; rows: ListRow[] }[];
  header?: string;
  footer?: string;
}

/** A document sent by link (Meta fetches it) or by the id of a file uploaded with `uploadMedia`. */
export type DocumentMessage = {
  kind: 'document';
  filename: string;
  caption?: string;
} & ({ link: string; mediaId?: undefined } | { mediaId: string; link?: undefined });

export type OutboundWhatsApp =
  | TextMessage
  | TemplateMessage
  | ButtonsMessage
  | ListMessage
  | DocumentMessage;

/**
 * What a failed Graph call means for Meedi8, decided from Meta's error code:
 * - `transient`: try again later with backoff (1, 2, 131000, 131016, 5xx, timeouts);
 * - `throttled`: the number's throughput or the app's rate limit; wait for the window, retry;
 * - `pair_rate`: too fast to this one person (131056); retry the same message after a few seconds, keeping order;
 * - `window_closed`: free-form outside the 24-hour window (131047, 470); send a template instead or hold;
 * - `undeliverable`: this number cannot get WhatsApp messages (131026); stop, fall back to email;
 * - `permanent`: this message can never be sent as it is (bad parameters, unsupported, mismatch); record, do not retry;
 * - `operator`: the account or a template needs a person (token, payment, registration, policy, template paused or missing); stop sending until fixed.
 */
export type SendFailureClass =
  | 'transient'
  | 'throttled'
  | 'pair_rate'
  | 'window_closed'
  | 'undeliverable'
  | 'permanent'
  | 'operator';
