/**
 * Probe-4 of `npm run eval:mediator`: eight conversations written blind, before the fourth
 * round of tuning, in voices and situations the other parts are short of (a blended family,
 * adult siblings over money, a couple over in-laws, flatmates over noise and guests; lower
 * case, misspellings; UK, US, Australian and Indian English; £, $, ₹, "8k"; "every second
 * week", "the 15th", "half 6"; partial acceptance, a withdrawn offer, requests said in the third
 * person, acceptances that restate the offer, change requests phrased many ways). Reported by
 * the eval but not part of its --check ratchet. See FREEZE.md for its commit and what was read
 * after the first score.
 */

import type { EvalConversation } from './corpus-types.js';

/** Blind probe conversations, scored once before tuning and again at the end. */
export const PROBE_4: EvalConversation[] = [
  {
    id: 'q01-blended-weeks',
    setting: 'couple',
    title: 'When the kids are here',
    topic: null,
    people: ['Dani', 'Rich'],
    turns: [
      [0, 'when ur kids come every second week i end up doing all the cooking and cleaning up'],
      [1, 'thats not fair, i do the school run every day'],
      [0, 'school run is 10 mins. can you cook on the nights theyre here?'],
      [1, 'ok i will cook when theyre here. and i will get them to clear the table after'],
      [0, 'good. and rich asks me before he agrees to swap weekends with his ex'],
      [1, 'yeah thats fair, i will ask her before i swap any weekends'],
    ],
    commitments: [
      { who: 1, details: ['cook'] },
      { who: 1, details: ['clear the table'] },
      { who: 1, details: ['ask', 'Dani', 'swap'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'can we put that dani does the laundry on sundays',
      expect: { kind: 'add', who: 0, details: ['laundry', 'Sunday'] },
    },
  },
  {
    id: 'q02-papa-bills',
    setting: 'family',
    title: "Papa's hospital bills",
    topic: "papa's bills",
    people: ['Anil', 'Sunita'],
    turns: [
      [
        0,
        'Sunita, papa hospital bills are all coming to me only. I am paying everything since March.',
      ],
      [1, 'I know bhaiya, I have been sending whenever I can'],
      [0, 'Can you pay ₹15,000 every month on the 15th directly into the hospital account?'],
      [1, '15k is too much for me right now. I can do ₹10,000 on the 15th.'],
      [0, 'ok ₹10,000 is fine. And I will send you the bills every month so you can see them'],
      [1, 'yes please send. and I will take papa for his checkup every second saturday'],
      [0, 'that will help a lot, thank you'],
    ],
    commitments: [
      { who: 1, details: ['₹10,000', '15th'] },
      { who: 0, details: ['bills', 'every month'] },
      { who: 1, details: ['checkup', 'every second Saturday'] },
    ],
    excluded: ['15,000'],
    change: {
      by: 0,
      note: 'please make the amount ₹12,000 instead',
      expect: { kind: 'change', from: '₹10,000', to: '₹12,000' },
    },
  },
  {
    id: 'q03-mom-visits',
    setting: 'couple',
    title: 'Your mom',
    topic: 'in-laws',
    people: ['Megan', 'Chris'],
    turns: [
      [
        0,
        'your mom just shows up at our place unannounced like every sunday and you never say anything',
      ],
      [1, 'she means well. she just wants to see the baby'],
      [0, 'i know but i need some notice. can you ask her to call first?'],
      [1, 'ok i will ask her to call before she comes over'],
      [0, 'thank you. and can we go see her once a month instead of every weekend'],
      [1, 'once a month works. first sunday of the month?'],
      [0, 'first sunday works for me'],
    ],
    commitments: [
      { who: 1, details: ['ask', 'call'] },
      { who: 'both', details: ['first Sunday'] },
    ],
    excluded: ['ask Megan'],
    change: {
      by: 1,
      note: 'can we say the second sunday instead of the first',
      expect: { kind: 'change', from: 'first sunday', to: 'second sunday' },
    },
  },
  {
    id: 'q04-flat-noise',
    setting: 'housemates',
    title: 'Noise and guests',
    topic: null,
    people: ['Jaz', 'Sam'],
    turns: [
      [0, 'ur music was going til 2am again on a weeknight, i have work at 7'],
      [1, 'soz, didnt realise it was that loud'],
      [0, 'can it be off or headphones after 11 on weeknights'],
      [1, 'yeah 11 on weeknights is fair. weekends midnight?'],
      [0, 'ok midnight on weekends'],
      [1, 'and if im having people over ill give u a heads up the day before'],
      [
        0,
        'cheers. and ur boyfriend cant stay more than 3 nights a week, hes basically living here',
      ],
      [1, '3 nights is a bit harsh. 4?'],
      [0, 'fine 4 but then he chips in for the bills'],
      [1, 'nah not doing bills, forget the 4, 3 nights is ok'],
    ],
    commitments: [
      { who: 1, details: ['11', 'weeknights'] },
      { who: 1, details: ['midnight', 'weekend'] },
      { who: 1, details: ['day before'] },
      { who: 1, details: ['3 nights'] },
    ],
    excluded: ['4 nights'],
    change: {
      by: 0,
      note: 'can u put in that sam does the hoovering every second week',
      expect: { kind: 'add', who: 1, details: ['hoover', 'every second week'] },
    },
  },
  {
    id: 'q05-footy-fees',
    setting: 'co-parents',
    title: 'Homework and fees',
    topic: 'the kids',
    people: ['Bec', 'Shane'],
    turns: [
      [0, 'the kids come back from yours with no homework done, every single time'],
      [1, 'theyre with me one weekend in two, im not gonna spend it all on homework'],
      [0, 'ok but can you at least do the reading with them on the sunday arvo'],
      [
        1,
        'yeah i can do reading sunday arvo. and ill drop them back at half 6 not 7 so theyre not wrecked for school',
      ],
      [0, 'half 6 is good. and he sends me the footy fees, $180 for the term, by the 15th'],
      [1, 'yep ill send her the $180 by the 15th'],
    ],
    commitments: [
      { who: 1, details: ['reading', 'Sunday'] },
      { who: 1, details: ['drop', '6'] },
      { who: 1, details: ['$180', '15th', 'Bec'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'take out the bit about reading, i cant promise every sunday',
      expect: { kind: 'remove', details: ['reading'] },
    },
  },
  {
    id: 'q06-car-loan',
    setting: 'family',
    title: 'The car money',
    topic: 'the loan',
    people: ['Niamh', 'Liam'],
    turns: [
      [0, 'you still owe me the 2 grand from the car, its been over a year'],
      [1, 'i know i know. things have been tight'],
      [0, 'can you pay back £200 a month starting the 1st'],
      [1, '£200 is too much. £150 a month from the 1st and it will be done by next winter'],
      [0, 'ok £150 then. but if you miss one you tell me, dont just go quiet'],
      [1, 'fair enough, ill tell you if i cant make one'],
    ],
    commitments: [
      { who: 1, details: ['£150', '1st'] },
      { who: 1, details: ['tell', 'Niamh'] },
    ],
    excluded: ['£200'],
    change: {
      by: 0,
      note: 'put the date as the 5th instead of the 1st',
      expect: { kind: 'change', from: '1st', to: '5th' },
    },
  },
  {
    id: 'q07-step-dad',
    setting: 'family',
    title: 'Zoe',
    topic: null,
    people: ['Leah', 'Marco'],
    turns: [
      [0, 'marco you cant keep telling zoe off, shes my daughter, it should come from me'],
      [1, 'i live with her too. i cant just ignore it when shes rude'],
      [
        0,
        'can you leave the telling off to me and just tell me what happened. and can you stop taking her phone',
      ],
      [
        1,
        'ok i will leave it to you and tell you what happened. but no phones at the table stays, thats for everyone',
      ],
      [0, 'fine, no phones at the table for everyone, me included'],
      [1, 'thats fair'],
    ],
    commitments: [
      { who: 1, details: ['Leah', 'what happened'] },
      { who: 'both', details: ['phones', 'table'] },
    ],
    excluded: ['stop taking'],
    change: {
      by: 1,
      note: 'could we add that leah backs me up on bedtime',
      expect: { kind: 'add', who: 0, details: ['bedtime'] },
    },
  },
  {
    id: 'q08-parents-money',
    setting: 'couple',
    title: 'Money to your parents',
    topic: 'money',
    people: ['Kavya', 'Arjun'],
    turns: [
      [0, 'you send money to your parents every month without even telling me'],
      [1, 'its my parents kavya, they need it'],
      [0, 'im not saying stop. just tell me first and keep it to 8k a month'],
      [1, 'i can tell you before i send it. 8k is too low, 12k is what they need'],
      [0, 'ok 10k then?'],
      [1, '10k fine. and ill start putting 5k into our joint savings on the 1st'],
      [0, 'good. and when your mum visits its 2 weeks max, not 2 months like last time'],
      [1, 'ok 2 weeks max, ill tell her that'],
    ],
    commitments: [
      { who: 1, details: ['tell', 'before'] },
      { who: 1, details: ['10k'] },
      { who: 1, details: ['5k', 'savings', '1st'] },
      { who: 1, details: ['2 weeks'] },
    ],
    excluded: ['8k', '12k'],
    change: {
      by: 0,
      note: 'i would like the savings to say 6k not 5k',
      expect: { kind: 'change', from: '5k', to: '6k' },
    },
  },
];
