/**
 * The email that invites someone into a mediation. Plain, warm words: who invited them and about
 * what, what Meedi8 is and is not, the link and how long it works, and what to do if it was not
 * expected. The text version stands on its own; the HTML one has inline styles only (mail apps
 * drop style sheets) and every value from a person escaped.
 */

import type { Locale } from '../../i18n/locales.js';
import {
  emailButton,
  emailDocument,
  emailHtml,
  emailParagraph,
  emailText,
} from './email-layout.js';

/** What the invite says. */
export interface InviteEmailInput {
  recipientName?: string | null;
  inviterName: string;
  roomTitle: string;
  joinUrl: string;
  publicUrl: string;
  /** The language of the person invited. */
  locale: Locale;
}

/** An email's three parts, ready for `queueEmail`. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

// A long name would push the point of the subject out of view in an inbox.
const SUBJECT_NAME_LIMIT = 60;

/** Writes the invite email, in the language of the person it goes to. */
export function inviteEmail(input: InviteEmailInput): EmailContent {
  const { locale } = input;
  const inviter = oneLine(input.inviterName) || emailText(locale, 'invite.someone');
  const title = oneLine(input.roomTitle);
  const recipient = oneLine(input.recipientName ?? '');
  const joinUrl = httpUrl(input.joinUrl, 'joinUrl');
  const publicUrl = httpUrl(input.publicUrl, 'publicUrl');

  const subject = emailText(locale, 'invite.subject', {
    inviter: shorten(inviter, SUBJECT_NAME_LIMIT),
  });
  const greeting = { named: recipient ? 'yes' : 'no', name: recipient };
  const invited = { inviter, title, hasTitle: title ? 'yes' : 'no' };
  const text = [
    emailText(locale, 'greeting', greeting),
    emailText(locale, 'invite.invited', invited),
    emailText(locale, 'invite.what'),
    emailText(locale, 'invite.safety'),
    `${emailText(locale, 'invite.open_link')}\n${joinUrl}\n${emailText(locale, 'invite.link_note')}`,
    emailText(locale, 'invite.unexpected', { inviter }),
    `${emailText(locale, 'footer')}\n${publicUrl}`,
  ].join('\n\n');

  const html = emailDocument(
    locale,
    subject,
    [
      emailParagraph(emailHtml(locale, 'greeting', greeting)),
      emailParagraph(emailHtml(locale, 'invite.invited', invited)),
      emailParagraph(emailHtml(locale, 'invite.what')),
      emailParagraph(emailHtml(locale, 'invite.safety'), 'color:#52606d;'),
      emailButton(
        locale,
        joinUrl,
        emailText(locale, 'invite.button'),
        emailText(locale, 'invite.link_note'),
      ),
      emailParagraph(emailHtml(locale, 'invite.unexpected', { inviter }), 'color:#52606d;'),
    ],
    publicUrl,
  );
  return { subject, text, html };
}

/** Collapses line breaks and runs of spaces: names and titles are shown on one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function shorten(value: string, limit: number): string {
  return value.length <= limit ? value : `${value.slice(0, limit - 1).trimEnd()}…`;
}

// Links are built by Meedi8, but a wrong one (javascript:, a relative path) must fail loudly here
// rather than reach someone's inbox.
function httpUrl(value: string, name: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) URL`);
  }
  return value;
}
