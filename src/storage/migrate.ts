/**
 * Forward-only schema migrations, run at start by every process. Kysely's migrator takes a lock
 * in the database, so many servers starting together apply each migration once.
 */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/0001-foundation.js';
import * as whatsapp from './migrations/0002-whatsapp.js';
import * as invitesAndNotifications from './migrations/0003-invites-and-notifications.js';
import * as presence from './migrations/0004-presence.js';
import * as heldMessagesAndDrafts from './migrations/0005-held-messages-and-agreement-drafts.js';
import * as accountDeletion from './migrations/0006-account-deletion.js';
import * as safetyScreening from './migrations/0007-safety-screening.js';
import * as phoneOwnership from './migrations/0008-phone-ownership.js';
import * as agreementProposals from './migrations/0010-agreement-proposals.js';
import * as chatQueueIds from './migrations/0011-chat-queue-ids.js';
import * as contactsByEitherId from './migrations/0012-contacts-by-either-id.js';
import * as inviteCancelledBy from './migrations/0013-invite-cancelled-by.js';
import * as accountTemplates from './migrations/0014-account-templates.js';
import * as sendingState from './migrations/0015-sending-state-and-event-partitions.js';
import * as passwordResets from './migrations/0018-password-resets.js';
import * as resentAfterWindow from './migrations/0019-resent-after-window.js';
import * as personLanguage from './migrations/0020-person-language.js';
import * as templateLanguages from './migrations/0022-template-languages.js';
import * as messageLanguages from './migrations/0023-message-languages.js';
import * as draftLanguages from './migrations/0024-draft-languages.js';

/** Every migration, in order. Never edit or remove one that has shipped; add a new one. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-whatsapp': whatsapp,
  '0003-invites-and-notifications': invitesAndNotifications,
  '0004-presence': presence,
  '0005-held-messages-and-agreement-drafts': heldMessagesAndDrafts,
  '0006-account-deletion': accountDeletion,
  '0007-safety-screening': safetyScreening,
  '0008-phone-ownership': phoneOwnership,
  '0010-agreement-proposals': agreementProposals,
  '0011-chat-queue-ids': chatQueueIds,
  '0012-contacts-by-either-id': contactsByEitherId,
  '0013-invite-cancelled-by': inviteCancelledBy,
  '0014-account-templates': accountTemplates,
  '0015-sending-state-and-event-partitions': sendingState,
  '0018-password-resets': passwordResets,
  '0019-resent-after-window': resentAfterWindow,
  '0020-person-language': personLanguage,
  '0022-template-languages': templateLanguages,
  '0023-message-languages': messageLanguages,
  '0024-draft-languages': draftLanguages,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Applies pending migrations; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has been applied (for readiness checks). */
export async function migrationsApplied(db: Db): Promise<boolean> {
  const migrator = new Migrator({ db, provider });
  const migrations = await migrator.getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
