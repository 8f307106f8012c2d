/**
 * Invites by channel and their tracking, administrators, WhatsApp opt-out on accounts, emails
 * (with a local outbox when no SMTP server is configured), and notices waiting to be sent
 * (coalescing, digests, quiet hours).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column is_admin boolean not null default false;
    alter table users add column whatsapp_opted_out_at timestamptz;
    alter table users add column time_zone text;

    alter table invites add column recipient_phone text;
    alter table invites add column recipient_email text;
    alter table invites add column whatsapp_message_id uuid references whatsapp_messages (id) on delete set null;
    alter table invites add column email_id uuid;
    alter table invites add column opened_at timestamptz;
    create index invites_whatsapp_message_id_idx on invites (whatsapp_message_id);

    create table emails (
      id uuid primary key default gen_random_uuid(),
      to_address text not null,
      subject text not null,
      text_body text not null,
      html_body text,
      reason text not null,
      room_id uuid references rooms (id) on delete set null,
      status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
      transport text,
      attempts int not null default 0,
      sent_at timestamptz,
      error text,
      created_at timestamptz not null default now()
    );
    create index emails_created_at_idx on emails (created_at);

    create table notices (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      room_id uuid not null references rooms (id) on delete cascade,
      kind text not null,
      data jsonb not null default '{}',
      created_at timestamptz not null default now(),
      due_at timestamptz not null,
      sent_at timestamptz,
      channel text,
      outcome text
    );
    create index notices_pending_idx on notices (user_id, due_at) where sent_at is null;
  `.execute(db);
}
