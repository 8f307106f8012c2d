/**
 * Two languages in one room: the language each message was written in, and the versions made for
 * people who read another language, each made once (a participant's words translated by the AI,
 * the mediator's line written by it in that language, or a room notice from the catalogues).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table messages add column language text;
    create table message_translations (
      message_id uuid not null references messages (id) on delete cascade,
      locale text not null,
      text text not null,
      by text not null check (by in ('ai', 'mediator', 'system')),
      created_at timestamptz not null default now(),
      primary key (message_id, locale)
    );
  `.execute(db);
}
