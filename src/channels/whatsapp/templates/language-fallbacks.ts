/**
 * How many templates went in the fallback language instead of the person's, per template and
 * wanted language: the operator's measure of what approving a language would change.
 */
import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** `name language` → how many sends fell back since `since` (a week ago by default). */
export async function recentLanguageFallbacks(
  db: Db,
  since: Date = new Date(Date.now() - WEEK_MS),
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('whatsapp_messages')
    .select([
      'template_name',
      sql<string>`body->'languageFallback'->>'wanted'`.as('wanted'),
      sql<string>`count(*)`.as('count'),
    ])
    .where('kind', '=', 'template')
    .where(sql<boolean>`body ? 'languageFallback'`)
    .where('created_at', '>=', since)
    .groupBy(['template_name', sql`body->'languageFallback'->>'wanted'`])
    .execute();
  return new Map(rows.map((r) => [`${r.template_name} ${r.wanted}`, Number(r.count)]));
}
