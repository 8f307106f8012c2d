/**
 * Guesses the need underneath a complaint from what it is about. Blame ("you never help")
 * usually points at an ordinary need (a fair share of the housework); naming that need
 * gives the other person something they can respond to without defending themselves.
 */

interface NeedTheme {
  /** What the conversation is about, as a mediator would name it. */
  topic: string;
  /** The underlying need, phrased to follow "what matters to you is". */
  need: string;
  keywords: RegExp;
  /** Words that show the person named the topic itself; without them the word they used is the topic. */
  said?: RegExp;
}

const THEMES: NeedTheme[] = [
  {
    topic: 'the housework',
    need: 'feeling that the work at home is shared fairly',
    keywords:
      /\b(dish(?:es)?|washing up|laundry|cleaning|clean|tidy|mess|messy|chores?|housework|bins?|trash|rubbish|vacuum\w*|hoover\w*|cook\w*|sink|kitchen)\b/giu,
  },
  {
    topic: 'the school runs and handovers',
    need: 'being able to count on the plan for the children',
    keywords: /\b(pick[- ]?ups?|picking up|drop[- ]?offs?|school runs?|handovers?|collect\w*)\b/giu,
  },
  {
    topic: 'money',
    need: 'feeling that money is handled fairly and openly',
    keywords:
      /\b(money|pay|paid|paying|rent|bills?|spend\w*|expenses?|costs?|budget|debt|maintenance)\b/giu,
  },
  {
    topic: 'the children',
    need: "knowing the children's needs come first",
    keywords: /\b(kids?|children|child|son|daughter|homework|bedtime|teenager)\b/giu,
    said: /\b(kids?|children|child|son|daughter|teenager)\b/iu,
  },
  {
    topic: 'being listened to',
    need: 'feeling heard and taken seriously',
    keywords: /\b(listen\w*|ignor\w*|interrupt\w*|dismiss\w*)\b/giu,
  },
  {
    topic: 'shared space at home',
    need: 'feeling comfortable and respected at home',
    keywords:
      /\b(noise|noisy|loud|music|guests?|friends over|bathroom|fridge|space|privacy|quiet)\b/giu,
  },
  {
    topic: 'time together and with family',
    need: 'having a fair say in how time is shared',
    keywords:
      /\b(weekends?|holidays?|christmas|visits?|family|parents|mum|mom|dad|in-laws|time together)\b/giu,
  },
  {
    topic: 'being appreciated',
    need: 'feeling appreciated and cared about',
    keywords: /\b(appreciat\w*|unappreciated|taken for granted|notice\w*|effort)\b/giu,
  },
  {
    topic: 'decisions',
    need: 'being included in decisions that affect you',
    keywords: /\b(decid\w*|decisions?|consult\w*|respect\w*|without telling)\b/giu,
  },
  {
    topic: 'trust',
    need: 'being able to trust what you are told',
    keywords: /\b(lie|lied|lying|lies|trust\w*|honest\w*|secrets?|hid|hiding)\b/giu,
  },
];

/** The theme a text is mostly about, or null when nothing recognisable is mentioned. */
export function findTheme(text: string): { topic: string; need: string } | null {
  let best: NeedTheme | null = null;
  let bestHits = 0;
  for (const theme of THEMES) {
    const hits = text.match(theme.keywords)?.length ?? 0;
    if (hits > bestHits) {
      best = theme;
      bestHits = hits;
    }
  }
  if (!best) return null;
  // "bedtime" is about bedtime: "the children" would name something the person did not say.
  if (best.said && !best.said.test(text)) {
    const word = text.match(best.keywords)?.[0]?.toLowerCase();
    if (word) return { topic: word, need: best.need };
  }
  return { topic: best.topic, need: best.need };
}
