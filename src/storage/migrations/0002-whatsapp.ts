/**
 * The WhatsApp channel: every webhook event kept with a uniqueness key, contacts and their
 * 24-hour window, every outbound message with its status timeline, templates, rate-limit
 * windows shared by all worker processes, and account notices (quality, restrictions).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table whatsapp_webhook_events (
      id bigint generated always as identity primary key,
      dedupe_key text not null unique,
      kind text not null,
      wa_id text,
      data jsonb not null,
      received_at timestamptz not null default now(),
      processed_at timestamptz,
      attempts int not null default 0,
      last_error text,
      failed_at timestamptz
    );
    create index whatsapp_webhook_events_pending_idx on whatsapp_webhook_events (id)
      where processed_at is null and failed_at is null;

    create table whatsapp_contacts (
      wa_id text primary key,
      phone_number text,
      business_user_id text,
      profile_name text,
      user_id uuid references users (id) on delete set null,
      first_seen_at timestamptz not null default now(),
      last_inbound_at timestamptz,
      opted_in boolean not null default false,
      opt_in_source text,
      opt_in_at timestamptz,
      opted_out_at timestamptz,
      welcomed_at timestamptz,
      undeliverable_at timestamptz
    );
    create index whatsapp_contacts_user_id_idx on whatsapp_contacts (user_id);

    create table whatsapp_inbound_messages (
      id uuid primary key default gen_random_uuid(),
      wamid text not null unique,
      wa_id text not null references whatsapp_contacts (wa_id) on delete cascade,
      type text not null,
      text text,
      media_id text,
      context_wamid text,
      payload jsonb not null,
      sent_at timestamptz not null,
      received_at timestamptz not null default now()
    );
    create index whatsapp_inbound_messages_wa_id_idx on whatsapp_inbound_messages (wa_id, sent_at);

    create table whatsapp_messages (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      wa_id text not null,
      kind text not null,
      template_name text,
      body jsonb not null,
      reason text not null,
      room_id uuid references rooms (id) on delete set null,
      status text not null default 'queued'
        check (status in ('queued', 'accepted', 'sent', 'delivered', 'read', 'failed', 'held')),
      wamid text unique,
      attempts int not null default 0,
      next_attempt_at timestamptz,
      accepted_at timestamptz,
      sent_at timestamptz,
      delivered_at timestamptz,
      read_at timestamptz,
      failed_at timestamptz,
      error_code int,
      error_title text,
      error_details text,
      failure_class text,
      pricing_category text,
      pricing_type text,
      billable boolean,
      created_at timestamptz not null default now()
    );
    create index whatsapp_messages_pending_idx on whatsapp_messages (wa_id, seq) where status = 'queued';
    create index whatsapp_messages_room_id_idx on whatsapp_messages (room_id);

    create table whatsapp_templates (
      name text not null,
      language text not null,
      status text not null,
      reason text,
      meta_id text,
      updated_at timestamptz not null default now(),
      primary key (name, language)
    );

    -- Fixed windows counted in the database, so every worker process shares one budget.
    create table whatsapp_rate_windows (
      key text primary key,
      window_start timestamptz not null,
      count int not null
    );

    -- Business-initiated conversations opened (a template to someone outside their window).
    create table whatsapp_conversations_opened (
      wa_id text not null,
      opened_at timestamptz not null default now()
    );
    create index whatsapp_conversations_opened_at_idx on whatsapp_conversations_opened (opened_at);

    create table whatsapp_account_notices (
      id bigint generated always as identity primary key,
      field text not null,
      event text,
      data jsonb not null,
      received_at timestamptz not null default now()
    );
  `.execute(db);
}
