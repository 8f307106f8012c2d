/** Hindi written in Latin letters (Hinglish), as many people type it on WhatsApp. */
import type { LanguagePack } from './language-pack.js';

export const HINDI_LATIN: LanguagePack = {
  code: 'hi-Latn',
  script: 'latin',
  negators: ['nahi', 'nahin', 'nhi', 'nai', 'na', 'mat'],
  trailingNegators: ['nahi', 'nahin', 'nhi'],
  trailingScope: 1,
  scopeEnds: ['par', 'lekin', 'aur', 'kyunki', 'jab', 'agar', 'toh', 'to', 'ki'],
  markers:
    'hai hain tha thi mujhe mujhko mera meri mere usne woh wo aur ko ka ki ke se mein kya bhi toh raha rahi karta karti kar nahi',
  spellings: {
    mjhe: 'mujhe',
    muje: 'mujhe',
    mujhko: 'mujhe',
    nhi: 'nahi',
    nahin: 'nahi',
    nai: 'nahi',
    vo: 'woh',
    wo: 'woh',
  },
  sets: {
    HIT: 'maara maarta maarti maarte maari mara marta marti marte peeta peetta peet~ peeti thappad laat dhakka ghasita ghaseeta patka patak~ gala',
    CHILD: 'bachche bachcha bachchi bachchon bacche bache beta bete beti betiyan ladka ladki',
    NUM: '0~ 1~ 2~ 3~ 4~ 5~ 6~ 7~ 8~ 9~',
  },
  indicators: [
    {
      category: 'violence',
      reason: 'physical harm to the writer',
      patterns: [
        'mujhe *6 !@HIT',
        'gala *1 !daba~|ghont~',
        'haath *0 !uthata|uthaya|uthati',
        'mera|meri *0 sir|sar|baal *1 !@HIT|patka|kheencha|kheenche',
      ],
    },
    {
      category: 'threats',
      reason: 'threat of harm',
      patterns: [
        'jaan *1 se *1 !maar~|mar~',
        '!maar *0 dunga|dungi|dalunga|daalega|dalega|dega|degi',
        '!dhamki|dhamka~',
        '!pachta~',
        '!gayab *0 kar',
        'sabak *0 !sikha~',
        'pata *0 hai *3 kahan *1 rehti|rehta|rahti',
        '!badnaam~|barbaad',
        'dekhna *3 kya *0 hota|hoga',
      ],
      notEarlier: ['boss', 'traffic', 'bhai', 'behen', 'mummy', 'papa', 'saas', 'teacher'],
    },
    {
      category: 'fear',
      reason: 'fear of the other person',
      patterns: ['dar *1 !lag~', '!darr *1 lag~', '!dari *0 hui', '!darti|darta *2 hoon|hu|hun'],
    },
    {
      category: 'coercive_control',
      reason: 'coercive or controlling behaviour',
      patterns: [
        'naukri|kaam|bahar *3 se *0 mana *0 karta|karti',
        'milne|jaane *0 nahi *0 deta|deti',
        'phone *2 !check',
        '!bewakoof|nikammi|nikamma|pagal *1 bolta|kehta',
        'yakeen *1 nahi *0 karega',
        '!ijazat|permission',
        'uske *0 bina *1 main *1 kuch *0 nahi',
      ],
    },
    {
      category: 'stalking',
      reason: 'stalking or harassment',
      patterns: [
        'peecha|picha|pichha *1 !karta|karti|kiya',
        'ghar *1 ke *0 bahar *3 !aa|khada|khadi|wait',
        '@NUM *1 baar *1 !call|message|phone',
        '@NUM *2 se *0 zyada',
        'naye *0 number|numbers',
      ],
    },
    {
      category: 'financial_control',
      reason: 'control of money',
      patterns: [
        'paise *2 !maangne|mangne',
        '!bheekh',
        'jeb *0 !kharch|kharcha',
        'paise *1 nahi *0 deta',
        'salary *3 !le *0 leta|rakh *0 leta',
      ],
    },
    {
      category: 'sexual_coercion',
      reason: 'sexual coercion or abuse',
      patterns: [
        'marzi|marji *1 ke *0 bina',
        '!zabardasti|jabardasti',
        '!majboor *0 kiya|karta',
        '!rape|balatkar',
        'sex *6 !guilty',
      ],
    },
    {
      category: 'child_risk',
      reason: 'risk of harm to a child',
      patterns: ['@CHILD *8 !@HIT', 'galat *0 tarike', '@CHILD *3 akela|akele *2 !chhod~'],
    },
    {
      category: 'self_harm',
      reason: 'thoughts of self-harm or suicide',
      patterns: [
        '!khudkushi|suicide',
        'khud *1 ko *0 !kaat~|khatam|maar~|khatm',
        'jeena *0 nahi *0 chahti|chahta',
        '!marna *0 chahti|chahta',
        'apne *0 haath *1 !kaat~',
        'main *0 na *0 rahoon|rahun|rahu',
      ],
      evenInJest: true,
    },
  ],
  context: {
    media: / (?:film|movie|serial|kitaab|kitab|news|episode) /u,
    joke: / (?:lol|ha(?:ha)+|mazak|mazaak|majak|hehe) /u,
    othersOpening:
      /^ (?:meri |mera |mere |ek )?(?:behen|bhai|dost|saheli|padosan|padosi|cousin|mausi|bhabhi|chachi|colleague) /u,
    writerAsObject: / mujhe /u,
    ended: / (?:saal pehle|saal se nahi|kab ka khatam|khatam ho gaya|bachpan mein) /u,
    continues: / (?:phir se|abhi bhi|aaj bhi|kal raat|dobara) /u,
  },
};
