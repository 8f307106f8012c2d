import { AGENT, compile, NOT_BY_SPEAKER, VICTIM } from './pattern-parts.js';
import type { ScreeningRule } from './screen-types.js';

/** Non-people that "hit me" in the figurative sense ("it really hit me how far apart we are"). */
const FIGURATIVE_HITTER = String.raw`(?<!\b(?:it|that|this|which|what|reality|truth|news|realisation|realization|idea|thought|feeling|everything)(?:'s)?(?: \w+)? )`;
const WEAPON = `(?:knife|knives|gun|blade|machete|axe|hammer|baseball bat|bat|pistol|rifle|shotgun|weapon|screwdriver|scissors)`;
const THREAT_ACT = `(?:kill|murder|stab|shoot|strangle|choke|hurt|harm|hit|punch|batter|beat|attack)`;
const THREAT_TARGET = String.raw`(?:me|you|u|us|him|her|them|the (?:kids|children|baby)|our (?:kids|children|son|daughter|baby)|my (?:kids|children|son|daughter|baby|family|mum|mom|dad)|your (?:family|kids|mum|mom|dad))(?![\w'-])(?! (?:feelings|up|back)\b)`;
const INTENT = `(?:'?ll|'?d| will| would| is going to| was going to| is gonna| was gonna|'?s going to|'?s gonna|'?re going to|'?re gonna| are going to| are gonna|'?m going to|'?m gonna| am going to| gonna| going to|(?: really)? (?:wants?|wanted|tried|tries|threaten(?:s|ed)?|swore|promised) to)`;

/** Physical violence, threats and weapons; every rule is negatable ("he has never hit me"). */
export const VIOLENCE_RULES: ScreeningRule[] = [
  {
    category: 'violence',
    reason: 'physical violence described',
    negatable: true,
    pattern: compile(
      [
        // "hit" is only counted with a person as the target, and not "hit me up" (contact me).
        String.raw`${FIGURATIVE_HITTER}\b(?:hit|hits|hitting) ${VICTIM}(?! up\b)`,
        // "kicked me out" and "punched me off the group chat" are not blows.
        // A baby kicking in the womb or a pet is not an assault; nor is anything "by accident".
        String.raw`(?<!\b(?:baby|bump|toddler|dog|cat|horse|puppy|kitten)(?:'s)? )\b(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|shov(?:e|ed|es|ing)|kick(?:ed|s|ing)?|headbutt(?:ed|s|ing)?|elbow(?:ed|s|ing)|kneed|spat (?:at|on)|spit(?:s|ting)? (?:at|on)|assault(?:ed|s|ing)?|pinned) ${VICTIM}(?! (?:out|off|around|about|by accident|accidentally)\b)`,
        String.raw`\b(?:hit|punched|slapped|kicked|pushed|shoved) (?:him|her|them) back\b|\b(?:hit|punch|punched|slap|slapped|kick|kicked) each other\b`,
        String.raw`\b(?:it|things|the (?:argument|fight|row)|(?:our )?(?:fights|arguments|rows)) (?:got|gets|get|getting|turned|turns|became|becomes) physical\b`,
        String.raw`\brais(?:ed|es|ing) (?:a|his|her|their) (?:hand|hands|fist) (?:to|at|against) ${VICTIM}`,
        // "pushed me" only when it reads physical: not "pushes me to decide faster".
        String.raw`\bpush(?:ed|es|ing)? ${VICTIM} (?:over|down|into (?:a|the) (?:wall|door|table|cupboard|fridge|floor|ground|road|bath)|against|off (?:the|a)|out of the (?:car|house)|to the (?:floor|ground)|onto|hard|so hard|away from)`,
        String.raw`\b(?:slamm(?:ed|ing)|slams|threw|throws|thrown) ${VICTIM} (?:against|into (?:a|the) (?:wall|door|table|floor|ground)|onto the (?:floor|ground|bed)|down (?:on|onto) the|across the room)`,
        String.raw`\bpushed ${VICTIM}(?=$|[.!?,;]| and\b| when\b| again\b| while\b)`,
        String.raw`\bbeat(?:s|en|ing)? ${VICTIM} up\b|\bbeaten up\b`,
        String.raw`\b${AGENT} beats? ${VICTIM}(?=$|[.!?,;]| (?:when|if|because|and|again|badly|with|black|senseless)\b)`,
        String.raw`\b(?:was|been|being|got|get|gets|getting) (?:hit|punched|slapped|smacked|kicked|shoved|pushed|beaten|strangled|choked|attacked|assaulted|headbutted|stabbed) by (?:him|her|them|my \w+|(?:my )?ex\b)`,
        String.raw`\b(?:dragged|pulled|grabbed) (?:me|the kids) by (?:the|my|their) (?:hair|arm|arms|wrist|neck|throat|collar)`,
        String.raw`\bphysical(?:ly)? (?:abuse[ds]?|abusive|violen(?:t|ce)|attack(?:ed|s)?|hurts?|assault(?:ed|s)?|hurting)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'strangulation or choking described',
    negatable: true,
    pattern: compile(
      [
        // "chocked" is a frequent misspelling; "choked me up" is emotion, not an assault.
        String.raw`\bcho(?:c)?k(?:e|ed|es|ing) ${VICTIM}(?! up\b)`,
        // "I could strangle him when he leaves the milk out" is exasperation, not a threat.
        String.raw`(?<!\b(?:i|we) could (?:just |happily |honestly )?)\bstrang(?:e)?l(?:e|ed|es|ing|ation)\b(?! (?:cry|voice|sound|laugh|noise|sob|yelp)\b)`,
        String.raw`\b(?:hands?|arms?) (?:a)?round (?:my|her|his) (?:neck|throat)\b`,
        String.raw`\bby (?:the|my) (?:throat|neck)\b`,
        String.raw`\b(?:suffocat|smother)(?:e|ed|es|ing) (?:me|the kids)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'threat to kill or hurt',
    negatable: true,
    pattern: compile(
      [
        // A named speaker plus intent keeps out "this chore situation is killing me" and "I could kill for a coffee".
        String.raw`\b(?:i|he|she|they|you|u|my [a-z-]+)${INTENT} (?:${THREAT_ACT} ${THREAT_TARGET}|(?:beat|batter) ${THREAT_TARGET} up\b|break (?:your|my|his|her) (?:neck|legs?|arms?|face|nose|jaw|teeth)\b|smash (?:your|my|his|her) (?:face|head) in\b)`,
        // Threats to self-harm as pressure are coercive control, screened there.
        String.raw`\bthreat(?:en|ens|ened|ening)(?: (?:me|us))? (?:to|that (?:he|she|they)(?:'?d|'?ll| would| will)) (?:kill|murder|stab|shoot|strangle|hurt|harm|hit|beat|attack|punch|break|burn|smash|slap)\b(?! (?:himself|herself|themselves|themself)\b)`,
        String.raw`\bthreat(?:en|ens|ened|ening) ${VICTIM}(?! with (?:divorce|leaving|a lawyer|lawyers|solicitors?|court|eviction|legal action|the police|a letter)\b)`,
        String.raw`\bdeath threats?\b`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'weapon mentioned',
    negatable: true,
    pattern: compile(
      [
        String.raw`\b(?:pulled|waved|pointed|brandished|came at (?:me|us) with|threatened (?:me|us) with|attacked (?:me|us) with|went for (?:me|us) with|chased (?:me|us) with|hit (?:me|us) with)(?: out)? (?:a|an|the|his|her|their|my) (?:kitchen )?${WEAPON}\b`,
        String.raw`\b(?:a|an|the|his|her) (?:kitchen )?${WEAPON} (?:to|at|against) (?:my|our|the kids'?) (?:throat|head|neck|chest|face|back|stomach)\b`,
        String.raw`\b(?:gun|knife) at (?:me|us|the kids)\b`,
        // Access to a firearm raises the danger of any abuse, so it is flagged on its own.
        String.raw`\b(?:he|she|they|my [a-z-]+)(?:'s got| has got| has| keeps| owns| bought)(?: a| an)? (?:gun|guns|firearm|firearms|shotgun|rifle|pistol)\b`,
        // "stabbed me in the back" and "shot me a look" are figures of speech.
        String.raw`\b(?:stab(?:bed|s|bing)?|shot|shoots|shooting) (?:at )?${VICTIM}(?! (?:in the back|down|an?|a look|the)\b)`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'objects thrown or property smashed',
    negatable: true,
    pattern: compile(
      [
        String.raw`\b(?:throw|throws|threw|thrown|throwing|hurl(?:s|ed|ing)?|chuck(?:s|ed|ing)?|lob(?:s|bed|bing)?) (?:things|stuff|objects|plates|glasses|dishes|cups|mugs|chairs|furniture|bottles|shoes|food|(?:a|his|her|the|my|our) \w+|it|them|whatever)(?: \w+)? (?:at|towards?) (?:me|us|my (?:head|face)|the (?:kids|children|wall))\b`,
        String.raw`${NOT_BY_SPEAKER}\b(?:smash(?:ed|es|ing)?|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?) (?:a hole in |holes in |down |in )?(?:the|my|our) (?:wall|walls|door|doors|things|stuff|plates|furniture|phone)\b(?! (?:screen|case|charger)\b)`,
        String.raw`\b(?:broke|breaks|kicked|smashed) (?:down|in) (?:the|my|our) (?:door|bedroom door|bathroom door)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'violence or abuse named',
    negatable: true,
    pattern: compile(
      [
        String.raw`\bdomestic (?:violence|abuse)\b`,
        // "violent" only with a person as subject, so "the film was violent" stays out.
        String.raw`\b${AGENT}(?:'s| is| was| were| gets| got| can be| can get| becomes| became| turns| turned| has been| had been| is getting| has got)(?: \w+)? (?:violent|physical with (?:me|us|the kids))\b`,
        String.raw`\bviolent (?:towards?|to|with) (?:me|us|the kids|the children|my|our)\b`,
        String.raw`\babus(?:es|ed|ing) ${VICTIM}`,
        String.raw`\b(?:he|she|they)(?:'s| is| was|'re| are)(?: very| so| really| quite)? abusive\b`,
        String.raw`\babusive (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex|home)\b`,
      ].join('|'),
    ),
  },
  {
    category: 'violence',
    reason: 'sexual violence described',
    negatable: true,
    pattern: compile(
      [
        String.raw`\b(?:raped|rapes|rape me|rape us)\b`,
        String.raw`\bsexually (?:assault(?:ed|s|ing)?|abus(?:ed|es|ing)|attack(?:ed|s)?)\b`,
        String.raw`\bforc(?:ed|es|ing) (?:me )?(?:to have sex|into (?:sex|sexual)|(?:himself|herself) on me)\b`,
        String.raw`\bmade me have sex\b`,
      ].join('|'),
    ),
  },
];
