/**
 * Word classes behind the safety screen's features: what a risk indicator is made of (an act on
 * a body, an object used, a consequence promised, a thing done to avoid trouble), in the
 * behaviour-specific terms recognised screening practice asks about. A class is one feature, so
 * a word the corpus never used still counts when its class does.
 */
import { stem } from './tokenise.js';

const CLASSES: Record<string, string> = {
  HARM: 'hit punch slap kick shove push choke strangle throttle beat smack bite scratch headbutt drag pin squeeze burn stab attack hurt injure knock grab throw smash twist spit shake whack thump batter assault slam wallop elbow trip suffocate smother drown pinch shot shoot knife hold strike bash violent violence physical rough go lose',
  INJURY:
    'bruise mark black swollen bleed blood bloody a&e hospital injury injure scar sore crack broke break fracture stitches concussion welt split',
  WEAPON:
    'knife gun shotgun rifle hammer belt stick bat blade bullet rope iron glass chair remote bottle brush hairbrush cigarette lighter fire petrol water',
  BODY: 'face head neck throat arm wrist hair leg stomach chest back eye lip nose body rib hand skin finger cheek jaw mouth wall door floor stair bed',
  KILL: 'kill murder dead death bury body bag grave',
  THREAT:
    'threaten threat warn regret sorry pay suffer watch ruin report destroy tell come for get',
  FUTURE: 'will would going gonna if next one day unless or else',
  FEAR: 'scare afraid terrify frighten fear petrify nervous panic unsafe safe eggshell tiptoe careful dare jump dread anxious shake terror danger',
  AVOID:
    'hide lock quiet calm keep happy avoid agree whatever case set off kick explode careful perfect',
  CONTROL:
    'allow let permission rule check monitor control decide make prove account isolate cut stop ban forbid lock passport document jealous accuse humiliate worthless stupid useless crazy mad delete punish silent treatment quit order approve ask',
  DEVICE:
    'phone message email facebook account social media password text call whatsapp snapchat app location laptop',
  STALK:
    'follow track tracker airtag location turn show outside watch camera hack miss block fake profile wait find address everywhere wherever uninvited bombard new number drive past spy',
  MONEY:
    'money salary wage bank card loan debt credit allowance penny cent £ $ € ₹ pension saving benefit pay spend purchase earning dowry bill pin budget finance cash income paid account wallet afford buy',
  SEX: 'sex sexual bed rape naked nude porn condom intimate frigid pill abortion pregnant undress touch body video photo pic sleep grope molest',
  NOCONSENT:
    'want anyway stop push away without consent permission asleep drunk duty right owe give in let force pressure make even',
  CHILD:
    'child kid son daughter baby toddler boy girl teen teenager stepdaughter stepson infant school',
  SELF: 'myself',
  ME: 'me my i mine',
  ENDLIFE:
    'die dead death end live living alive life point suicide suicidal overdose pill tablet jump train gone disappear better without miss goodbye plan cut harm bleed rope over anymore exist',
  MEDIA:
    'film movie show series drama documentary book novel thriller podcast news article report game song character episode soap eastenders bbc story scene villain netflix tv programme play',
  OTHERS:
    'friend colleague neighbour cousin sister brother aunt uncle mate gran grandma grandad lad someone people girl woman guy man',
  PARTNER:
    'he she him her husband wife partner ex boyfriend girlfriend father stepdad stepfather law they them',
  JOKE: 'lol haha hahaha lmao rofl jk joke joking',
  NEGATE: 'not never no nobody nothing none nor neither without',
};

/** Word stem → the classes it belongs to. */
export const WORD_CLASSES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [name, words] of Object.entries(CLASSES)) {
    for (const word of words.split(' ')) {
      const key = stem(word);
      const list = map.get(key) ?? [];
      if (!list.includes(name)) list.push(name);
      map.set(key, list);
    }
  }
  return map;
})();
