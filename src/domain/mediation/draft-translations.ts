/**
 * A draft for every language of its room. The mediator writes the draft in the room's first
 * language and, when it can, the other languages itself (the offline facilitator does); a
 * language it left out is translated by the AI the way people's messages are, the original
 * staying the record both confirm.
 */
import type { Locale } from '../../i18n/locales.js';
import { sameLanguage } from '../../mediator/languages.js';
import type { AgreementDraft } from '../../mediator/mediator.js';
import type { Services } from '../../services.js';
import { localeOf } from '../accounts/person-locale.js';

type DraftServices = Pick<Services, 'db' | 'mediator' | 'logger'>;

export interface DraftLanguages {
  /** Locale → the draft's text and summary in it. */
  versions: Partial<Record<Locale, { text: string; summary: string }>>;
  /** The locales of `versions` the AI translated (the rest the mediator wrote itself). */
  translated: Locale[];
}

export async function draftInEveryLanguage(
  services: DraftServices,
  roomId: string,
  draft: AgreementDraft,
  writtenIn: Locale | undefined,
): Promise<DraftLanguages> {
  const versions = { ...(draft.versions ?? {}) };
  const translated: Locale[] = [];
  const { mediator } = services;
  if (!mediator.translate) return { versions, translated };
  const people = await services.db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select('users.locale')
    .where('participants.room_id', '=', roomId)
    .orderBy('participants.joined_at')
    .execute();
  const locales = [...new Set(people.map((p) => localeOf(p)))];
  const original = writtenIn ?? locales[0];
  if (!original) return { versions, translated };
  for (const locale of locales) {
    if (sameLanguage(locale, original) || versions[locale]) continue;
    try {
      const [text, summary] = await Promise.all([
        mediator.translate({ text: draft.text, from: original, to: locale }),
        draft.summary.trim()
          ? mediator.translate({ text: draft.summary, from: original, to: locale })
          : Promise.resolve(draft.summary),
      ]);
      versions[locale] = { text, summary };
      translated.push(locale);
    } catch (err) {
      // The draft still stands in its own language; the room has said the other writes another.
      services.logger.warn(
        { roomId, locale, err: { message: (err as Error).message } },
        'agreement draft could not be translated',
      );
    }
  }
  return { versions, translated };
}
