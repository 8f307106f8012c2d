/**
 * Named word sets the risk indicators are written with: who acts (the other person), on whom
 * (the writer, a child), with what act, object or consequence. Any form of a word matches.
 */
const sets = {
  AGENT:
    'he she him her they you husband wife partner ex boyfriend girlfriend father stepdad stepfather stepmother law fiance fiancee spouse',
  ME: 'me my myself i',
  OBJ: 'me my myself',
  HER_HIM: 'him her them',
  HARM: 'claw knee boot ram thrash deck lamp clobber wallop stamp stomp hit punch slap kick shove push choke strangle throttle beat smack bite scratch headbutt drag pin squeeze burn stab attack hurt injure knock grab throw smash twist spit shake whack thump batter assault slam elbow suffocate smother drown pinch strike bash poison pull shoot',
  STRANGLE: 'choke strangle throttle suffocate smother',
  BODY: 'face head neck throat arm wrist hair leg stomach chest back eye lip nose rib hand skin finger cheek jaw mouth ear shoulder body',
  INJURY: 'fingermark bruise mark swollen bleed blood scar cut burn welt',
  WEAPON:
    'knife gun shotgun rifle hammer belt stick bat blade bullet rope iron bottle cigarette lighter scissors axe machete',
  CHILD: 'child kid son daughter baby toddler boy girl teen teenager stepdaughter stepson infant',
  KILL: 'kill murder stab shoot strangle hurt harm burn poison bury destroy ruin cut break smash beat',
  SAY: 'say tell threaten warn text message shout scream keep',
  WILL: 'will would going gonna',
  FEAR: 'scared afraid terrified frightened petrified fear nervous panicking anxious',
  // Fear as people describe it in the body and in what they stop doing.
  FEARWIDE:
    'scared afraid terrified frightened petrified fear nervous nerves panic anxious anxiety dread flinch edge shake shaking tense jumpy freeze froze',
  MONEY:
    'money salary wage wages bank card loan debt credit allowance penny cent £ $ € ₹ pension savings benefit benefits earnings dowry cash income account pin finances finance',
  SEX: 'sex sexual rape raped intimate',
  SEXACT: 'sex sleep touch touching grope molest',
  NUDE: 'nude nudes naked photo photos pic pics picture pictures video videos',
  DEVICE:
    'phone message messages email emails facebook account accounts social text texts call calls whatsapp snapchat app location',
  SELFHARM: 'cut cutting burn burning hurt hurting harm harming punch punching',
  DEATH: 'die dead death',
  LIFE: 'life live living alive',
  NUM: '<num>',
} as const;

/** The named sets, split into words. */
export const INDICATOR_SETS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(sets).map(([name, words]) => [name, words.split(' ')]),
);
