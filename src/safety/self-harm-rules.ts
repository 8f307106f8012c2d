import { compile } from './pattern-parts.js';
import type { ScreeningRule } from './screen-types.js';

// Idioms that borrow the words: "I wanted to die of embarrassment", "killing myself trying to keep up".
const NOT_DIE_IDIOM = String.raw`(?! (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe)\b| laughing\b| on (?:this|that|the) hill\b)`;
const NOT_OVERWORK_IDIOM = String.raw`(?! (?:trying|working|to (?:get|make|keep|finish|do|pay|please))\b)`;
const NOT_ACCIDENT = String.raw`(?! (?:at|on|playing|lifting|running|falling|shaving|cooking|chopping|gardening|by accident|accidentally|while|when i (?:fell|slipped|tripped)|in the (?:gym|garden|kitchen))\b)`;

/**
 * The speaker's own risk of suicide or self-harm. None of these rules is negatable: a missed
 * disclosure costs far more than an unneeded check-in, and "I'm not suicidal, but…" is common.
 */
export const SELF_HARM_RULES: ScreeningRule[] = [
  {
    category: 'self_harm',
    reason: 'wish to die',
    negatable: false,
    pattern: compile(
      [
        String.raw`\b(?:want|wanted|wanna|wants|ready|wish i could|i could just)(?: to)? die\b${NOT_DIE_IDIOM}`,
        String.raw`\bwish i (?:was|were|'?d been) (?:dead|never born|gone)\b`,
        String.raw`\b(?:don'?t|do not|dont|no longer) want to (?:be alive|exist|wake up|live)(?=$|[.,!?;]| anymore\b| any more\b| another\b)`,
        String.raw`\b(?:thinking|think|thought|thoughts) (?:about|of) (?:dying|not being here|not waking up)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'self_harm',
    reason: 'suicidal language',
    negatable: false,
    pattern: compile(
      [
        String.raw`\bkil+(?:l|ling|led|s)? ?(?:my ?self|myslef)\b${NOT_OVERWORK_IDIOM}`,
        String.raw`\bend(?:ing)? (?:it all|my (?:own )?life|things for good)\b`,
        String.raw`\b(?:take|taking|took|taken) my (?:own )?life\b`,
        // "financial suicide" is about money, not the speaker.
        String.raw`(?<!\b(?:financial|political|career|social|commercial|professional) )\bsuicid(?:e|al|ally)\b`,
        String.raw`\boverdos(?:e|ed|ing)\b|\b(?:take|took|taking) (?:all (?:of )?)?(?:my|the) (?:pills|tablets) at once\b|\btook too many (?:pills|tablets)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'self_harm',
    reason: 'hopelessness about living',
    negatable: false,
    pattern: compile(
      [
        String.raw`\bno (?:real )?(?:reason|point) (?:to|in|for) (?:live|living|being alive|carrying on living|me being here|being here anymore)\b`,
        String.raw`\bnothing (?:left )?to live for\b`,
        String.raw`\b(?:life|it)(?: really)? (?:isn'?t|is not|'?s not|ain'?t) worth living\b|\bnot worth living\b`,
        String.raw`\bcan'?t go on living\b`,
        // "I'd rather be dead than…" is an idiom of preference, so only "better off dead" counts.
        String.raw`\bbetter off dead\b`,
        String.raw`\bno(?: one|body|-one) (?:would|will) (?:miss me|care if i (?:was|were) gone|notice if i (?:was|were) gone)\b`,
        String.raw`\b(?:i'?m|i am|im) (?:just )?a burden (?:to|on) (?:everyone|everybody|all of you|my family|the kids)\b`,
        // "Everyone would be better off without me" is a recognised warning sign.
        String.raw`\bbetter off (?:without me\b(?! (?:doing|nagging|there|at|in charge)\b)|if i (?:was|were|wasn'?t|weren'?t) (?:dead|gone|here|around|alive)\b|if i (?:died|disappeared)\b|with me (?:dead|gone)\b)`,
      ].join('|'),
    ),
  },
  {
    category: 'self_harm',
    reason: 'self-harm described',
    negatable: false,
    pattern: compile(
      [
        String.raw`(?<!\b(?:accidentally|nearly|almost|slightly|once) )\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure|injuring|starve|starving) my ?self\b${NOT_ACCIDENT}`,
        String.raw`\bself[- ]?harm(?:ing|ed)?\b`,
      ].join('|'),
    ),
  },
];
