/**
 * The email that invites someone into a mediation. Plain, warm words: who invited them and about
 * what, what Meedi8 is and is not, the link and how long it works, and what to do if it was not
 * expected. The text version stands on its own; the HTML one has inline styles only (mail apps
 * drop style sheets) and every value from a person escaped.
 */
import { escapeHtml } from '../../text/escape-html.js';

/** What the invite says. */
export interface InviteEmailInput {
  recipientName?: string | null;
  inviterName: string;
  roomTitle: string;
  joinUrl: string;
  publicUrl: string;
}

/** An email's three parts, ready for `queueEmail`. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

// A long name would push the point of the subject out of view in an inbox.
const SUBJECT_NAME_LIMIT = 60;

/** Writes the invite email. */
export function inviteEmail(input: InviteEmailInput): EmailContent {
  const inviter = oneLine(input.inviterName) || 'Someone';
  const title = oneLine(input.roomTitle);
  const recipient = oneLine(input.recipientName ?? '');
  const joinUrl = httpUrl(input.joinUrl, 'joinUrl');
  const publicUrl = httpUrl(input.publicUrl, 'publicUrl');

  const subject = `${shorten(inviter, SUBJECT_NAME_LIMIT)} invited you to talk things through on Meedi8`;
  const greeting = recipient ? `Hi ${recipient},` : 'Hello,';
  const about = title ? ` about “${title}”` : '';

  const paragraphs = {
    invited: `${inviter} has invited you to a conversation on Meedi8${about}.`,
    what: 'Meedi8 is an AI mediator. It helps two people take turns, feel heard and work out an agreement together. It is not a therapist or a lawyer.',
    safety:
      'It is not meant for situations where there is abuse, or where anyone is afraid for their safety. If that is the case, please contact a local support service instead, or the emergency number where you are if you are in danger.',
    link: 'The link works for 7 days. You do not need an account.',
    unexpected: `Not expecting this email? You can ignore it: nothing happens unless you open the link. If you are unsure it really came from ${inviter}, check with them another way before joining.`,
  };

  const text = [
    greeting,
    paragraphs.invited,
    paragraphs.what,
    paragraphs.safety,
    `To join, open this link:\n${joinUrl}\n${paragraphs.link}`,
    paragraphs.unexpected,
    `Meedi8\n${publicUrl}`,
  ].join('\n\n');

  const p = (content: string, style = '') =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;${style}">${content}</p>`;
  const link = escapeHtml(joinUrl);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f5f2;">
<div style="max-width:560px;margin:0 auto;padding:24px 20px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2933;">
${p(escapeHtml(greeting))}
${p(
  `<strong>${escapeHtml(inviter)}</strong> has invited you to a conversation on Meedi8${
    title ? ` about “<strong>${escapeHtml(title)}</strong>”` : ''
  }.`,
)}
${p(escapeHtml(paragraphs.what))}
${p(escapeHtml(paragraphs.safety), 'color:#52606d;')}
<p style="margin:24px 0;"><a href="${link}" style="display:inline-block;padding:12px 22px;border-radius:8px;background:#2f6f62;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;">Join the conversation</a></p>
${p(`${escapeHtml(paragraphs.link)} If the button does not work, copy this link into your browser:<br><a href="${link}" style="color:#2f6f62;word-break:break-all;">${link}</a>`)}
${p(escapeHtml(paragraphs.unexpected), 'color:#52606d;')}
<p style="margin:24px 0 0;font-size:13px;color:#7b8794;">Meedi8 · <a href="${escapeHtml(publicUrl)}" style="color:#7b8794;">${escapeHtml(publicUrl)}</a></p>
</div>
</body>
</html>
`;
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
