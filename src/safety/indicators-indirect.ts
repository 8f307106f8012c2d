/**
 * Indicators of risk said indirectly: what a person at risk of suicide does to get ready (letters
 * left "just in case", medicines given away or counted out, affairs put in order), signs of being
 * tracked or watched that have no other explanation, threats made by hint ("you'll see what
 * happens"), and neglect or harm of children described by its effects.
 */
import type { RiskIndicator } from './risk-indicator.js';

export const INDIRECT_INDICATORS: readonly RiskIndicator[] = [
  {
    category: 'self_harm',
    reason: 'thoughts of self-harm or suicide',
    patterns: [
      '!write|leave|wrote|left *1 letter|letters|note|notes *6 just *0 in *0 case',
      'not *0 see *1 the *0 point *0 anymore|<end>',
      '!give|giving *2 my *0 med|meds|medication|pill|pills|tablet|tablets *0 away',
      '!pill|pills|tablet|tablets *1 line|lined *1 up',
      '!put *1 my *0 affair|affairs *0 in *0 order',
      'not *3 be *0 a *0 problem|burden *4 much *0 longer',
      'be *0 around *0 much *0 longer',
      'hope *2 not *0 wake',
      'fight|fighting|struggle|struggling *2 to *0 stay *0 alive',
      '!finish|finishing *0 myself',
      'favour|favor *3 by *0 go|going|dying|disappearing',
      'better *0 off *8 than *0 with *0 me',
      'me *0 not *0 be *0 here|around|alive',
      '!take|took *1 more *6 on *0 purpose',
      'more *0 paracetamol|pill|pills|tablet|tablets *2 than *2 need|needs',
      '!think|thinking *2 about *0 go|going *0 over',
      'how *0 people *0 do *0 it',
      '!painless *0 way|ways',
      'tallest *0 car *0 park|building|bridge',
      '!got|have|bought *1 a *0 rope',
      'bath *4 razor|blade',
      '!crash *8 solve|problem|problems',
      'i *2 a *0 waste *0 of *0 space',
      'had *0 enough *0 of *0 living',
      '!goodbye *8 last *0 time',
    ],
    evenInJest: true,
  },
  {
    category: 'stalking',
    reason: 'stalking or harassment',
    patterns: [
      '!airtag|airtags',
      'find|found|put|hid|hidden|fit|fitted *4 tracker|trackers',
      'tracker|trackers *2 on|under|in *1 my|the *0 car|phone|bag|bumper',
      '!tracking *0 device',
      '!turn|turned|show|showed *0 up *2 at|outside *0 my *0 work|job|office|gym|college|flat|house *0 again',
      'keep|keeps *0 !appear|appearing',
      'keep|keeps *0 turn|turning|show|showing *0 up',
      'rear *0 view *0 mirror',
      '!hid|hide|hidden *1 a *0 camera',
      'never|not *1 tell|told|say|said *1 anyone|him|her|he|she *2 where *0 i',
      'not *0 told *0 anyone *0 i *0 be',
      '!change *1 my *0 route',
      'check *1 on *0 me *6 report',
      'ask *2 them|kid|kids|children *2 to *0 tell *1 him|her *2 who|where',
      'post|posted *1 a *0 photo|picture *2 of *0 my *0 front *0 door',
      'most|every *0 night|day *6 park|parked *2 opposite|outside|across',
      'park|parked *4 opposite|outside|across *8 every *0 day|night',
    ],
    notAfter: ['late', 'early'],
  },
  {
    category: 'threats',
    reason: 'threat of harm',
    patterns: [
      'what *0 happen|happens *0 to *0 people *0 who',
      'see *0 what *0 happen|happens *0 to',
      '!teach *1 me|you *0 a *0 lesson',
      '!enjoy *4 while *0 you *0 can',
      'next *0 time *2 not *0 just|only',
      '!threaten|threatens|threatened *0 to *0 throw|kick *1 me *0 out',
      'take *2 kid|kids|children|them *1 to *6 never *1 see',
    ],
  },
  {
    category: 'child_risk',
    reason: 'risk to a child',
    patterns: [
      'on *0 the *0 register|list *2 offence|offences|sex',
      'come|came|coming *0 back|home *2 hungry|starving|filthy',
      '!forget|forgot *1 to *0 feed',
      'toddler|baby|child|kid|kids|children *2 !left *0 alone',
      '!lock|locks|locked *0 her|him|them *0 out *2 on|in *1 the *0 balcony|shed|garden|cold',
      '!shut|shuts|lock|locks *1 him|her|them *1 in *2 the *0 shed|cupboard|cellar|garage',
      'boyfriend|girlfriend|friend|partner|fella|bloke *1 !hit|hits|belt|belts|beat|beats|smack|smacks|slap|slaps|hurt|hurts *0 him|her|them',
      'no *0 helmet|helmets|seatbelt|seatbelts',
      'video|videos|film|films|thing|things *3 she|he|they *0 should *0 not *0 see|watch',
      '!using *0 again *6 kid|kids|children',
    ],
  },
  {
    category: 'fear',
    reason: 'fear of the other person',
    patterns: [
      'not *1 feel *1 like *0 a *0 safe',
      'not *0 feel *0 safe *0 at|in|anymore|around|with|when|<end>',
    ],
  },
];
