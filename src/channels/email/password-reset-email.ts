/**
 * The email with a password reset link: what it is for, the link and how long it works, and
 * what to do when the person did not ask for it. The text version stands on its own; the HTML
 * one has inline styles only (mail apps drop style sheets), with every value escaped.
 */

import type { Locale } from '../../i18n/locales.js';
import {
  emailButton,
  emailDocument,
  emailHtml,
  emailParagraph,
  emailText,
} from './email-layout.js';
import type { EmailContent } from './invite-email.js';

/** What the reset email says. */
export interface PasswordResetEmailInput {
  name: string;
  resetUrl: string;
  publicUrl: string;
  /** Why it came by email although the person asked with their WhatsApp number, if they did. */
  askedByPhone?: boolean;
  /** The account holder's language. */
  locale: Locale;
}

/** Writes the password reset email, in the account holder's language. */
export function passwordResetEmail(input: PasswordResetEmailInput): EmailContent {
  const { locale } = input;
  const name = input.name.replace(/\s+/g, ' ').trim();
  const greeting = { named: name ? 'yes' : 'no', name };
  const asked = input.askedByPhone ? 'reset.asked_by_phone' : 'reset.asked';
  const subject = emailText(locale, 'reset.subject');
  const text = [
    emailText(locale, 'greeting', greeting),
    emailText(locale, asked),
    `${emailText(locale, 'reset.open_link')}\n${input.resetUrl}\n${emailText(locale, 'reset.link_note')}`,
    emailText(locale, 'reset.unexpected'),
    `${emailText(locale, 'footer')}\n${input.publicUrl}`,
  ].join('\n\n');

  const html = emailDocument(
    locale,
    subject,
    [
      emailParagraph(emailHtml(locale, 'greeting', greeting)),
      emailParagraph(emailHtml(locale, asked)),
      emailButton(
        locale,
        input.resetUrl,
        emailText(locale, 'reset.button'),
        emailText(locale, 'reset.link_note'),
      ),
      emailParagraph(emailHtml(locale, 'reset.unexpected'), 'color:#52606d;'),
    ],
    input.publicUrl,
  );
  return { subject, text, html };
}
