/** Table types for the typed query builder; they mirror the migrations in `migrations/`. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { RoomEventType } from './room-event-types.js';

/** Set by the database on insert, never changed. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
/** Has a default on insert, may be updated. */
type ChangedAt = ColumnType<Date, Date | undefined, Date>;
type Timestamp = ColumnType<Date, Date, Date>;
type OptionalTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
/** JSON columns are written as serialized text. */
type Json<T> = ColumnType<T, string, string>;
type OptionalJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type NotificationFrequency = 'realtime' | 'hourly' | 'daily' | 'off';
/** `screening`: both have joined, and the joint session waits until both are screened; `closed`: it cannot go ahead. */
export type RoomPhase = 'waiting' | 'screening' | 'active' | 'on_break' | 'resolved' | 'closed';
export type ParticipantRole = 'owner' | 'invitee';
export type MessageAuthorKind = 'participant' | 'mediator' | 'system';
export type MessageKind =
  | 'statement'
  | 'opening'
  | 'reply'
  | 'safety'
  | 'notice'
  | 'draft'
  /** The private answer to a person's screening (only they see it). */
  | 'screening';

export interface QuietHours {
  start: string;
  end: string;
  time_zone: string;
}

/** Where a person's language came from, weakest first. */
export const LOCALE_SOURCES = ['country', 'browser', 'invite', 'written', 'chosen'] as const;
export type LocaleSource = (typeof LOCALE_SOURCES)[number];

export interface UsersTable {
  id: Generated<string>;
  email: string | null;
  name: string;
  password_hash: string | null;
  is_guest: Generated<boolean>;
  /** The person's language as a BCP 47 tag ("es-MX"); Meedi8 speaks the closest one it ships. */
  locale: Generated<string>;
  /** Where `locale` came from; a weaker source never overwrites a stronger one. */
  locale_source: LocaleSource | null;
  /** A number the person has proven they hold (they wrote from it, or entered its code). */
  phone_number: string | null;
  phone_number_verified_at: OptionalTimestamp;
  /** A number typed into settings, waiting for its code: it identifies no one and gets nothing else. */
  pending_phone_number: string | null;
  whatsapp_opt_in: Generated<boolean>;
  whatsapp_opt_in_at: OptionalTimestamp;
  whatsapp_opt_in_source: string | null;
  notification_frequency: Generated<NotificationFrequency>;
  quiet_hours: OptionalJson<QuietHours>;
  is_admin: Generated<boolean>;
  whatsapp_opted_out_at: OptionalTimestamp;
  time_zone: string | null;
  created_at: CreatedAt;
  updated_at: ChangedAt;
}

export interface AuthTokensTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  kind: 'bearer' | 'session';
  /** Guests' tokens reach only this room. */
  room_id: string | null;
  created_at: CreatedAt;
  last_used_at: OptionalTimestamp;
  expires_at: Timestamp;
  revoked_at: OptionalTimestamp;
}

export interface RoomsTable {
  id: Generated<string>;
  title: string;
  topic: string | null;
  owner_user_id: string;
  phase: Generated<RoomPhase>;
  current_turn_user_id: string | null;
  stage: Generated<string>;
  break_reason: string | null;
  break_started_at: OptionalTimestamp;
  break_started_by: string | null;
  /** Set while the joint session is paused because a message raised a safety concern. */
  safety_paused_by: string | null;
  /** Who asked in plain words to write the agreement up, until the other asks too. */
  write_up_asked_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_at: OptionalTimestamp;
  created_at: CreatedAt;
  updated_at: ChangedAt;
  last_activity_at: ChangedAt;
}

export interface ParticipantsTable {
  room_id: string;
  user_id: string;
  role: ParticipantRole;
  joined_at: CreatedAt;
  last_seen_at: OptionalTimestamp;
}

export interface InvitesTable {
  id: Generated<string>;
  room_id: string;
  token_hash: Buffer;
  created_by: string;
  channel: Generated<string>;
  recipient_name: string | null;
  expires_at: Timestamp;
  revoked_at: OptionalTimestamp;
  /** The person who cancelled it; null when it closed because another invite was used or replaced it. */
  revoked_by_user_id: string | null;
  used_at: OptionalTimestamp;
  used_by_user_id: string | null;
  recipient_phone: string | null;
  recipient_email: string | null;
  /** The language the inviter says the other person reads (a BCP 47 tag), if they said. */
  recipient_locale: string | null;
  whatsapp_message_id: string | null;
  email_id: string | null;
  opened_at: OptionalTimestamp;
  created_at: CreatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  seq: Generated<number>;
  room_id: string;
  author_kind: MessageAuthorKind;
  author_user_id: string | null;
  /** `null`: both participants see it; otherwise only this user does. */
  visible_to_user_id: string | null;
  kind: MessageKind;
  body: string;
  /** For mediator replies: the participant message answered (one reply per message). */
  reply_to_message_id: string | null;
  mediator_provider: string | null;
  source_ref: ColumnType<string | null, string | null | undefined, never>;
  /** The language tag the body is written in, once known ("pt", "en-GB"). */
  language: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

/**
 * A message for someone who reads another language: `ai` translated a participant's words,
 * `mediator` is the mediator's own line written in that language. One per message and locale.
 */
export interface MessageTranslationsTable {
  message_id: string;
  locale: string;
  text: string;
  by: 'ai' | 'mediator' | 'system';
  created_at: CreatedAt;
}

export interface AgreementsTable {
  id: Generated<string>;
  room_id: string;
  text: string;
  /** Null once the person who finalized it deleted their account. */
  finalized_by: string | null;
  /** The draft both people confirmed (null for agreements made before drafts were required). */
  draft_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface SafetyFlagsTable {
  id: Generated<string>;
  room_id: string;
  message_id: string | null;
  user_id: string;
  category: string;
  reason: string;
  source: 'screen' | 'mediator' | 'screening';
  created_at: CreatedAt;
}

/** Screening answers: yes, no, not sure, or skipped, by question id. */
export type ScreeningAnswer = 'yes' | 'no' | 'unsure' | 'skip';

export interface SafetyScreeningsTable {
  id: Generated<string>;
  room_id: string;
  user_id: string;
  status: 'open' | 'done';
  outcome: 'proceed' | 'adapt' | 'stop' | null;
  answers: ColumnType<Record<string, ScreeningAnswer>, string | undefined, string>;
  reason: 'before_joint' | 'flagged_message';
  created_at: CreatedAt;
  completed_at: Date | null;
}

export type { RoomEventType };

export interface RoomEventsTable {
  id: Generated<number>;
  room_id: string;
  /** What it records (its `data` shape depends on it: domain/mediation/room-event.ts). */
  type: RoomEventType;
  /** `null`: both participants may see the event; otherwise only this user. */
  visible_to_user_id: string | null;
  data: Json<object>;
  created_at: CreatedAt;
}

export interface WhatsAppWebhookEventsTable {
  id: Generated<number>;
  dedupe_key: string;
  kind: string;
  wa_id: string | null;
  data: Json<unknown>;
  received_at: CreatedAt;
  processed_at: OptionalTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  failed_at: OptionalTimestamp;
}

export interface WhatsAppContactsTable {
  /** The contact's key: the phone's digits when the number is known, else the current user id. */
  wa_id: string;
  phone_number: string | null;
  /** Meta's business-scoped user id (`US.1349…`); unique; changes on `user_changed_user_id`. */
  business_user_id: string | null;
  profile_name: string | null;
  user_id: string | null;
  first_seen_at: CreatedAt;
  last_inbound_at: OptionalTimestamp;
  opted_in: Generated<boolean>;
  opt_in_source: string | null;
  opt_in_at: OptionalTimestamp;
  opted_out_at: OptionalTimestamp;
  welcomed_at: OptionalTimestamp;
  undeliverable_at: OptionalTimestamp;
  /** Opaque; names the chat's job queue so that no queue name carries the number. */
  chat_id: Generated<string>;
  /** Keys the contact had before a re-key or a join (old user ids), for jobs queued under them. */
  former_keys: Generated<string[]>;
}

export interface WhatsAppInboundMessagesTable {
  id: Generated<string>;
  wamid: string;
  wa_id: string;
  type: string;
  text: string | null;
  media_id: string | null;
  context_wamid: string | null;
  payload: Json<unknown>;
  sent_at: Date;
  received_at: CreatedAt;
  conversation_done_at: OptionalTimestamp;
}

export type WhatsAppMessageStatus =
  | 'queued'
  /** Handed to the Graph call; Meta's answer not yet stored. */
  | 'sending'
  | 'accepted'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'held'
  /** Its process died mid-send: Meta may or may not have it. Reported, never resent. */
  | 'unconfirmed';

export interface WhatsAppMessagesTable {
  id: Generated<string>;
  seq: Generated<number>;
  wa_id: string;
  kind: string;
  template_name: string | null;
  body: Json<unknown>;
  reason: string;
  room_id: string | null;
  status: Generated<WhatsAppMessageStatus>;
  wamid: string | null;
  attempts: Generated<number>;
  next_attempt_at: OptionalTimestamp;
  accepted_at: OptionalTimestamp;
  sent_at: OptionalTimestamp;
  delivered_at: OptionalTimestamp;
  read_at: OptionalTimestamp;
  failed_at: OptionalTimestamp;
  /** When the Graph call of the latest attempt began (status `sending`). */
  sending_at: OptionalTimestamp;
  error_code: number | null;
  error_title: string | null;
  error_details: string | null;
  failure_class: string | null;
  /** A chat message refused for a closed window, sent again (as a new row) once the person wrote. */
  resent_at: OptionalTimestamp;
  pricing_category: string | null;
  pricing_type: string | null;
  billable: boolean | null;
  created_at: CreatedAt;
}

export interface WhatsAppTemplatesTable {
  name: string;
  language: string;
  status: string;
  reason: string | null;
  meta_id: string | null;
  updated_at: ChangedAt;
  category: string | null;
  /** The approved components as Meta lists them (set by the template sync). */
  components: Json<unknown> | null;
  synced_at: Date | null;
}

/** Which template each purpose is sent with, and how it is filled (or why it cannot be). */
export interface WhatsAppTemplateChoicesTable {
  purpose: string;
  template_name: string | null;
  language: string | null;
  plan: Json<unknown> | null;
  problem: string | null;
  fix: string | null;
  /** By Meta language code: the plan that carries the purpose in it, or why none does yet. */
  languages: Json<unknown> | null;
  updated_at: ChangedAt;
}

export interface WhatsAppRateWindowsTable {
  key: string;
  window_start: Date;
  count: number;
}

export interface WhatsAppConversationsOpenedTable {
  wa_id: string;
  opened_at: CreatedAt;
}

export interface WhatsAppAccountNoticesTable {
  id: Generated<number>;
  field: string;
  event: string | null;
  data: Json<unknown>;
  received_at: CreatedAt;
}

export interface EmailsTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  reason: string;
  room_id: string | null;
  status: Generated<'queued' | 'sent' | 'failed'>;
  transport: string | null;
  attempts: Generated<number>;
  sent_at: OptionalTimestamp;
  error: string | null;
  created_at: CreatedAt;
}

export interface NoticesTable {
  id: Generated<string>;
  user_id: string;
  room_id: string;
  kind: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
  due_at: Date;
  sent_at: OptionalTimestamp;
  channel: string | null;
  outcome: string | null;
}

export interface HeldMessagesTable {
  id: Generated<string>;
  room_id: string;
  user_id: string;
  body: string;
  source: 'web' | 'whatsapp';
  created_at: CreatedAt;
  released_at: OptionalTimestamp;
  released_message_id: string | null;
  /** Written while the room was on a break. */
  written_on_break: Generated<boolean>;
  source_ref: ColumnType<string | null, string | null | undefined, never>;
}

export type AgreementDraftStatus = 'open' | 'accepted' | 'superseded';
export type AgreementDecision = 'confirmed' | 'changes_requested';

export interface AgreementDraftsTable {
  id: Generated<string>;
  room_id: string;
  requested_by: string | null;
  /** The person who wrote this text as their proposal; null when the mediator drafted it. */
  proposed_by: ColumnType<string | null, string | null | undefined, string | null>;
  summary: string;
  commitments: Json<{ participant_id: string | null; text: string }[]>;
  text: string;
  /** The same draft written for each other language of the room: locale → text and summary. */
  versions: ColumnType<
    Record<string, { text: string; summary: string }>,
    string | undefined,
    string
  >;
  status: Generated<AgreementDraftStatus>;
  created_at: CreatedAt;
}

export interface AgreementConfirmationsTable {
  draft_id: string;
  user_id: string;
  decision: AgreementDecision;
  note: string | null;
  created_at: ChangedAt;
}

export interface WhatsAppConversationsTable {
  wa_id: string;
  user_id: string;
  room_id: string | null;
  state: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  last_inbound_at: OptionalTimestamp;
  reminded_at: OptionalTimestamp;
  created_at: CreatedAt;
  updated_at: ChangedAt;
}

export interface SignInLinksTable {
  id: Generated<string>;
  token_hash: Buffer;
  user_id: string;
  room_id: string | null;
  expires_at: Timestamp;
  used_at: OptionalTimestamp;
  created_at: CreatedAt;
}

/** A password reset link: its secret's hash only, single-use, expiring. */
export interface PasswordResetsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  /** Where the link was sent. */
  channel: 'email' | 'whatsapp';
  expires_at: Timestamp;
  used_at: OptionalTimestamp;
  created_at: CreatedAt;
}

export interface PhoneVerificationsTable {
  user_id: string;
  phone_number: string;
  code_salt: Buffer;
  code_hash: Buffer;
  expires_at: Timestamp;
  failed_attempts: Generated<number>;
  created_at: CreatedAt;
}

export interface PhoneCodeSendsTable {
  id: Generated<number>;
  user_id: string;
  phone_number: string;
  sent_at: ChangedAt;
}

export interface Database {
  users: UsersTable;
  auth_tokens: AuthTokensTable;
  rooms: RoomsTable;
  participants: ParticipantsTable;
  invites: InvitesTable;
  messages: MessagesTable;
  message_translations: MessageTranslationsTable;
  agreements: AgreementsTable;
  safety_flags: SafetyFlagsTable;
  safety_screenings: SafetyScreeningsTable;
  room_events: RoomEventsTable;
  whatsapp_webhook_events: WhatsAppWebhookEventsTable;
  whatsapp_contacts: WhatsAppContactsTable;
  whatsapp_inbound_messages: WhatsAppInboundMessagesTable;
  whatsapp_messages: WhatsAppMessagesTable;
  whatsapp_templates: WhatsAppTemplatesTable;
  whatsapp_template_choices: WhatsAppTemplateChoicesTable;
  whatsapp_rate_windows: WhatsAppRateWindowsTable;
  whatsapp_conversations_opened: WhatsAppConversationsOpenedTable;
  whatsapp_account_notices: WhatsAppAccountNoticesTable;
  emails: EmailsTable;
  notices: NoticesTable;
  held_messages: HeldMessagesTable;
  agreement_drafts: AgreementDraftsTable;
  agreement_confirmations: AgreementConfirmationsTable;
  whatsapp_conversations: WhatsAppConversationsTable;
  sign_in_links: SignInLinksTable;
  phone_verifications: PhoneVerificationsTable;
  phone_code_sends: PhoneCodeSendsTable;
  password_resets: PasswordResetsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoomRow = Selectable<RoomsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type InviteRow = Selectable<InvitesTable>;
