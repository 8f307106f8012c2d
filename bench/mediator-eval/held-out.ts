/**
 * The held-out conversations of `npm run eval:mediator`. Frozen before the mediator was tuned
 * (see FREEZE.md): never edit them to suit the mediator; add new ones to dev.ts instead.
 */

import type { EvalConversation } from './corpus-types.js';

/** Held-out scripted mediations; figures on these are the ones the check guards. */
export const HELD_OUT: EvalConversation[] = [
  {
    id: 'h01-kitchen',
    setting: 'housemates',
    title: 'Flat 3 cleaning',
    topic: 'kitchen and bins',
    people: ['Priya', 'Tom'],
    turns: [
      [
        0,
        "Honestly the kitchen is getting me down. I come home from a late shift and the sink is full of pans and I just can't face cooking.",
      ],
      [
        1,
        "Yeah fair, I've been slack. Work's been mad. I don't mind doing more, I just need to know what's expected.",
      ],
      [
        0,
        "Could you do the washing up every night before 10pm? Then I'll take the bins out on Wednesday nights.",
      ],
      [1, "10pm is fine. And I'll wipe the hob too while I'm at it."],
      [0, 'Perfect, that works for me.'],
      [
        1,
        "Also can we split the cleaning stuff? I'll pay £15 a month into the house kitty if you do the same.",
      ],
      [0, 'Yes, deal.'],
    ],
    commitments: [
      { who: 1, details: ['washing up', '10pm'] },
      { who: 0, details: ['bins', 'Wednesday'] },
      { who: 1, details: ['hob'] },
      { who: 'both', details: ['£15', 'month', 'kitty'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: "Can you change 10pm to 11pm? I'm often not back till then anyway.",
      expect: { kind: 'change', from: '10pm', to: '11pm' },
    },
  },
  {
    id: 'h02-fridays',
    setting: 'co-parents',
    title: 'Weekends with Mia',
    topic: null,
    people: ['Leah', 'Dan'],
    turns: [
      [
        0,
        "The last three Fridays you've been late picking Mia up and she sits by the window waiting. It breaks my heart a bit.",
      ],
      [1, "I know. The traffic out of the depot is awful on Fridays. I'm not doing it on purpose."],
      [0, 'I get that. What if you collected her on Saturday mornings instead, say 9am?'],
      [1, "Saturday at 9am works for me. I'll bring her back Sunday by 5pm."],
      [0, "Sunday 5pm is good. And could you text me if you're running more than 15 minutes late?"],
      [1, "Yes, I'll text you if I'm going to be more than 15 minutes late."],
      [0, "Thank you. That's all I wanted really."],
    ],
    commitments: [
      { who: 1, details: ['Saturday', '9am'] },
      { who: 1, details: ['Sunday', '5pm'] },
      { who: 1, details: ['text', '15 minutes'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: 'Please change Sunday 5pm to 6pm, she has swimming till half 5.',
      expect: { kind: 'change', from: '5pm', to: '6pm' },
    },
  },
  {
    id: 'h03-evenings',
    setting: 'couple',
    title: 'Sarah and John',
    topic: null,
    people: ['John', 'Sarah'],
    turns: [
      [
        0,
        "I feel like we never see each other properly. You're on your phone every evening and I end up watching telly on my own.",
      ],
      [
        1,
        "That's not totally fair, I'm answering work messages half the time. But I do miss our evenings too.",
      ],
      [0, 'Could we have one phone-free evening a week? Thursdays maybe?'],
      [1, 'Thursdays are my netball night. How about Wednesdays?'],
      [0, "Wednesdays then. I'll cook on Wednesdays."],
      [1, "Lovely. And I'll plan something for the first Saturday of each month, a proper date."],
      [0, "I'd love that. Yes."],
    ],
    commitments: [
      { who: 'both', details: ['phone-free', 'Wednesday'] },
      { who: 0, details: ['cook', 'Wednesday'] },
      { who: 1, details: ['first Saturday'] },
    ],
    excluded: ['Thursday'],
    change: {
      by: 0,
      note: "Take out the part about cooking, we'll just get a takeaway.",
      expect: { kind: 'remove', details: ['cook'] },
    },
  },
  {
    id: 'h04-curfew',
    setting: 'family',
    title: 'Coming home at night',
    topic: 'curfew',
    people: ['Karen', 'Josh'],
    turns: [
      [
        0,
        "Josh, I'm worried sick when you're out past midnight and not answering. I don't know if you're safe.",
      ],
      [
        1,
        "Mum I'm 17, everyone else stays out later. It's embarrassing when you ring me in front of people.",
      ],
      [
        0,
        "I don't want to embarrass you. Could you be home by 11:30 on school nights and 1am at weekends?",
      ],
      [1, 'Weekends at 1am I can live with. On school nights can we say midnight instead?'],
      [
        0,
        "Midnight on school nights, fine. And you'll text me when you're leaving wherever you are?",
      ],
      [
        1,
        "Yeah I'll text you when I leave. And you won't ring me unless I'm more than half an hour late.",
      ],
      [0, "Agreed, I won't ring you unless you're over half an hour late."],
    ],
    commitments: [
      { who: 1, details: ['1am', 'weekends'] },
      { who: 1, details: ['midnight', 'school nights'] },
      { who: 1, details: ['text', 'leave'] },
      { who: 0, details: ['ring', 'half an hour'] },
    ],
    excluded: ['11:30'],
    change: {
      by: 1,
      note: 'change midnight to 12:30',
      expect: { kind: 'change', from: 'midnight', to: '12:30' },
    },
  },
  {
    id: 'h05-guests',
    setting: 'housemates',
    title: 'Guests and noise',
    topic: null,
    people: ['Ola', 'Ben'],
    turns: [
      [
        0,
        "When your friends come round on weeknights it goes on till 2 and I've got early starts. I'm knackered.",
      ],
      [
        1,
        "I didn't realise it was that bad, sorry. I like having people over though, it's my home too.",
      ],
      [
        0,
        'Of course. Could we agree quiet after 11pm on weeknights? And guests staying over only at weekends?',
      ],
      [
        1,
        'Quiet after 11pm on weeknights is fine. Guests only at weekends, no, my girlfriend stays on Wednesdays.',
      ],
      [0, 'Ok, how about guests stay over on Wednesdays and at weekends then?'],
      [1, "That's fair. I'll message you by 4pm if someone's staying."],
      [0, "Great. I'll ask my mum to stop dropping round unannounced too, since that bugs you."],
      [1, 'Ha, thanks, that works.'],
    ],
    commitments: [
      { who: 'both', details: ['quiet', '11pm', 'weeknights'] },
      { who: 'both', details: ['guests', 'Wednesdays', 'weekends'] },
      { who: 1, details: ['4pm'] },
      { who: 0, details: ['mum', 'unannounced'] },
    ],
    excluded: ['only at weekends'],
    change: {
      by: 1,
      note: "Add that I'll do a big clean after any party.",
      expect: { kind: 'add', who: 1, details: ['clean', 'party'] },
    },
  },
  {
    id: 'h06-uniform',
    setting: 'co-parents',
    title: 'Money for the kids',
    topic: 'school costs',
    people: ['Chloe', 'Marcus'],
    turns: [
      [
        0,
        "The kids need new school shoes and uniform every September and I end up paying for all of it. It's over £200 each time.",
      ],
      [1, "I didn't know it was that much. I'd have helped if you'd asked."],
      [0, "I'm asking now. Would you pay half of the uniform costs, so £100 each September?"],
      [1, "Yes, I'll pay £100 by the 1st of September every year."],
      [0, 'Thank you. And could you also cover their school trips?'],
      [1, "Not all of them, I can't afford that. I'll pay half of each trip though."],
      [0, 'Half of each trip is fine.'],
    ],
    commitments: [
      { who: 1, details: ['£100', '1st of September'] },
      { who: 1, details: ['half', 'trip'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: 'Change the 1st of September to the 15th of August, the shops get busy.',
      expect: { kind: 'change', from: '1st of September', to: '15th of August' },
    },
  },
  {
    id: 'h07-sundays',
    setting: 'couple',
    title: 'Visiting family',
    topic: null,
    people: ['Ryan', 'Aisha'],
    turns: [
      [0, "Every Sunday we go to your parents' for lunch and I never get a weekend to myself."],
      [1, "They're my family, Ryan. My dad's not well. It matters to me that we go."],
      [0, "I know, and I'm not saying never. Could we go every other Sunday?"],
      [1, 'Every other Sunday, ok. But you come with a good attitude, no sulking on your phone.'],
      [0, "Fair. I'll leave my phone in the car."],
      [1, "Ha, ok. And I'll visit Dad on my own on the other Sundays."],
      [0, 'Sounds good to me.'],
    ],
    commitments: [
      { who: 'both', details: ['every other Sunday'] },
      { who: 0, details: ['phone', 'car'] },
      { who: 1, details: ['Dad', 'other Sundays'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: "I'm not happy with the bit about the phone, it sounds petty written down. Can we leave it out?",
      expect: { kind: 'remove', details: ['phone'] },
    },
  },
  {
    id: 'h08-mum',
    setting: 'family',
    title: 'Looking after Mum',
    topic: null,
    people: ['Nina', 'Greg'],
    turns: [
      [
        0,
        'I do everything for Mum. Shopping, appointments, her pills. You live twenty minutes away and come once a month.',
      ],
      [1, "I work shifts, Nina. But you're right that it's mostly landed on you."],
      [0, "Could you take her to her hospital appointments? They're usually on Tuesdays."],
      [1, 'I can do the hospital appointments if I get them a week ahead.'],
      [0, "I'll put them on the shared calendar as soon as they come through."],
      [1, "Great, then yes. I'll also do her big shop every Saturday morning."],
      [0, 'That would be a huge help, thank you.'],
    ],
    commitments: [
      { who: 1, details: ['hospital'] },
      { who: 0, details: ['calendar'] },
      { who: 1, details: ['shop', 'Saturday'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'Can we make the shop Sunday morning instead of Saturday?',
      expect: { kind: 'change', from: 'Saturday', to: 'Sunday' },
    },
  },
  {
    id: 'h09-rent',
    setting: 'housemates',
    title: 'Rent and bills',
    topic: null,
    people: ['Kwame', 'Jess'],
    turns: [
      [
        0,
        'The rent keeps going in late because your half lands in the account on the 3rd and the landlord takes it on the 1st.',
      ],
      [1, "I get paid on the 28th so I can't really do much about that."],
      [0, 'Could you transfer your half on the 28th then, the day you get paid?'],
      [1, "Yeah I can do that. I'll set up a standing order for the 28th."],
      [0, "Brilliant. I'll sort the energy bill and send you the split by the 5th of each month."],
      [1, "In two weeks is fine for the first one, I'm away till then. After that the 5th works."],
      [0, 'No problem.'],
    ],
    commitments: [
      { who: 1, details: ['28th'] },
      { who: 0, details: ['energy', '5th'] },
    ],
    excluded: [],
    change: {
      by: 0,
      note: "I'd like something in there about what happens if one of us loses our job.",
      expect: { kind: 'amend' },
    },
  },
  {
    id: 'h10-christmas',
    setting: 'co-parents',
    title: 'Christmas',
    topic: 'who has the boys over Christmas',
    people: ['Emma', 'Liam'],
    turns: [
      [
        0,
        'Last Christmas was a mess. Nobody knew where the boys were going and they were in the car half the day.',
      ],
      [1, 'I thought we had sorted it, then your sister changed the plan on the day.'],
      [
        0,
        "Let's not go back over it. How about the boys are with me Christmas Eve and Christmas morning, and with you from 2pm on Christmas Day?",
      ],
      [1, "I'd want Boxing Day too then."],
      [0, 'Yes, Boxing Day with you is fine.'],
      [1, "Ok. I'll pick them up from yours at 2pm and drop them back on the 27th at 10am."],
      [0, 'Perfect.'],
    ],
    commitments: [
      { who: 'both', details: ['Christmas Eve', '2pm'] },
      { who: 'both', details: ['Boxing Day'] },
      { who: 1, details: ['2pm', '27th', '10am'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: 'change 10am to midday on the 27th',
      expect: { kind: 'change', from: '10am', to: 'midday' },
    },
  },
  {
    id: 'h11-laundry',
    setting: 'couple',
    title: 'Housework',
    topic: null,
    people: ['Mel', 'Chris'],
    turns: [
      [
        0,
        "I'm exhausted. I work full time too and I'm still doing all the laundry and the cooking.",
      ],
      [1, "I do the garden and the car, that's not nothing."],
      [0, "It's not nothing, but it's once a fortnight. The laundry is every day."],
      [1, "Ok. I'll do all the laundry from now on, washing and folding."],
      [0, 'Really? Ok, thank you. Could you cook on Mondays and Thursdays as well?'],
      [1, "Mondays yes, Thursdays I'm at football. I'll do Tuesdays instead."],
      [0, 'Mondays and Tuesdays works.'],
    ],
    commitments: [
      { who: 1, details: ['laundry'] },
      { who: 1, details: ['cook', 'Mondays', 'Tuesdays'] },
    ],
    excluded: ['Thursday'],
    change: {
      by: 1,
      note: "Take out 'from now on', it sounds like a punishment.",
      expect: { kind: 'change', from: 'from now on', to: '' },
    },
  },
  {
    id: 'h12-moving-back',
    setting: 'family',
    title: 'Living at home again',
    topic: null,
    people: ['Ruth', 'Grace'],
    turns: [
      [
        0,
        "Since I moved back home it feels like I'm fifteen again. You ask where I'm going every time I leave the house.",
      ],
      [1, "I just like to know you're safe. And you don't help much around the house."],
      [0, "I'll do my share. I'll pay £250 a month towards food and bills from October."],
      [1, "That's more than fair. Could you also do the hoovering at the weekend?"],
      [0, "Yes. And could you stop asking where I'm going? I'll tell you if I'm out overnight."],
      [1, "Alright, I'll try not to ask. Deal."],
    ],
    commitments: [
      { who: 0, details: ['£250', 'October'] },
      { who: 0, details: ['hoovering', 'weekend'] },
      { who: 1, details: ['ask'] },
      { who: 0, details: ['overnight'] },
    ],
    excluded: [],
    change: {
      by: 1,
      note: "Change £250 to £200, I don't want to take too much off her.",
      expect: { kind: 'change', from: '£250', to: '£200' },
    },
  },
];
