/**
 * The four templates the setup guide (Part 1, step 9) has the business owner make by hand in
 * WhatsApp Manager, word for word: an account an operator set up by the guide holds these, not
 * Meedi8's own. WhatsApp Manager makes a dynamic button URL of the site address followed by
 * {{1}}; the guide's "URL: {{3}}" / "URL: {{2}}" is that variable, filled with the link.
 */
import type { TemplateSeed } from './state.js';

const FOOTER = 'Meedi8 - AI-Powered Mediation';

/** The guide's hand-made templates, with the button on `publicUrl` (e.g. https://meedi8.com). */
export function guideTemplates(publicUrl: string): TemplateSeed[] {
  const site = publicUrl.replace(/\/+$/, '');
  const button = (text: string, example: string) => ({
    type: 'BUTTONS',
    buttons: [{ type: 'URL', text, url: `${site}/{{1}}`, example: [`${site}/${example}`] }],
  });
  const join = 'join/q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE';
  const room = 'rooms/3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90';
  return [
    {
      name: 'mediation_invite',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text:
            'Hi {{1}}! {{2}} invited you to work through something together on Meedi8.\n\n' +
            'Meedi8 is an AI mediator that helps people understand each other better.\n\n' +
            'Join here: {{3}}\n\n' +
            'This is a private, safe space for both of you.',
          example: { body_text: [['John', 'Sarah', `${site}/${join}`]] },
        },
        { type: 'FOOTER', text: FOOTER },
        button('Join Mediation', join),
      ],
    },
    {
      name: 'turn_notification',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text:
            "{{1}} responded in your mediation. It's your turn to share your thoughts.\n\n" +
            'Continue here: {{2}}',
          example: { body_text: [['Sarah', `${site}/${room}`]] },
        },
        button('Continue', room),
      ],
    },
    {
      name: 'agreement_reached',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text:
            "✅ Great news! You've reached an agreement in your mediation.\n\n" +
            '{{1}}\n\n' +
            'View full details and download your agreement:\n' +
            '{{2}}',
          example: {
            body_text: [['Every other weekend, Friday to Sunday.', `${site}/${room}`]],
          },
        },
        button('View Agreement', room),
      ],
    },
    {
      name: 'break_requested',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text:
            '{{1}} requested a break in your mediation. Take the time you need.\n\n' +
            'Continue when ready: {{2}}',
          example: { body_text: [['Sarah', `${site}/${room}`]] },
        },
      ],
    },
  ];
}
