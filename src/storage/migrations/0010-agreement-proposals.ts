/**
 * Agreements that say exactly what was confirmed: a draft records who proposed its text (null
 * when the mediator drafted it), the agreement names the draft both confirmed, and a room
 * remembers who asked, in plain words, to write the agreement up (drafted once both have). A
 * held message records whether it was written during a break (its turn is handled with care).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table agreement_drafts
      add column proposed_by uuid references users (id) on delete set null;
    alter table agreements
      add column draft_id uuid references agreement_drafts (id) on delete set null;
    alter table rooms
      add column write_up_asked_by uuid references users (id) on delete set null;
    alter table held_messages
      add column written_on_break boolean not null default false;
  `.execute(db);
}
