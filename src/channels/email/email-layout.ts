/**
 * The HTML every Meedi8 email shares: one narrow column in plain inline styles (mail clients
 * drop style sheets), a button with its link written out beneath it, and Meedi8's address at
 * the foot. Callers pass HTML they have escaped; the layout escapes what it is given as text.
 */
import type { MessageKey, MessageValues } from '../../i18n/catalogue-types.js';
import { type Locale, textDirection } from '../../i18n/locales.js';
import { translator } from '../../i18n/translate.js';
import { escapeHtml } from '../../text/escape-html.js';

/** An email's words in the recipient's language. */
export const emailT = translator('email');

const BOLD_START = '\u0002';
const BOLD_END = '\u0003';

/** A catalogue text as plain text: `<b>…</b>` marks dropped. */
export function emailText(
  locale: Locale,
  key: MessageKey<'email'>,
  values?: MessageValues,
): string {
  const b = (chunks: unknown[]) => chunks.join('');
  return emailT(locale, key, { ...values, b } as unknown as MessageValues);
}

/** A catalogue text as HTML: the words and every value escaped, `<b>…</b>` made strong. */
export function emailHtml(
  locale: Locale,
  key: MessageKey<'email'>,
  values?: MessageValues,
): string {
  const b = (chunks: unknown[]) => `${BOLD_START}${chunks.join('')}${BOLD_END}`;
  return escapeHtml(emailT(locale, key, { ...values, b } as unknown as MessageValues))
    .replaceAll(BOLD_START, '<strong>')
    .replaceAll(BOLD_END, '</strong>');
}

/** A paragraph of (already escaped) HTML; `style` adds to the paragraph's own. */
export function emailParagraph(html: string, style = ''): string {
  return `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;${style}">${html}</p>`;
}

/** The call to action, and the same link written out for mail clients that break buttons. */
export function emailButton(locale: Locale, url: string, label: string, note: string): string {
  const link = escapeHtml(url);
  return [
    `<p style="margin:24px 0;"><a href="${link}" style="display:inline-block;padding:12px 22px;border-radius:8px;background:#2f6f62;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;">${escapeHtml(label)}</a></p>`,
    emailParagraph(
      `${escapeHtml(note)} ${escapeHtml(emailT(locale, 'link_fallback'))}<br><a href="${link}" style="color:#2f6f62;word-break:break-all;">${link}</a>`,
    ),
  ].join('\n');
}

/** The whole document around the body's parts. */
export function emailDocument(
  locale: Locale,
  subject: string,
  parts: string[],
  publicUrl: string,
): string {
  const home = escapeHtml(publicUrl);
  return `<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f5f2;">
<div style="max-width:560px;margin:0 auto;padding:24px 20px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2933;">
${parts.join('\n')}
<p style="margin:24px 0 0;font-size:13px;color:#7b8794;">Meedi8 · <a href="${home}" style="color:#7b8794;">${home}</a></p>
</div>
</body>
</html>
`;
}
