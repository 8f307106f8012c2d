import type { MessageKey, MessageValues } from '../../i18n/catalogue-types.js';
import { LOCALES, type Locale, SOURCE_LOCALE } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import type { Db } from '../../storage/database.js';
import type { MessageRow } from '../../storage/schema.js';
import { storedMessage } from './room-event.js';
import { type RoomEventInput, recordRoomEvents } from './room-events.js';

/**
 * Posts a notice both participants see (a break, a resume, a pause) and records it with any
 * further events of the same change, inside the caller's transaction.
 */
export async function postSystemNotice(
  trx: Db,
  input: {
    roomId: string;
    body: string;
    authorUserId?: string | null;
    alsoRecord?: RoomEventInput[];
    /** The notice in each shipped language (`body` is its English): each person reads theirs. */
    inLanguage?: (locale: Locale) => string;
  },
): Promise<MessageRow> {
  const notice = await trx
    .insertInto('messages')
    .values({
      room_id: input.roomId,
      author_kind: 'system',
      author_user_id: input.authorUserId ?? null,
      kind: 'notice',
      body: input.body,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const { inLanguage } = input;
  if (inLanguage) {
    const versions = LOCALES.filter((locale) => locale !== SOURCE_LOCALE)
      .map((locale) => ({
        message_id: notice.id,
        locale,
        text: inLanguage(locale),
        by: 'system' as const,
      }))
      .filter((version) => version.text !== input.body);
    if (versions.length > 0)
      await trx.insertInto('message_translations').values(versions).execute();
  }
  await recordRoomEvents(trx, [
    { roomId: input.roomId, type: 'message', data: storedMessage(notice) },
    ...(input.alsoRecord ?? []),
  ]);
  return notice;
}

/** A notice from the notices catalogue: its English as `body`, and each language from the key. */
export function catalogueNotice(
  key: MessageKey<'notices'>,
  values: MessageValues,
): { body: string; inLanguage: (locale: Locale) => string } {
  return {
    body: translate('notices', SOURCE_LOCALE, key, values),
    inLanguage: (locale) => translate('notices', locale, key, values),
  };
}
