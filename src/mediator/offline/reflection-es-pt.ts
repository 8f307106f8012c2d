/**
 * Reflections in Spanish and Portuguese: the person's own words said back to them, turned from
 * "I" to "you" only where that is safe ("preciso de mais tempo" → "você precisa de mais tempo";
 * "me siento agotada" → "te sientes agotada"), otherwise quoted exactly as written. Anything
 * that might reach the other person (a "you" of theirs, an insult) is never reworded.
 */
import type { Locale } from '../../i18n/locales.js';
import { languageOf } from '../languages.js';
import { addressIn, say } from './catalogue-text.js';
import { clipWords, splitSentences } from './text.js';

/** The languages this module reflects. */
export function reflectsInRomance(locale: Locale): boolean {
  return ['es', 'pt'].includes(languageOf(locale));
}

/** `\b` that knows accented letters ("tú", "você"): JavaScript's own is ASCII-only. */
const BOUNDARY = '(?:(?<!\\p{L})(?=\\p{L})|(?<=\\p{L})(?!\\p{L}))';

function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source.replaceAll('\\b', BOUNDARY),
    pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`,
  );
}

interface Rules {
  /** "I feel X": the feeling words follow. */
  feeling: RegExp;
  need: RegExp;
  want: RegExp;
  /** An offer the person makes of their own ("I can", "I'll"). */
  offer: RegExp;
  /** Words for the other person, or blame: a sentence with them is not reworded. */
  unsafe: RegExp;
  /** Blame and insults: never repeated, not even quoted. */
  insult: RegExp;
  /** First person → second person, word by word. */
  swap: Record<string, string>;
}

const FEELINGS_ES =
  '(?:cansad[oa]s?|agotad[oa]s?|harto|harta|trist[e]s?|frustrad[oa]s?|preocupad[oa]s?|enojad[oa]s?|enfadad[oa]s?|dolid[oa]s?|sol[oa]s?|estresad[oa]s?|agobiad[oa]s?|herid[oa]s?|decepcionad[oa]s?|molest[oa]s?|nervios[oa]s?|asustad[oa]s?|ansios[oa]s?|ignorad[oa]s?|abrumad[oa]s?)';
const FEELINGS_PT =
  '(?:cansad[oa]s?|exaust[oa]s?|trist[e]s?|frustrad[oa]s?|preocupad[oa]s?|chatead[oa]s?|irritad[oa]s?|magoad[oa]s?|sozinh[oa]s?|estressad[oa]s?|sobrecarregad[oa]s?|ansios[oa]s?|nervos[oa]s?|decepcionad[oa]s?|desanimad[oa]s?|ignorad[oa]s?|esgotad[oa]s?|com raiva|com medo)';

const RULES: Record<'es' | 'pt', Rules> = {
  es: {
    feeling: new RegExp(
      `\\b(?:me siento|me he sentido|me sentí|estoy|ando)\\s+(?:muy\\s+|tan\\s+|bastante\\s+|un poco\\s+)?(${FEELINGS_ES}(?:\\s+y\\s+${FEELINGS_ES})?)`,
      'iu',
    ),
    need: /\b(?:yo\s+)?necesito\s+([^.!?;]{3,120})/iu,
    want: /\b(?:yo\s+)?(?:quiero|quisiera)\s+([^.!?;]{3,120})/iu,
    offer:
      /\b(?:(?:yo\s+)?(?:puedo|podría|voy a|me comprometo a|estoy dispuest[oa] a|me encargo de|me ocupo de))\s+[^.!?;]{3,120}/iu,
    unsafe:
      /\b(?:tú|tu|tus|te|ti|contigo|usted|ustedes|vos|nunca|siempre|culpa)\b|\bme\s+\p{L}+(?:as|es)\b/iu,
    insult:
      /\b(?:idiota|estúpid[oa]|imbécil|egoísta|vag[oa]|flojo|floja|inútil|mentiros[oa]|loc[oa]|tont[oa])\b/iu,
    swap: {
      yo: 'tú',
      me: 'te',
      mi: 'tu',
      mis: 'tus',
      mío: 'tuyo',
      mía: 'tuya',
      conmigo: 'contigo',
    },
  },
  pt: {
    feeling: new RegExp(
      `\\b(?:(?:eu\\s+)?me sinto|(?:eu\\s+)?estou|tô|ando|fiquei)\\s+(?:muito\\s+|tão\\s+|bem\\s+|meio\\s+|um pouco\\s+)?(${FEELINGS_PT}(?:\\s+e\\s+${FEELINGS_PT})?)`,
      'iu',
    ),
    need: /\b(?:eu\s+)?preciso\s+([^.!?;]{3,120})/iu,
    want: /\b(?:eu\s+)?(?:quero|queria|gostaria de)\s+([^.!?;]{3,120})/iu,
    offer:
      /\b(?:(?:eu\s+)?(?:posso|vou|me comprometo a|topo|consigo|estou dispost[oa] a|fico responsável por))\s+[^.!?;]{3,120}/iu,
    unsafe: /\b(?:tu|te|ti|contigo|você|vocês|voce|seu|sua|seus|suas|nunca|sempre|culpa)\b/iu,
    insult:
      /\b(?:idiota|burr[oa]|imbecil|egoísta|preguiços[oa]|inútil|mentiros[oa]|loucas?|loucos?|folgad[oa])\b/iu,
    swap: {
      eu: 'você',
      me: 'te',
      meu: 'seu',
      minha: 'sua',
      meus: 'seus',
      minhas: 'suas',
      comigo: 'com você',
      mim: 'você',
    },
  },
};

const COMPILED: Record<'es' | 'pt', Rules> = {
  es: compile(RULES.es),
  pt: compile(RULES.pt),
};

function compile(rules: Rules): Rules {
  return {
    ...rules,
    feeling: unicodeWords(rules.feeling),
    need: unicodeWords(rules.need),
    want: unicodeWords(rules.want),
    offer: unicodeWords(rules.offer),
    unsafe: unicodeWords(rules.unsafe),
    insult: unicodeWords(rules.insult),
  };
}

function rulesFor(locale: Locale): Rules {
  return COMPILED[languageOf(locale) === 'es' ? 'es' : 'pt'];
}

/** "mi hija" → "tu hija": first-person words turned to second person, the rest kept. */
function toYou(phrase: string, rules: Rules): string {
  return phrase.replace(/\p{L}+/gu, (word) => {
    const swapped = rules.swap[word.toLowerCase()];
    return swapped ?? word;
  });
}

/** A phrase short enough to say back, without a trailing comma or "and". */
function tidy(phrase: string): string {
  return clipWords(phrase.trim().replace(/\s+/g, ' '), 14)
    .replace(/[,:;.!]+$/u, '')
    .trim();
}

/** Blame said about the other person ("you always…", "it's his fault"): not said back. */
const BLAME = unicodeWords(/\b(?:nunca|siempre|sempre|culpa)\b/iu);

/** The first of the person's offers, exactly as they wrote it, or null. */
export function offerIn(text: string, locale: Locale): string | null {
  const rules = rulesFor(locale);
  for (const sentence of splitSentences(text)) {
    const match = rules.offer.exec(sentence);
    if (match && !rules.insult.test(sentence)) return tidy(match[0]);
  }
  return null;
}

/** What the reflection knows of the message and the person. */
export interface RomanceInput {
  text: string;
  locale: Locale;
  name: string | null;
}

/** One or two sentences saying the person's words back to them, with no question in it. */
export function reflectRomance({ text, locale, name }: RomanceInput): string {
  const rules = rulesFor(locale);
  const clean = text.replace(/\s+/g, ' ').trim();
  const words = clean.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return addressIn(locale, name, say(locale, 'reflect.empty'));
  const insult = rules.insult.test(clean);
  if (words.length <= 3 && !insult) {
    return addressIn(locale, name, say(locale, 'reflect.short', { quote: tidy(clean) }));
  }
  const heard: string[] = [];
  const feeling = rules.feeling.exec(clean)?.[1];
  if (feeling) heard.push(say(locale, 'reflect.feeling', { feeling: feeling.toLowerCase() }));
  for (const [rule, key] of [
    [rules.need, 'reflect.need'],
    [rules.want, 'reflect.want'],
  ] as const) {
    const phrase = rule.exec(clean)?.[1];
    // A phrase that names the other person or blames is not turned around: it is left out.
    if (!phrase || rules.unsafe.test(phrase) || rules.insult.test(phrase)) continue;
    const said = tidy(toYou(phrase, rules));
    if (key === 'reflect.need') heard.push(say(locale, key, { need: said }));
    else heard.push(say(locale, key, { want: said }));
    break;
  }
  const offer = offerIn(clean, locale);
  if (offer && heard.length < 2) heard.push(say(locale, 'reflect.offer', { offer }));
  if (heard.length > 0) {
    const [first, ...rest] = heard;
    return [addressIn(locale, name, first!), ...rest.map(capitalized)].join(' ');
  }
  if (insult || BLAME.test(clean))
    return `${addressIn(locale, name, say(locale, 'reflect.thanks'))} ${say(locale, 'reflect.hard')}`;
  // Nothing to turn around: the gist, quoted exactly as written.
  const gist = tidy(splitSentences(clean)[0] ?? clean);
  return addressIn(locale, name, say(locale, 'reflect.quote', { quote: gist }));
}

function capitalized(sentence: string): string {
  return sentence.replace(
    /^(\P{L}*)(\p{L})/u,
    (_m, pre: string, ch: string) => pre + ch.toUpperCase(),
  );
}
