/**
 * Password resets: a link sent by email, or on WhatsApp to a proven number, that lets a person
 * who forgot their password choose a new one. Only the link secret's SHA-256 hash is kept; a
 * link works once, until `expires_at`. The rows also count the links an account was sent, for
 * the limit per account.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table password_resets (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      token_hash bytea not null unique,
      channel text not null check (channel in ('email', 'whatsapp')),
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index password_resets_user_idx on password_resets (user_id, created_at);
  `.execute(db);
}
