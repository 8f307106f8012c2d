/**
 * Turns a message into sentences of plain word stems, so "hitting", "hits" and "hit" read the
 * same and phones' spellings ("dont", "don't", "u") meet one form.
 */
import { normaliseText } from './normalise-text.js';

// Text-speak and common misspellings people type in a hurry, read as the word they stand for.
const SPELLINGS: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  b4: 'before',
  nite: 'night',
  tonite: 'tonight',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hubby: 'husband',
  hubs: 'husband',
  yr: 'year',
  yrs: 'year',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  kinda: 'kind of',
  dunno: "don't know",
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  txt: 'text',
  txted: 'texted',
  msg: 'message',
  msgs: 'messages',
  chocked: 'choked',
  scarred: 'scared',
  scard: 'scared',
  skared: 'scared',
  beated: 'beat',
  cuting: 'cutting',
  mum: 'mother',
  mom: 'mother',
  mam: 'mother',
  ma: 'mother',
  dad: 'father',
  daddy: 'father',
  mummy: 'mother',
  mommy: 'mother',
};

// Contractions written with or without the apostrophe; "ill" and "hell" are left alone because
// they are also words, and the features read them in context instead.
const CONTRACTIONS: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  "i'm": 'i am',
  "i've": 'i have',
  "i'd": 'i would',
  "i'll": 'i will',
  hes: 'he is',
  "he's": 'he is',
  shes: 'she is',
  "she's": 'she is',
  hed: 'he would',
  "he'd": 'he would',
  "she'd": 'she would',
  shed: 'she would',
  "he'll": 'he will',
  "she'll": 'she will',
  shell: 'she will',
  youll: 'you will',
  "you'll": 'you will',
  youd: 'you would',
  "you'd": 'you would',
  "you're": 'you are',
  youre: 'you are',
  "they're": 'they are',
  "it's": 'it is',
  its: 'it is',
  "that's": 'that is',
  thats: 'that is',
  "there's": 'there is',
  theres: 'there is',
  "what's": 'what is',
  whats: 'what is',
  "let's": 'let us',
  cannot: 'can not',
};

// Irregular forms the suffix rules below cannot reach.
const IRREGULAR: Record<string, string> = {
  threw: 'throw',
  thrown: 'throw',
  held: 'hold',
  laid: 'lay',
  lay: 'lay',
  paid: 'pay',
  took: 'take',
  taken: 'take',
  made: 'make',
  beaten: 'beat',
  bit: 'bite',
  bitten: 'bite',
  hit: 'hit',
  hitting: 'hit',
  hits: 'hit',
  said: 'say',
  says: 'say',
  told: 'tell',
  kept: 'keep',
  left: 'leave',
  went: 'go',
  gone: 'go',
  got: 'get',
  gotten: 'get',
  gave: 'give',
  given: 'give',
  came: 'come',
  ran: 'run',
  sold: 'sell',
  found: 'find',
  knew: 'know',
  known: 'know',
  stood: 'stand',
  lost: 'lose',
  sat: 'sit',
  knelt: 'kneel',
  slept: 'sleep',
  felt: 'feel',
  burnt: 'burn',
  spat: 'spit',
  shook: 'shake',
  broke: 'break',
  broken: 'break',
  stole: 'steal',
  stolen: 'steal',
  fell: 'fall',
  saw: 'see',
  seen: 'see',
  thought: 'think',
  bought: 'buy',
  forced: 'force',
  forces: 'force',
  forcing: 'force',
  children: 'child',
  kids: 'kid',
  women: 'woman',
  men: 'man',
  wives: 'wife',
  knives: 'knife',
  died: 'die',
  dying: 'die',
  dies: 'die',
  lying: 'lie',
  lied: 'lie',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  does: 'do',
  goes: 'go',
  going: 'go',
  did: 'do',
  done: 'do',
  doing: 'do',
};

const DOUBLE_END = /([bdgklmnprt])\1$/u;

/** A rough English stem: enough to let every form of a verb or noun meet one feature. */
export function stem(word: string): string {
  // "63 missed calls", "£20 a week": every number reads as one word.
  if (/^[£$€₹]?\d+(?:k|p|s|th|st|nd|rd)?$/u.test(word)) return '<num>';
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return tidyEnd(irregular);
  // A plural's singular is stripped again, so "hundreds" meets "hundred" and "feelings" "feeling".
  const once = stripSuffix(word);
  return tidyEnd(once.length < word.length && word.endsWith('s') ? stripSuffix(once) : once);
}

function stripSuffix(word: string): string {
  if (word.length <= 3) return word;
  if (/ie[sd]$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (/(sh|ch|ss|x|z)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

// "hitting"/"hit", "choke"/"choked", "headbutt"/"headbutted" all end the same way.
function tidyEnd(base: string): string {
  if (base.length <= 3) return base;
  if (DOUBLE_END.test(base)) return base.slice(0, -1);
  if (base.endsWith('e')) return base.slice(0, -1);
  return base;
}

/** Splits a message into sentences of lower-case words, contractions and text-speak expanded. */
export function tokenise(text: string): string[][] {
  const normalised = normaliseText(text).replace(/[\u201C\u201D"]/gu, ' ');
  const sentences = normalised.split(/[.!?;\n]+|\s[-–—]+\s|,\s*(?=(?:but|and then|then|so)\b)/u);
  return sentences
    .map((sentence) =>
      (sentence.match(/[a-z0-9£$€₹'&]+/gu) ?? [])
        .map((word) => word.replace(/^'+|'+$/gu, ''))
        .filter((word) => word.length > 0)
        .flatMap((word) => expand(word)),
    )
    .filter((words) => words.length > 0);
}

function expand(word: string): string[] {
  const contraction = CONTRACTIONS[word];
  if (contraction !== undefined) return contraction.split(' ');
  if (word.endsWith("n't"))
    return [word === "won't" ? 'will' : word === "can't" ? 'can' : word.slice(0, -3), 'not'];
  if (
    /^(dont|doesnt|didnt|wont|cant|couldnt|wouldnt|shouldnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|aint|daren't|darent)$/u.test(
      word,
    )
  ) {
    const base = word.slice(0, -2);
    return [base === 'wo' ? 'will' : base === 'ca' ? 'can' : base, 'not'];
  }
  if (word.endsWith("'s")) return [word.slice(0, -2), "'s"];
  const spelled = SPELLINGS[word];
  if (spelled !== undefined) return spelled.split(' ');
  return [word];
}
