/**
 * Two languages in one room, as each person reads it: every message says the language it was
 * written in, and a message written in another language than the viewer's comes with its
 * translation (made once by the AI and kept), or, for the mediator's own lines, is shown in the
 * version it wrote in the viewer's language. Without a provider that translates, the original
 * stands alone (the room has told each person once that the other writes another language).
 */
import { detectWrittenLanguage } from '../../i18n/detect-language.js';
import type { Locale } from '../../i18n/locales.js';
import { sameLanguage } from '../../mediator/languages.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import { localeOf } from '../accounts/person-locale.js';
import type { MessageView } from './message-view.js';

type LanguageServices = Pick<Services, 'db' | 'mediator' | 'logger'>;

/** The messages with `language` and `translation` as `viewerId` reads them. */
export async function inViewerLanguage(
  services: LanguageServices,
  viewerId: string,
  views: MessageView[],
): Promise<MessageView[]> {
  const { db } = services;
  if (views.length === 0) return views;
  const viewer = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', viewerId)
    .executeTakeFirst();
  const locale = localeOf({ locale: viewer?.locale });
  const ids = views.map((v) => v.id);
  const rows = await db
    .selectFrom('messages')
    .leftJoin('users', 'users.id', 'messages.author_user_id')
    .select(['messages.id', 'messages.language', 'messages.body', 'users.locale as author_locale'])
    .where('messages.id', 'in', ids)
    .execute();
  const stored = await db
    .selectFrom('message_translations')
    .select(['message_id', 'text', 'by'])
    .where('message_id', 'in', ids)
    .where('locale', '=', locale)
    .execute();
  const versions = new Map(stored.map((s) => [s.message_id, s]));
  const byId = new Map(rows.map((r) => [r.id, r]));

  return Promise.all(
    views.map(async (view) => {
      const row = byId.get(view.id);
      // A room notice reads in the viewer's language when it was posted with its versions.
      if (view.author === 'system') {
        const version = versions.get(view.id);
        return version?.by === 'system' ? { ...view, text: version.text } : view;
      }
      if (!row) return view;
      const language =
        row.language ?? (view.author === 'participant' ? await noteLanguage(db, row) : null);
      const version = versions.get(view.id);
      // The mediator wrote this line in the viewer's language itself: it is simply their text.
      if (version?.by === 'mediator') return { ...view, text: version.text, language: locale };
      const foreign =
        language !== null && !sameLanguage(language, locale) && view.author_user_id !== viewerId;
      if (!foreign) return { ...view, language };
      const text =
        version?.text ?? (await translateOnce(services, view.id, row.body, language, locale));
      return {
        ...view,
        language,
        translation: text === null ? null : { text, locale, by: 'ai' as const },
      };
    }),
  );
}

/** The language of a participant's message, noted on it the first time it is asked for. */
export async function languageOfStatement(db: Db, messageId: string): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .leftJoin('users', 'users.id', 'messages.author_user_id')
    .select(['messages.id', 'messages.language', 'messages.body', 'users.locale as author_locale'])
    .where('messages.id', '=', messageId)
    .executeTakeFirst();
  if (!row) return null;
  return row.language ?? noteLanguage(db, row);
}

/** The language a participant's message is in: detected from its words, else its writer's. */
async function noteLanguage(
  db: Db,
  row: { id: string; body: string; author_locale: string | null },
): Promise<string | null> {
  const language = (await detectWrittenLanguage(row.body)) ?? row.author_locale;
  if (language) {
    await db
      .updateTable('messages')
      .set({ language })
      .where('id', '=', row.id)
      .where('language', 'is', null)
      .execute();
  }
  return language;
}

// One translation at a time per message and language in this process; the table's key keeps
// processes that race from storing two.
const inFlight = new Map<string, Promise<string | null>>();

/** The stored translation, made now if it is missing; null when it cannot be made. */
export function translateOnce(
  services: LanguageServices,
  messageId: string,
  text: string,
  from: string | null,
  to: Locale,
): Promise<string | null> {
  const { mediator } = services;
  if (!mediator.translate) return Promise.resolve(null);
  const key = `${messageId}|${to}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = (async () => {
      try {
        const translated = await mediator.translate!({ text, from, to });
        await services.db
          .insertInto('message_translations')
          .values({ message_id: messageId, locale: to, text: translated, by: 'ai' })
          .onConflict((oc) => oc.columns(['message_id', 'locale']).doNothing())
          .execute();
        const kept = await services.db
          .selectFrom('message_translations')
          .select('text')
          .where('message_id', '=', messageId)
          .where('locale', '=', to)
          .executeTakeFirst();
        return kept?.text ?? translated;
      } catch (err) {
        services.logger.warn(
          { messageId, locale: to, err: { message: (err as Error).message } },
          'message could not be translated',
        );
        return null;
      } finally {
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, pending);
  }
  return pending;
}
