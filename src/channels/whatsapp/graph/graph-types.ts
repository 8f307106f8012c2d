/**
 * Graph API payloads, spelled as Meta spells them. `Client*` is what Meedi8 sends, `Server*` what
 * Meta returns. These types never leave `channels/whatsapp/`.
 */

/**
 * Who a send goes to: the number in digits without the leading + (`to`), or, for someone Meta
 * knows only by username, their business-scoped user id (`recipient`, Meta 2026). Never both.
 */
export type ClientRecipient = { to: string; recipient?: never } | { recipient: string; to?: never };

/** The envelope every message send carries. */
export type ClientMessageEnvelope = {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  /** Echoed by Meta in this message's status webhooks (at most 512 characters). */
  biz_opaque_callback_data?: string;
} & ClientRecipient;

/** A free-form text message. */
export interface ClientTextContent {
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

/** One value for a template placeholder. */
export interface ClientTextParameter {
  type: 'text';
  text: string;
  /** For a template with named placeholders ({{first_name}}): the placeholder's name. */
  parameter_name?: string;
}

/** The text header of a template send: the value for its one placeholder. */
export interface ClientTemplateHeaderComponent {
  type: 'header';
  parameters: ClientTextParameter[];
}

/** The body component of a template send: values for {{1}}, {{2}}, … in order. */
export interface ClientTemplateBodyComponent {
  type: 'body';
  parameters: ClientTextParameter[];
}

/** The dynamic suffix of a template's URL button. */
export interface ClientTemplateUrlButtonComponent {
  type: 'button';
  sub_type: 'url';
  index: string;
  parameters: ClientTextParameter[];
}

/** An approved template with its parameters. */
export interface ClientTemplateContent {
  type: 'template';
  template: {
    name: string;
    language: { code: string };
    components: (
      | ClientTemplateHeaderComponent
      | ClientTemplateBodyComponent
      | ClientTemplateUrlButtonComponent
    )[];
  };
}

/** Text header and footer shared by interactive messages. */
interface ClientInteractiveFrame {
  header?: { type: 'text'; text: string };
  body: { text: string };
  footer?: { text: string };
}

/** Up to three reply buttons. */
export interface ClientButtonsContent {
  type: 'interactive';
  interactive: ClientInteractiveFrame & {
    type: 'button';
    action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] };
  };
}

/** A list opened by a button, up to ten rows in all. */
export interface ClientListContent {
  type: 'interactive';
  interactive: ClientInteractiveFrame & {
    type: 'list';
    action: {
      button: string;
      sections: {
        title?: string;
        rows: { id: string; title: string; description?: string }[];
      }[];
    };
  };
}

/** A document fetched by Meta from a link, or one uploaded before (`POST /{phone_number_id}/media`). */
export interface ClientDocumentContent {
  type: 'document';
  document: ({ link: string } | { id: string }) & { filename: string; caption?: string };
}

/** `POST /{phone_number_id}/media` answers with the new media id. */
export interface ServerUploadedMedia {
  id: string;
}

/** What one kind of message puts after the envelope. */
export type ClientMessageContent =
  | ClientTextContent
  | ClientTemplateContent
  | ClientButtonsContent
  | ClientListContent
  | ClientDocumentContent;

/** A complete body for `POST /{phone_number_id}/messages`. */
export type ClientMessage = ClientMessageEnvelope & ClientMessageContent;

/** Marks an inbound message read, optionally showing a typing indicator. */
export interface ClientMarkRead {
  messaging_product: 'whatsapp';
  status: 'read';
  message_id: string;
  typing_indicator?: { type: 'text' };
}

/** Meta's answer to an accepted send. */
export interface ServerSendResponse {
  messaging_product: 'whatsapp';
  contacts?: { input: string; wa_id?: string; user_id?: string }[];
  messages: { id: string; message_status?: string }[];
}

/** Meta's error body, as returned with any non-2xx answer. */
export interface ServerErrorBody {
  error: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    error_user_title?: string;
    error_user_msg?: string;
    error_data?: { messaging_product?: string; details?: string };
    fbtrace_id?: string;
  };
}

/** `GET /{media_id}`: where to download a media file and what it is. */
export interface ServerMediaInfo {
  url: string;
  mime_type: string;
  sha256: string;
  file_size: number;
  id?: string;
  messaging_product?: 'whatsapp';
}

/** A component of a template as submitted to (and listed by) the Business Management API. */
export type TemplateComponentDefinition =
  | { type: 'BODY'; text: string; example?: { body_text: string[][] } }
  | { type: 'BODY'; add_security_recommendation: boolean }
  | { type: 'FOOTER'; text: string }
  | { type: 'FOOTER'; code_expiration_minutes: number }
  | { type: 'HEADER'; format: 'TEXT'; text: string; example?: { header_text: string[] } }
  | { type: 'BUTTONS'; buttons: TemplateButtonDefinition[] };

/** A template button as the Business Management API spells it. */
export type TemplateButtonDefinition =
  | { type: 'URL'; text: string; url: string; example?: string[] }
  | { type: 'QUICK_REPLY'; text: string }
  | { type: 'OTP'; otp_type: 'COPY_CODE'; text: string };

/** Body of `POST /{WABA_ID}/message_templates`. */
export interface ClientCreateTemplateRequest {
  name: string;
  language: string;
  category: 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';
  components: TemplateComponentDefinition[];
}

/** Meta's answer to a template submission. */
export interface ServerCreateTemplateResponse {
  id: string;
  status: string;
  category: string;
}

/** Review states a template goes through at Meta. */
export type ServerTemplateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION'
  | 'DELETED'
  | 'LIMIT_EXCEEDED'
  | (string & {});

/** One template as listed by `GET /{WABA_ID}/message_templates`. */
export interface ServerTemplate {
  id: string;
  name: string;
  language: string;
  status: ServerTemplateStatus;
  category: string;
  components: TemplateComponentDefinition[];
  rejected_reason?: string;
}

/** A page of a Graph list with cursor paging. */
export interface ServerPage<T> {
  data: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}

/** `GET /{phone_number_id}` with the fields the doctor reads. */
export interface ServerPhoneNumber {
  id: string;
  display_phone_number: string;
  verified_name: string;
  /** GREEN, YELLOW, RED or UNKNOWN. */
  quality_rating: string;
  /** e.g. TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED. */
  messaging_limit_tier?: string;
  /** APPROVED, PENDING_REVIEW, DECLINED, … */
  name_status?: string;
  /** The number's connection: CONNECTED, PENDING, DISCONNECTED, FLAGGED, RESTRICTED, … */
  status?: string;
}

/** One app subscribed to the WABA's webhooks. */
export interface ServerSubscribedApp {
  whatsapp_business_api_data: { id: string; name?: string; link?: string };
}

/** `GET /debug_token`: what Meta knows of the access token. */
export interface ServerDebugToken {
  data: {
    app_id?: string;
    application?: string;
    type?: string;
    is_valid: boolean;
    /** Unix seconds; 0 means the token never expires. */
    expires_at?: number;
    data_access_expires_at?: number;
    scopes?: string[];
    error?: { code?: number; message?: string; subcode?: number };
  };
}

/** `{success: true}` answers (mark read, subscribe). */
export interface ServerSuccess {
  success: boolean;
}
