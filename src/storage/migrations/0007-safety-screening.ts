/**
 * Private screening for each person before the joint session, and one record of every safety
 * flag whatever front end it came through.
 * - `safety_screenings`: each person's answers and outcome per room (`proceed`, `adapt`, `stop`);
 *   an `open` row means they are (again) to be screened.
 * - rooms gain the phases `screening` (both have joined; the joint session waits for both to be
 *   screened) and `closed` (the mediation cannot go ahead).
 * - a flag may have no stored message (words said before joining), and may come from screening.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table safety_screenings (
      id uuid primary key default gen_random_uuid(),
      room_id uuid not null references rooms (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      status text not null default 'open' check (status in ('open', 'done')),
      outcome text check (outcome in ('proceed', 'adapt', 'stop')),
      answers jsonb not null default '{}',
      reason text not null default 'before_joint'
        check (reason in ('before_joint', 'flagged_message')),
      created_at timestamptz not null default now(),
      completed_at timestamptz
    );
    create index safety_screenings_room_user_idx on safety_screenings (room_id, user_id, created_at);

    alter table rooms drop constraint rooms_phase_check;
    alter table rooms add constraint rooms_phase_check
      check (phase in ('waiting', 'screening', 'active', 'on_break', 'resolved', 'closed'));

    alter table safety_flags alter column message_id drop not null;
    alter table safety_flags drop constraint safety_flags_source_check;
    alter table safety_flags add constraint safety_flags_source_check
      check (source in ('screen', 'mediator', 'screening'));
  `.execute(db);
}
