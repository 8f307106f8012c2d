/**
 * A draft agreement in a language other than English: the catalogue's headings around what
 * each person offered, quoted in their own words (the English reading of offers, answers and
 * details does not apply), for both to check line by line before confirming.
 */
import type { Locale } from '../../i18n/locales.js';
import { languageOf, localeOfParticipant } from '../languages.js';
import type {
  AgreementCommitment,
  AgreementDraft,
  DraftAgreementRequest,
  MediatorParticipant,
} from '../mediator.js';
import { bothNamesIn, listNames, say } from './catalogue-text.js';
import { recordLabelOf } from './participants.js';
import { offerIn } from './reflection-es-pt.js';
import { splitSentences } from './text.js';

const MAX_OFFERS = 8;

/** "I'll…", "je vais…", "मैं … करूँगा": a person's own offer, by the language they write. */
const OFFER: Record<string, RegExp> = {
  en: /\b(?:I'll|I will|I can|I could|I'm happy to|I am happy to|I promise to)\b/i,
  fr: /(?:^|\s)(?:je vais|je peux|je m’engage|je m'engage|je ferai|je veux bien)\s/i,
  de: /(?:^|\s)(?:ich werde|ich kann|ich übernehme|ich verspreche)\s/i,
  hi: /(?:करूँगा|करूँगी|कर सकता|कर सकती|दूँगा|दूँगी|लूँगा|लूँगी)/u,
  ar: /(?:^|\s)(?:سأ|سوف|أستطيع|يمكنني|أتعهد)/u,
};

/** The offer in one sentence, as written, or null. */
function offerOf(sentence: string, writer: Locale): string | null {
  const language = languageOf(writer);
  if (language === 'es' || language === 'pt') return offerIn(sentence, writer);
  const rule = OFFER[language];
  return rule?.test(sentence) ? sentence.trim().replace(/[.!;:,]+$/u, '') : null;
}

/** Each person's offers, most recent last, as they wrote them. */
function offersOf(request: DraftAgreementRequest): AgreementCommitment[] {
  const offers: AgreementCommitment[] = [];
  for (const entry of request.transcript) {
    if (entry.participantId === null) continue;
    const writer = request.participants.find((p) => p.id === entry.participantId);
    for (const sentence of splitSentences(entry.text)) {
      const offer = offerOf(sentence, localeOfParticipant(writer));
      if (offer && !offers.some((o) => o.text === offer)) {
        offers.push({ participantId: entry.participantId, text: offer });
      }
    }
  }
  return offers.slice(-MAX_OFFERS);
}

function names(locale: Locale, participants: MediatorParticipant[]): string {
  return listNames(
    locale,
    participants.map((p) => recordLabelOf(participants, p.id)),
  );
}

/** The draft's text and summary in `locale`. */
function draftIn(
  locale: Locale,
  request: DraftAgreementRequest,
  commitments: AgreementCommitment[],
): AgreementDraft {
  const all = names(locale, request.participants);
  const title = request.room.title.trim() || request.room.topic?.trim() || '';
  const topic = request.room.topic?.trim();
  const lines = [
    title ? say(locale, 'agreement.heading_titled', { title }) : say(locale, 'agreement.heading'),
    say(locale, 'agreement.between', { names: all }),
  ];
  if (topic && topic !== title) lines.push(say(locale, 'agreement.about', { topic }));
  lines.push('');
  if (commitments.length > 0) {
    lines.push(say(locale, 'agreement.offers'));
    for (const [i, c] of commitments.entries()) {
      const name = recordLabelOf(request.participants, c.participantId);
      lines.push(`${i + 1}. ${say(locale, 'agreement.offer_line', { name, offer: c.text })}`);
    }
  } else {
    lines.push(say(locale, 'agreement.none'), '', say(locale, 'agreement.next_step'));
  }
  // A change asked for is never dropped: it stands in the asker's words for both to confirm.
  const changes = request.changeRequests ?? [];
  if (changes.length > 0) {
    lines.push('', say(locale, 'agreement.changes'));
    for (const change of changes) {
      const name = recordLabelOf(request.participants, change.participantId);
      lines.push(`- ${say(locale, 'agreement.offer_line', { name, offer: change.note.trim() })}`);
    }
  }
  lines.push('', say(locale, 'agreement.review', { names: all }));
  return {
    summary:
      commitments.length > 0
        ? say(locale, 'agreement.summary', { names: all })
        : say(locale, 'agreement.summary_none'),
    commitments,
    text: lines.join('\n'),
  };
}

/** The reply presenting the draft, in `locale`. */
export function localizedDraftReply(
  locale: Locale,
  request: DraftAgreementRequest,
  hasOffers: boolean,
): string {
  const both = bothNamesIn(locale, request.participants, say(locale, 'person.both'));
  return say(locale, hasOffers ? 'agreement.reply' : 'agreement.reply_none', { names: both });
}

/** The draft agreement in `locale` (the room's first language holds the record). */
export function localizedDraft(request: DraftAgreementRequest, locale: Locale): AgreementDraft {
  return draftIn(locale, request, offersOf(request));
}
