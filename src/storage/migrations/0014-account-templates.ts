/**
 * The account's own templates as Meta approved them (components included), and which template
 * Meedi8 sends for each purpose with how it fills it: an operator may have made the templates by
 * hand, in shapes other than Meedi8's, and those win.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table whatsapp_templates
      add column category text,
      add column components jsonb,
      add column synced_at timestamptz;

    create table whatsapp_template_choices (
      purpose text primary key,
      -- Null when no template of the account can carry this purpose (see problem and fix).
      template_name text,
      language text,
      plan jsonb,
      problem text,
      fix text,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}
