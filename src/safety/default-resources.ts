import type { SafetyResourceDirectory } from './screen-types.js';

const ABUSE = ['violence', 'fear', 'coercive_control'] as const;
const SELF_HARM = ['self_harm'] as const;

/**
 * Built-in helplines by ISO country code, used when no resources file is configured.
 * Check numbers against the services' own sites when editing; a wrong number here fails someone at risk.
 */
export const DEFAULT_SAFETY_RESOURCES: SafetyResourceDirectory = {
  GB: [
    {
      name: 'Emergency services',
      phone: '999',
      description:
        "For immediate danger. If you can't speak, call 999 from a mobile and press 55 when asked.",
      url: null,
      emergency: true,
    },
    {
      name: 'National Domestic Abuse Helpline (Refuge)',
      phone: '0808 2000 247',
      description: 'Free, confidential, 24 hours a day, for anyone experiencing domestic abuse.',
      url: 'https://www.nationaldahelpline.org.uk',
      categories: [...ABUSE],
    },
    {
      name: "Men's Advice Line",
      phone: '0808 8010 327',
      description: 'Free, confidential support for men experiencing domestic abuse.',
      url: 'https://mensadviceline.org.uk',
      categories: [...ABUSE],
    },
    {
      name: 'Samaritans',
      phone: '116 123',
      description: 'Free, 24 hours a day, to talk about anything, including thoughts of suicide.',
      url: 'https://www.samaritans.org',
      categories: [...SELF_HARM],
    },
    {
      name: 'Shout',
      phone: null,
      description:
        'Text SHOUT to 85258 for free, confidential crisis support by text, 24 hours a day.',
      url: 'https://giveusashout.org',
      categories: [...SELF_HARM],
    },
  ],
  US: [
    {
      name: 'Emergency services',
      phone: '911',
      description: 'For immediate danger.',
      url: null,
      emergency: true,
    },
    {
      name: 'National Domestic Violence Hotline',
      phone: '1-800-799-7233',
      description:
        'Free, confidential, 24/7 support for anyone experiencing abuse. You can also text START to 88788.',
      url: 'https://www.thehotline.org',
      categories: [...ABUSE],
    },
    {
      name: '988 Suicide & Crisis Lifeline',
      phone: '988',
      description: 'Call or text 988, 24/7, if you are struggling or thinking about suicide.',
      url: 'https://988lifeline.org',
      categories: [...SELF_HARM],
    },
  ],
  IE: [
    {
      name: 'Emergency services',
      phone: '112 or 999',
      description: 'For immediate danger.',
      url: null,
      emergency: true,
    },
    {
      name: "Women's Aid 24hr National Freephone Helpline",
      phone: '1800 341 900',
      description: 'Free, confidential, 24 hours a day, for anyone experiencing domestic abuse.',
      url: 'https://www.womensaid.ie',
      categories: [...ABUSE],
    },
    {
      name: 'Samaritans',
      phone: '116 123',
      description: 'Free, 24 hours a day, to talk about anything, including thoughts of suicide.',
      url: 'https://www.samaritans.org',
      categories: [...SELF_HARM],
    },
  ],
  AU: [
    {
      name: 'Emergency services',
      phone: '000',
      description: 'For immediate danger.',
      url: null,
      emergency: true,
    },
    {
      name: '1800RESPECT',
      phone: '1800 737 732',
      description:
        'Free, confidential, 24/7 support for anyone affected by domestic, family or sexual violence.',
      url: 'https://www.1800respect.org.au',
      categories: [...ABUSE],
    },
    {
      name: 'Lifeline',
      phone: '13 11 14',
      description: '24/7 crisis support and suicide prevention.',
      url: 'https://www.lifeline.org.au',
      categories: [...SELF_HARM],
    },
  ],
  default: [
    {
      name: 'Emergency services',
      phone: null,
      description:
        'For immediate danger, call your local emergency number (112 in the EU and many other countries).',
      url: null,
      emergency: true,
    },
    {
      name: 'Find A Helpline',
      phone: null,
      description:
        'Free, confidential helplines in your country, including support for abuse and thoughts of suicide.',
      url: 'https://findahelpline.com',
    },
  ],
};
