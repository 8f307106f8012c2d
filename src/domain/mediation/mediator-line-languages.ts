/**
 * The languages around the mediator: each participant's language filled into a request from
 * their account, and the mediator's line kept in every language it was written in.
 */
import type { Locale } from '../../i18n/locales.js';
import type { MediatorRequest, MediatorResponse } from '../../mediator/mediator.js';
import type { Db } from '../../storage/database.js';
import { localeOf } from '../accounts/person-locale.js';

/** The request with each participant's language (`localeOf` their account) where it is missing. */
export async function withParticipantLocales<R extends MediatorRequest>(
  db: Db,
  request: R,
): Promise<R> {
  const missing = request.participants.filter((p) => p.locale === undefined).map((p) => p.id);
  if (missing.length === 0) return request;
  const users = await db
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('id', 'in', missing)
    .execute();
  const locales = new Map(users.map((u) => [u.id, localeOf(u)]));
  return {
    ...request,
    participants: request.participants.map((p) =>
      p.locale !== undefined || !locales.has(p.id) ? p : { ...p, locale: locales.get(p.id) },
    ),
  };
}

/** Keeps the mediator's line in each other language it was written in (inside the caller's transaction). */
export async function storeLineVersions(
  trx: Db,
  messageId: string,
  response: Pick<MediatorResponse, 'replyVersions'>,
): Promise<void> {
  const versions = Object.entries(response.replyVersions ?? {}) as [Locale, string][];
  if (versions.length === 0) return;
  await trx
    .insertInto('message_translations')
    .values(
      versions.map(([locale, text]) => ({
        message_id: messageId,
        locale,
        text,
        by: 'mediator' as const,
      })),
    )
    .onConflict((oc) => oc.columns(['message_id', 'locale']).doNothing())
    .execute();
}

/** Keeps the AI's translations of a message, made ahead of reading (inside the caller's transaction). */
export async function storeTranslations(
  trx: Db,
  messageId: string,
  translations: { locale: Locale; text: string }[],
): Promise<void> {
  if (translations.length === 0) return;
  await trx
    .insertInto('message_translations')
    .values(translations.map((t) => ({ message_id: messageId, ...t, by: 'ai' as const })))
    .onConflict((oc) => oc.columns(['message_id', 'locale']).doNothing())
    .execute();
}
