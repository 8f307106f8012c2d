/**
 * A phone number identifies a person only once they have proven they hold it. `users.phone_number`
 * now holds only a proven number; a number typed into settings waits in `pending_phone_number`
 * until the code Meedi8 sent to it comes back. Numbers that full accounts typed in before this
 * change were never proven, so they become pending claims; guests' numbers came from writing to
 * Meedi8 or from an invite delivered to that number, and stay proven.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column pending_phone_number text;
    alter table users add column phone_number_verified_at timestamptz;
    update users set pending_phone_number = phone_number, phone_number = null
      where not is_guest and phone_number is not null;
    update users set phone_number_verified_at = coalesce(whatsapp_opt_in_at, created_at)
      where phone_number is not null;

    create table phone_verifications (
      user_id uuid primary key references users (id) on delete cascade,
      phone_number text not null,
      code_salt bytea not null,
      code_hash bytea not null,
      expires_at timestamptz not null,
      failed_attempts integer not null default 0,
      created_at timestamptz not null default now()
    );

    -- Every code sent, for the limits per account and per number (a number is not a target).
    create table phone_code_sends (
      id bigint generated always as identity primary key,
      user_id uuid not null references users (id) on delete cascade,
      phone_number text not null,
      sent_at timestamptz not null default now()
    );
    create index phone_code_sends_user_idx on phone_code_sends (user_id, sent_at);
    create index phone_code_sends_number_idx on phone_code_sends (phone_number, sent_at);
  `.execute(db);
}
