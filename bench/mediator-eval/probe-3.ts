/**
 * Probe-3 of `npm run eval:mediator`: ten conversations written blind, before the third round
 * of tuning, in voices the other parts are short of (lower case, misspellings, text-speak;
 * UK, US, Australian, Irish and Indian English; £, $, €, ₹; "the 1st", "every other weekend",
 * "from next month", "half 7", "7.30pm"; counter-offers, "ok but only if…", a retraction, and
 * change requests asked for indirectly). Reported by the eval but not part of its --check
 * ratchet. See FREEZE.md for its commit and what was read after the first score.
 */

import type { EvalConversation } from './corpus-types.js';

/** Blind probe conversations, scored once before tuning and again at the end. */
export const PROBE_3: EvalConversation[] = [
  {
    id: 'p01-washing-up',
    setting: 'couple',
    title: 'Washing up',
    topic: null,
    people: ['Priya', 'Tom'],
    turns: [
      [0, 'honestly im sick of doing all the washing up every nite'],
      [1, 'i do loads tho, i do the bins'],
      [0, 'bins is once a week lol. can u do the washing up mon wed and fri?'],
      [1, 'ok mon wed fri i can do. but only if u stop leaving pans to soak for days'],
      [0, "fine i'll wash the pans the same day"],
      [1, 'deal'],
    ],
    commitments: [
      { who: 1, details: ['washing up', 'mon', 'wed', 'fri'] },
      { who: 0, details: ['pans', 'same day'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'make it tues instead of wed',
      expect: { kind: 'change', from: 'wed', to: 'tue' },
    },
  },
  {
    id: 'p02-weekends',
    setting: 'co-parents',
    title: 'Weekend schedule',
    topic: 'the kids schedule',
    people: ['Jess', 'Marcus'],
    turns: [
      [0, 'The kids need a set schedule. Right now it changes every week and Mia is anxious.'],
      [1, "I agree it's been messy. My shifts change a lot."],
      [0, 'How about you have them every other weekend, Friday 6pm to Sunday 5pm?'],
      [1, 'Every other weekend works. Can we do pickup at 7pm Friday though, I get off at 6.'],
      [0, 'ok, 7pm Friday then. And can you pay $250 a month toward daycare starting next month?'],
      [1, '$250 is fine, from next month.'],
      [0, 'Thank you.'],
    ],
    commitments: [
      { who: 1, details: ['every other weekend', '7pm', 'Sunday', '5pm'] },
      { who: 1, details: ['$250', 'daycare', 'next month'] },
    ],
    excluded: ['6pm'],
    change: {
      by: 0,
      note: "actually can we drop the bit about daycare, we'll sort money out separately",
      expect: { kind: 'remove', details: ['$250'] },
    },
  },
  {
    id: 'p03-rent-late',
    setting: 'housemates',
    title: 'Rent',
    topic: 'rent',
    people: ['Kylie', 'Jack'],
    turns: [
      [0, 'mate the rent was late again and the landlord emailed me not you'],
      [1, "yeah sorry, my pay came in late. it's sorted now"],
      [0, 'can you transfer your half to me by the 1st of each month? $420'],
      [1, 'the 1st is tough, I get paid on the 3rd. does the 3rd work?'],
      [0, "ok the 3rd, but then i'll pay the landlord on the 4th"],
      [1, "sweet. i'll also mow the lawn every second saturday arvo"],
      [0, 'legend, ok'],
    ],
    commitments: [
      { who: 1, details: ['$420', '3rd'] },
      { who: 0, details: ['landlord', '4th'] },
      { who: 1, details: ['mow', 'every second Saturday'] },
    ],
    excluded: ['1st'],
    change: {
      by: 1,
      note: 'add that Kylie puts the bins out on tuesday nights',
      expect: { kind: 'add', who: 0, details: ['bins', 'Tuesday'] },
    },
  },
  {
    id: 'p04-amma',
    setting: 'family',
    title: 'Amma',
    topic: null,
    people: ['Ananya', 'Rohan'],
    turns: [
      [0, 'Bhaiya, you are not calling Amma even once in a week. She is feeling very lonely.'],
      [1, 'I am very busy with office, you know that. I am sending money no?'],
      [0, 'Money is not everything. Can you call her every Sunday evening?'],
      [
        1,
        'Ok I will call her every Sunday at 7pm. And I will send ₹15,000 on the 5th of every month for her medicines and the maid.',
      ],
      [0, 'That is fine. I will take her to the doctor every month.'],
      [1, 'Good, thank you.'],
    ],
    commitments: [
      { who: 1, details: ['call', 'Sunday', '7pm'] },
      { who: 1, details: ['₹15,000', '5th'] },
      { who: 0, details: ['doctor', 'every month'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: 'make it ₹18,000 instead of ₹15,000, the maid has increased her rate',
      expect: { kind: 'change', from: '₹15,000', to: '₹18,000' },
    },
  },
  {
    id: 'p05-late-home',
    setting: 'couple',
    title: 'Coming home late',
    topic: null,
    people: ['Chloe', 'Ryan'],
    turns: [
      [0, 'you said youd be home by 7 and you rolled in at 10 with no text'],
      [1, 'i know, i shuold have texted. work drinks ran on'],
      [0, 'can you just text me by half 7 if your going to be late?'],
      [1, "yes i'll text by half 7 if im running late. and i'll cook on tuesdays and thursdays"],
      [0, "that'd be nice. i'll do the food shop on saturday mornings"],
      [1, "actually thursdays i'm at football, scratch the thursdays. tuesdays and sundays?"],
      [0, 'ok tuesdays and sundays'],
    ],
    commitments: [
      { who: 1, details: ['text', 'half 7'] },
      { who: 1, details: ['cook', 'Tuesday', 'Sunday'] },
      { who: 0, details: ['food shop', 'Saturday'] },
    ],
    excluded: ['Thursday'],
    change: {
      by: 0,
      note: 'can we also say no phones at dinner',
      expect: { kind: 'add', who: 'both', details: ['phones', 'dinner'] },
    },
  },
  {
    id: 'p06-curfew',
    setting: 'family',
    title: 'Saturday nights',
    topic: null,
    people: ['Karen', 'Liam'],
    turns: [
      [0, 'You were meant to be back at half 10 on Saturday and you walked in at midnight.'],
      [1, 'everyone else stays out later, its so embarassing leaving first'],
      [
        0,
        "I don't mind later on Saturdays if I know where you are. 11pm on Saturdays, and you share your location.",
      ],
      [1, '11 is ok but only if i dont have to share location the whole time, just when im out'],
      [
        0,
        "Fine, only when you're out. And dinner is at 7.30pm on weeknights, you need to be there.",
      ],
      [1, 'ok 7.30 weeknights'],
      [0, 'Good.'],
    ],
    commitments: [
      { who: 1, details: ['11pm', 'Saturday'] },
      { who: 1, details: ['location', 'out'] },
      { who: 1, details: ['dinner', '7.30', 'weeknights'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'make it 11.30 instead of 11',
      expect: { kind: 'change', from: '11pm', to: '11.30' },
    },
  },
  {
    id: 'p07-noise',
    setting: 'housemates',
    title: 'Noise',
    topic: null,
    people: ['Dana', 'Mike'],
    turns: [
      [0, 'ur music thru the wall at 1am on a tues is not ok'],
      [1, 'my bad, didnt realize it carried. weekends ok tho?'],
      [0, 'weekends fine til midnight. weeknights quiet after 10:30pm'],
      [1, '10:30 weeknights fine. can u not leave ur bike in the hallway'],
      [0, "ok i'll keep the bike in my room"],
      [1, "cool. also i'll venmo u $35 for the wifi on the 15th every month"],
      [0, 'perfect'],
    ],
    commitments: [
      { who: 1, details: ['10:30', 'weeknights'] },
      { who: 0, details: ['bike', 'room'] },
      { who: 1, details: ['$35', 'wifi', '15th'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: 'add that Mike takes the recycling out on thursdays',
      expect: { kind: 'add', who: 1, details: ['recycling', 'Thursday'] },
    },
  },
  {
    id: 'p08-uniform-euro',
    setting: 'co-parents',
    title: 'Aoife',
    topic: null,
    people: ['Siobhan', 'Declan'],
    turns: [
      [0, "You haven't paid towards the uniform and it was €180."],
      [1, "I didn't know it was that much. I'll pay half."],
      [0, 'Half is €90. Can you pay it by Friday?'],
      [1, "I can do €90 by the 1st, I'm paid then."],
      [0, 'ok the 1st. And can you have Aoife every Wednesday after school?'],
      [1, "Wednesdays I can, I'll collect her at 3.30."],
      [0, 'grand'],
    ],
    commitments: [
      { who: 1, details: ['€90', '1st'] },
      { who: 1, details: ['Wednesday', '3.30'] },
    ],
    excluded: ['Friday'],
    change: {
      by: 1,
      note: "actually can we drop the bit about the uniform money, I've already paid it",
      expect: { kind: 'remove', details: ['€90'] },
    },
  },
  {
    id: 'p09-christmas-turns',
    setting: 'family',
    title: 'Christmas',
    topic: 'Christmas',
    people: ['Emma', 'Josh'],
    turns: [
      [0, 'We always end up at yours for Christmas and mum never sees my kids on the day.'],
      [1, "It's just easier at ours, we've got the space."],
      [0, 'Can we alternate? Christmas at mine this year, yours next year.'],
      [1, 'ok but only if Boxing Day is at ours this year then.'],
      [0, "That's fair. Boxing Day at yours."],
      [1, "And I'll drive mum to yours and back."],
      [0, 'Thank you'],
    ],
    commitments: [
      { who: 0, details: ['Christmas', 'this year'] },
      { who: 1, details: ['Boxing Day'] },
      { who: 1, details: ['drive', 'mum'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: 'can we add something about the cost of the food, split it somehow? not sure how',
      expect: { kind: 'amend' },
    },
  },
  {
    id: 'p10-cleaner',
    setting: 'couple',
    title: 'Laundry',
    topic: 'housework',
    people: ['Ben', 'Aisha'],
    turns: [
      [0, "I feel like I'm doing all the laundry and you don't notice."],
      [1, "I notice! I just don't have time in the week."],
      [
        0,
        'Could you do the laundry on weekends then? And we get a cleaner every fortnight, £60 each time, split.',
      ],
      [1, "Weekends laundry yes. The cleaner ok but only if it's £30 each, half each."],
      [0, 'yes half each, £30 each. from next month.'],
      [1, 'ok'],
    ],
    commitments: [
      { who: 1, details: ['laundry', 'weekend'] },
      { who: 'both', details: ['cleaner', '£30'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'add that Ben books the cleaner',
      expect: { kind: 'add', who: 0, details: ['book', 'cleaner'] },
    },
  },
];
