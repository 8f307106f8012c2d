/**
 * Messages written out of turn (kept until their writer's turn), agreement drafts that each
 * person confirms or asks to change, and the state of mediations held inside WhatsApp chats.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table held_messages (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      body text not null,
      source text not null check (source in ('web', 'whatsapp')),
      created_at timestamptz not null default now(),
      released_at timestamptz,
      released_message_id uuid references messages (id) on delete set null
    );
    create index held_messages_waiting_idx on held_messages (room_id, user_id, created_at)
      where released_at is null;

    create table agreement_drafts (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id) on delete cascade,
      requested_by uuid references users (id) on delete set null,
      summary text not null,
      commitments jsonb not null,
      text text not null,
      status text not null default 'open' check (status in ('open', 'accepted', 'superseded')),
      created_at timestamptz not null default now()
    );
    -- At most one draft waits for confirmation in a room.
    create unique index agreement_drafts_one_open_idx on agreement_drafts (room_id)
      where status = 'open';

    create table agreement_confirmations (
      draft_id uuid not null references agreement_drafts (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      decision text not null check (decision in ('confirmed', 'changes_requested')),
      note text,
      created_at timestamptz not null default now(),
      primary key (draft_id, user_id)
    );

    create table whatsapp_conversations (
      wa_id text primary key references whatsapp_contacts (wa_id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      -- The mediation this chat is talking to; null until there is one.
      room_id uuid references rooms (id) on delete set null,
      state text not null,
      data jsonb not null default '{}',
      last_inbound_at timestamptz,
      reminded_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index whatsapp_conversations_user_idx on whatsapp_conversations (user_id);

    -- One-time links from a WhatsApp chat that open the person's mediation in a browser.
    create table sign_in_links (
      id uuid primary key default gen_random_uuid(),
      token_hash bytea not null unique,
      user_id uuid not null references users (id) on delete cascade,
      room_id uuid references rooms (id) on delete cascade,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index whatsapp_conversations_room_idx on whatsapp_conversations (room_id);

    -- A chat message is answered once even when its job runs twice.
    alter table whatsapp_inbound_messages add column conversation_done_at timestamptz;
    -- Where a statement came from (a WhatsApp message id), so a retried job cannot post it twice.
    alter table messages add column source_ref text;
    create unique index messages_source_ref_idx on messages (source_ref) where source_ref is not null;
    alter table held_messages add column source_ref text;
    create unique index held_messages_source_ref_idx on held_messages (source_ref)
      where source_ref is not null;
  `.execute(db);
}
