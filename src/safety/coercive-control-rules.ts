import { AGENT, CHILDREN, compile, NOT_BY_SPEAKER } from './pattern-parts.js';
import type { ScreeningRule } from './screen-types.js';

// "never lets me", "won't let me": here the negation is the control itself.
const REFUSES = `(?:won'?t|will not|doesn'?t|does not|never|didn'?t|did not|wouldn'?t|would not|refuses to|refused to)`;
const CONTACTS = String.raw`(?:my |our |any |any of my )?(?:friends?|family|mum|mom|dad|parents|sister|sisters|brother|brothers|mates|anyone|anybody|colleagues|relatives|grandparents)\b`;
const FINANCES = String.raw`(?:money|finances|bank accounts?|accounts|spending|cards|bank cards?|wages|salary|pay)\b`;
const MY_MONEY = String.raw`(?:bank ?card|debit card|credit cards?|cards|wages|salary|pay|paycheck|pay ?cheque|benefits|pension|earnings)\b(?! (?:details|number|numbers)\b)`;

/** Isolation, monitoring, financial control, tracking and threats over the children. */
export const COERCIVE_CONTROL_RULES: ScreeningRule[] = [
  {
    category: 'coercive_control',
    reason: 'isolation from friends or family',
    negatable: false,
    pattern: compile(
      [
        String.raw`\b${REFUSES} let(?:s)? (?:me|us) (?:see|visit|meet|talk to|speak to|call|phone|text|go out with|spend time with|contact|have) ${CONTACTS}`,
        String.raw`\b${REFUSES} allow(?:s)? (?:me|us) to (?:see|visit|meet|talk to|speak to|call|contact|spend time with) ${CONTACTS}`,
        String.raw`\b(?:i'?m|i am|im|i was|we'?re|we are|we were)(?: \w+)? not allowed to (?:see|visit|meet|talk to|speak to|call|contact|spend time with) ${CONTACTS}`,
        // "cuts me off" alone is interrupting; isolation is "cut me off from my family".
        String.raw`\b(?:cut|cuts|cutting|isolat(?:es|ed|ing)) (?:me|us) (?:off )?from (?:all )?(?:my|our|everyone|everybody|the people)\b`,
        String.raw`\bforbids? me (?:from|to) (?:seeing|see|visiting|visit|talking|talk|going|go)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'restricts leaving or daily life',
    negatable: false,
    pattern: compile(
      [
        String.raw`\b${REFUSES} let(?:s)? (?:me|us) (?:leave|go out|go anywhere|out of (?:the|his|her) sight|work|get a job|drive|have (?:a job|my own (?:money|account|phone|bank account|car)|any money|a phone|a bank account|access)|use (?:the|my) (?:phone|car|money|bank account)|go to (?:work|college|uni|school|church|the doctors?|my mum'?s|my parents'?))\b`,
        String.raw`\b(?:i'?m|i am|im|i was|we'?re|we are|we were)(?: \w+)? not allowed to (?:go out|go anywhere|leave|work|drive|get a job|have (?:a job|my own|any money|a phone|friends|a bank account)|spend (?:any )?money)\b`,
        String.raw`\b(?:makes?|made|forces?|forced) me (?:ask|beg)(?: for)?(?: (?:his|her|their))? permission\b|\bhave to ask (?:his|her|their|for) permission (?:to|for|before)\b`,
        String.raw`\b(?:locks?|locked|locking) (?:me|us|the kids) (?:in|inside|in the (?:house|room|bedroom|flat))\b(?! (?:mind|the loop)\b)`,
        String.raw`\b(?:took|takes|taking|taken|hides?|hid|hiding|confiscat(?:es|ed|ing)) (?:away )?my (?:phone|mobile|keys|car keys) away\b|\b(?:took|takes|taking|taken) away my (?:phone|mobile|keys|car keys|passport)\b`,
        String.raw`${NOT_BY_SPEAKER}\b(?:takes?|took|taken|taking|keeps?|kept|hides?|hid|confiscat(?:es|ed|ing))(?: away)? my (?:passport|documents|id|visa|birth certificate)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'phone or messages monitored',
    negatable: true,
    pattern: compile(
      [
        // The speaker checking their own phone ("I check my phone too much") is not monitoring.
        String.raw`${NOT_BY_SPEAKER}\b(?:checks?|checked|checking|goes through|went through|going through|go through|looks? through|looked through|looking through|reads?|reading|monitors?|monitored|monitoring|snoops? (?:on|through|in)|snooped (?:on|through|in)|snooping (?:on|through|in)|spies on|spied on|spying on|hack(?:s|ed)?(?: into)?) (?:all )?(?:of )?my (?:phone|mobile|messages|texts|emails?|whatsapps?|dms|social media|browser history|search history|laptop|computer|calls|call log|bank statements?)\b`,
        String.raw`\b(?:makes?|made|forces?|forced) me (?:show|give|hand over|tell) (?:him|her|them) (?:my )?(?:phone|passwords?|passcodes?|pin|messages|texts)\b`,
        String.raw`\b(?:demands?|demanded|demanding) (?:all )?my (?:passwords?|passcodes?|pin|phone)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'financial control',
    negatable: true,
    pattern: compile(
      [
        String.raw`${NOT_BY_SPEAKER}\b(?:takes?|took|taken|taking|keeps?|kept|hides?|hid|confiscat(?:es|ed|ing))(?: away)? (?:all )?(?:of )?my ${MY_MONEY}`,
        // "controls" (third person) never comes from "we need to control our spending".
        String.raw`\bcontrols (?:all |every(?:thing)? )?(?:of )?(?:the |my |our |all the )?${FINANCES}`,
        String.raw`\b${AGENT}(?: \w+){0,2}? (?:(?<!\bto )control(?:s|led)?|is controlling|has (?:total |complete |full )?control (?:of|over)) (?:all |every )?(?:of )?(?:the|my|our|all the) ${FINANCES}`,
        String.raw`\bcontrols (?:everything|what i|who i|where i|when i|how i|how much i)\b`,
        String.raw`\b(?:gives?|gave) me an? (?:allowance|pocket money)\b`,
        String.raw`\b(?:account|justify) for every (?:penny|pound|cent|dollar|euro|purchase)\b`,
        String.raw`\b(?:cut|cuts|cutting) off my (?:money|access|card|cards|bank)\b`,
        String.raw`\b(?:no|any) access to (?:the|our|my|any) (?:money|bank|bank accounts?|accounts)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'location tracked or followed',
    negatable: true,
    pattern: compile(
      [
        String.raw`${NOT_BY_SPEAKER}\b(?:tracks?|tracked|tracking|monitors?|monitored|monitoring|checks?|checking) (?:on )?(?:my|me on my) (?:location|phone location|whereabouts|movements|car|gps)\b`,
        String.raw`\b(?:tracks|tracked|tracking) me\b(?! down\b)`,
        String.raw`\b(?:put|puts|installed|installs|hid|hidden|placed) (?:a |an )?(?:tracker|tracking (?:app|device)|airtag|gps(?: tracker)?|spyware|spy app|an app) (?:on|in|under) my (?:phone|car|bag)\b`,
        String.raw`\b(?:makes?|made|forces?|forced) me (?:share|turn on|keep on) my location\b`,
        String.raw`\b(?:follows|followed|following) me(?: \w+)? (?:everywhere|to work|home|around)\b`,
        String.raw`\bstalk(?:s|ed|ing)? me\b`,
        String.raw`\bkeeps? tabs on me\b|\bwants? to know where i am (?:every|all the time|at all times|24\/7)`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'threatens to take the children',
    negatable: true,
    pattern: compile(
      [
        // Custody through the courts ("threatening to take me to court") is not this; taking them away is.
        String.raw`\bthreat(?:en|ens|ened|ening) (?:me )?(?:to|that (?:he|she|they)(?:'?ll|'?d| will| would)) (?:(?:take|keep|snatch) ${CHILDREN}(?: away)?(?= from me| if| unless| and| so| away|[.,!?;]|$)|(?:run off|disappear|move abroad|leave the country) with ${CHILDREN}|stop me (?:from )?seeing ${CHILDREN})`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'threatens to take the children',
    // "never" is part of the threat itself, so it must not read as a denial.
    negatable: false,
    pattern: compile(
      // Only as something said to the speaker; "I feel like I'll never see the kids" is grief, not a threat.
      String.raw`\b(?:says?|said|told me|tells me|telling me|threatens?|threatened|keeps saying) (?:that )?i'?(?:ll| will|'?d| would) never see ${CHILDREN} again\b`,
    ),
  },
  {
    category: 'coercive_control',
    reason: 'controlling or abusive behaviour named',
    negatable: true,
    pattern: compile(
      [
        String.raw`\bcoercive(?:ly)? (?:control(?:ling)?|behaviou?r|relationship)\b`,
        String.raw`\b(?:emotionally|verbally|psychologically|financially|mentally) abus(?:ive|es me|ed me|ing me)\b`,
        String.raw`\b(?:emotional|verbal|psychological|financial|economic) abuse\b`,
      ].join('|'),
    ),
  },
  {
    category: 'coercive_control',
    reason: 'threat of self-harm used as pressure',
    // Threatening self-harm to stop someone leaving is a recognised form of control.
    negatable: true,
    pattern: compile(
      [
        String.raw`\bthreat(?:en|ens|ened|ening) to (?:kill|hurt|harm) (?:himself|herself|themselves|themself)\b`,
        String.raw`\b(?:he|she|they)(?:'?d|'?ll| would| will)(?: \w+)? (?:kill|hurt|harm) (?:himself|herself|themselves|themself) if i (?:left|leave|go|went|end|ended|tell|told)\b`,
        String.raw`\bthreat(?:en|ens|ened|ening) suicide\b`,
      ].join('|'),
    ),
  },
];
