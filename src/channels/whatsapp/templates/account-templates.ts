/**
 * The account's templates kept in the database: the sync stores every template Meta lists (its
 * approved components included) and the choice for each purpose; a send reads the choice.
 */

import { sql } from 'kysely';
import { LOCKS } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { TemplateName } from '../outbound-message.js';
import {
  chooseAccountTemplates,
  type LanguageChoice,
  type TemplateChoice,
} from './choose-account-templates.js';
import type { FillPlan } from './plan-template-fill.js';

/** Lists the account's templates at Meta, stores them and the choice for each purpose. */
export async function syncAccountTemplates(
  db: Db,
  client: Pick<GraphClient, 'listTemplates'>,
  publicUrl: string,
): Promise<TemplateChoice[]> {
  return db.transaction().execute(async (trx) => {
    // Syncs queue up here and each lists the account after the previous one stored its answer.
    await sql`select pg_advisory_xact_lock(${LOCKS.whatsappTemplateSync}, 0)`.execute(trx);
    const listed = await client.listTemplates();
    const choices = chooseAccountTemplates(listed, publicUrl);
    const now = new Date();
    for (const t of listed) {
      const row = {
        name: t.name,
        language: t.language,
        status: t.status,
        category: t.category ?? null,
        components: JSON.stringify(t.components ?? []),
        meta_id: t.id ?? null,
        reason: t.rejected_reason && t.rejected_reason !== 'NONE' ? t.rejected_reason : null,
        synced_at: now,
      };
      await trx
        .insertInto('whatsapp_templates')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['name', 'language']).doUpdateSet({ ...row, updated_at: now }),
        )
        .execute();
    }
    for (const c of choices) {
      const row = {
        purpose: c.purpose,
        template_name: c.templateName,
        language: c.language,
        plan: c.plan ? JSON.stringify(c.plan) : null,
        problem: c.problem,
        fix: c.fix,
        languages: JSON.stringify(c.languages),
        updated_at: now,
      };
      await trx
        .insertInto('whatsapp_template_choices')
        .values(row)
        .onConflict((oc) => oc.column('purpose').doUpdateSet(row))
        .execute();
    }
    return choices;
  });
}

/**
 * How a purpose is sent now when the person's language cannot carry it: with a plan, unusable
 * with a reason, or (never synced) as defined. `languages` says, per language, whether it can
 * (null when never synced).
 */
export type StoredChoice = (
  | { kind: 'plan'; plan: FillPlan }
  | { kind: 'unusable'; problem: string; fix: string }
  | { kind: 'own' }
) & { languages: Record<string, LanguageChoice> | null };

/** Reads the stored choice for a purpose. */
export async function storedTemplateChoice(db: Db, purpose: TemplateName): Promise<StoredChoice> {
  const row = await db
    .selectFrom('whatsapp_template_choices')
    .select(['plan', 'problem', 'fix', 'languages'])
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  const languages = (row?.languages ?? null) as Record<string, LanguageChoice> | null;
  if (row?.plan) return { kind: 'plan', plan: row.plan as FillPlan, languages };
  if (row?.problem) {
    return { kind: 'unusable', problem: row.problem, fix: row.fix ?? '', languages };
  }
  return { kind: 'own', languages };
}
