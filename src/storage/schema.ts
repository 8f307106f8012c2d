/** Table types for the typed query builder; they mirror the migrations in `migrations/`. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

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
export type RoomPhase = 'waiting' | 'active' | 'on_break' | 'resolved';
export type ParticipantRole = 'owner' | 'invitee';
export type MessageAuthorKind = 'participant' | 'mediator' | 'system';
export type MessageKind = 'statement' | 'opening' | 'reply' | 'safety' | 'notice' | 'draft';

export interface QuietHours {
  start: string;
  end: string;
  time_zone: string;
}

export interface UsersTable {
  id: Generated<string>;
  email: string | null;
  name: string;
  password_hash: string | null;
  is_guest: Generated<boolean>;
  locale: Generated<string>;
  phone_number: string | null;
  whatsapp_opt_in: Generated<boolean>;
  whatsapp_opt_in_at: OptionalTimestamp;
  whatsapp_opt_in_source: string | null;
  notification_frequency: Generated<NotificationFrequency>;
  quiet_hours: OptionalJson<QuietHours>;
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
  used_at: OptionalTimestamp;
  used_by_user_id: string | null;
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
  created_at: CreatedAt;
}

export interface AgreementsTable {
  id: Generated<string>;
  room_id: string;
  text: string;
  finalized_by: string;
  created_at: CreatedAt;
}

export interface SafetyFlagsTable {
  id: Generated<string>;
  room_id: string;
  message_id: string;
  user_id: string;
  category: string;
  reason: string;
  source: 'screen' | 'mediator';
  created_at: CreatedAt;
}

export interface RoomEventsTable {
  id: Generated<number>;
  room_id: string;
  type: string;
  /** `null`: both participants may see the event; otherwise only this user. */
  visible_to_user_id: string | null;
  data: Json<object>;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  auth_tokens: AuthTokensTable;
  rooms: RoomsTable;
  participants: ParticipantsTable;
  invites: InvitesTable;
  messages: MessagesTable;
  agreements: AgreementsTable;
  safety_flags: SafetyFlagsTable;
  room_events: RoomEventsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoomRow = Selectable<RoomsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type InviteRow = Selectable<InvitesTable>;
