/**
 * Without a provider that translates, two people who write different languages read each
 * other's words as written: the room tells each of them so, once, the first time the other
 * person's words reach them in another language.
 */
import { translate } from '../../i18n/translate.js';
import { languageName, sameLanguage } from '../../mediator/languages.js';
import type { Services } from '../../services.js';
import type { MessageRow } from '../../storage/schema.js';
import { localeOf } from '../accounts/person-locale.js';
import { languageOfStatement } from './message-languages.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';

/** The note's key: one per person and room. */
function noteRef(roomId: string, userId: string): string {
  return `other-language:${roomId}:${userId}`;
}

/** Tells the other participants, once each, that `statement` is in a language they do not read. */
export async function noteOtherLanguage(
  services: Pick<Services, 'db' | 'mediator'>,
  statement: Pick<MessageRow, 'id' | 'room_id' | 'author_user_id' | 'visible_to_user_id'>,
): Promise<void> {
  const { db } = services;
  // With a translator each person reads the other's words in their own language.
  if (services.mediator.translate || !statement.author_user_id) return;
  if (statement.visible_to_user_id !== null) return;
  const language = await languageOfStatement(db, statement.id);
  if (!language) return;
  const people = await db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['users.id', 'users.name', 'users.locale'])
    .where('participants.room_id', '=', statement.room_id)
    .execute();
  const writer = people.find((p) => p.id === statement.author_user_id);
  for (const reader of people) {
    if (reader.id === statement.author_user_id) continue;
    const locale = localeOf(reader);
    if (sameLanguage(language, locale)) continue;
    await db.transaction().execute(async (trx) => {
      const note = await trx
        .insertInto('messages')
        .values({
          room_id: statement.room_id,
          author_kind: 'system',
          visible_to_user_id: reader.id,
          kind: 'notice',
          body: translate('common', locale, 'language.other_person_writes_in', {
            name: writer?.name ?? translate('mediator', locale, 'person.other'),
            language: languageName(language, locale),
          }),
          source_ref: noteRef(statement.room_id, reader.id),
        })
        .onConflict((oc) => oc.column('source_ref').where('source_ref', 'is not', null).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!note) return;
      await recordRoomEvents(trx, [
        {
          roomId: statement.room_id,
          type: 'message',
          data: storedMessage(note),
          visibleTo: reader.id,
        },
      ]);
    });
  }
}
