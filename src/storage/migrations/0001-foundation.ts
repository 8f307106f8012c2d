/** Accounts, tokens, rooms, participants, invites, messages, agreements, safety flags, events. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text,
      name text not null,
      password_hash text,
      is_guest boolean not null default false,
      locale text not null default 'en',
      phone_number text,
      whatsapp_opt_in boolean not null default false,
      whatsapp_opt_in_at timestamptz,
      whatsapp_opt_in_source text,
      notification_frequency text not null default 'realtime'
        check (notification_frequency in ('realtime', 'hourly', 'daily', 'off')),
      quiet_hours jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (is_guest or (email is not null and password_hash is not null))
    );
    create unique index users_email_key on users (lower(email)) where email is not null;
    create index users_phone_number_idx on users (phone_number) where phone_number is not null;

    create table auth_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      token_hash bytea not null unique,
      kind text not null check (kind in ('bearer', 'session')),
      room_id uuid,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index auth_tokens_user_id_idx on auth_tokens (user_id);

    create table rooms (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      topic text,
      owner_user_id uuid not null references users (id) on delete cascade,
      phase text not null default 'waiting'
        check (phase in ('waiting', 'active', 'on_break', 'resolved')),
      current_turn_user_id uuid references users (id) on delete set null,
      stage text not null default 'opening',
      break_reason text,
      break_started_at timestamptz,
      break_started_by uuid references users (id) on delete set null,
      safety_paused_by uuid references users (id) on delete set null,
      resolved_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_activity_at timestamptz not null default now()
    );

    create table participants (
      room_id uuid not null references rooms (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('owner', 'invitee')),
      joined_at timestamptz not null default now(),
      primary key (room_id, user_id)
    );
    create index participants_user_id_idx on participants (user_id);

    create table invites (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id) on delete cascade,
      token_hash bytea not null unique,
      created_by uuid not null references users (id) on delete cascade,
      channel text not null default 'link',
      recipient_name text,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      used_at timestamptz,
      used_by_user_id uuid references users (id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index invites_room_id_idx on invites (room_id);

    create table messages (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      room_id uuid not null references rooms (id) on delete cascade,
      author_kind text not null check (author_kind in ('participant', 'mediator', 'system')),
      author_user_id uuid references users (id) on delete set null,
      visible_to_user_id uuid references users (id) on delete cascade,
      kind text not null,
      body text not null,
      reply_to_message_id uuid references messages (id) on delete cascade,
      mediator_provider text,
      created_at timestamptz not null default now()
    );
    create index messages_room_id_seq_idx on messages (room_id, seq);
    -- One mediator reply per participant message, whoever (request or job) writes it first.
    create unique index messages_one_reply_key on messages (reply_to_message_id)
      where reply_to_message_id is not null;

    create table agreements (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null unique references rooms (id) on delete cascade,
      text text not null,
      finalized_by uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now()
    );

    create table safety_flags (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id) on delete cascade,
      message_id uuid not null references messages (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      category text not null,
      reason text not null,
      source text not null check (source in ('screen', 'mediator')),
      created_at timestamptz not null default now()
    );
    create index safety_flags_room_id_idx on safety_flags (room_id);

    create table room_events (
      id bigint generated always as identity primary key,
      room_id uuid not null references rooms (id) on delete cascade,
      type text not null,
      visible_to_user_id uuid references users (id) on delete cascade,
      data jsonb not null,
      created_at timestamptz not null default now()
    );
    create index room_events_room_id_id_idx on room_events (room_id, id);
  `.execute(db);
}
