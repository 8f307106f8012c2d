/**
 * The outbox viewer's page: one self-contained HTML document with no script at all (the "view
 * HTML" toggle is a <details> element), readable on a phone. Every value is escaped; an email's
 * HTML is shown only inside a sandboxed iframe, where it cannot run script or touch this page.
 */
import { escapeHtml, linkifyText } from '../../text/escape-html.js';
import type { OutboxEmail } from './read-outbox.js';

/** Headers the page is served with: no caching or indexing of invite links, nothing to run. */
export const OUTBOX_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // Applies to the iframes' srcdoc documents too: they inherit the page's policy.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f6f5f2;color:#1f2933;font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:760px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:8px 0}
.intro{color:#52606d;margin:0 0 16px}
a{color:#2f6f62}
article{background:#fff;border:1px solid #e4e7eb;border-radius:10px;padding:14px 16px;margin:0 0 14px}
h2{font-size:1.05rem;margin:6px 0 2px;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:.85rem;color:#52606d}
.to{margin:0 0 8px;font-size:.9rem;color:#52606d;overflow-wrap:anywhere}
.status{padding:1px 8px;border-radius:999px;font-weight:600;font-size:.8rem}
.status-sent{background:#e3f4ee;color:#1f5e4f}
.status-queued{background:#fdf3dc;color:#7a5b12}
.status-failed{background:#fde4e4;color:#8a1f1f}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;margin:0;padding:10px 12px;background:#fafafa;border-radius:8px}
summary{cursor:pointer;margin-top:10px;color:#2f6f62;font-weight:600}
iframe{display:block;width:100%;height:520px;margin-top:8px;border:1px solid #e4e7eb;border-radius:8px;background:#fff}
.empty{color:#52606d;background:#fff;border:1px dashed #cbd2d9;border-radius:10px;padding:24px;text-align:center}
`;

/** Renders the outbox page for `emails` (newest first). */
export function renderOutboxPage(emails: OutboxEmail[]): string {
  const list =
    emails.length === 0
      ? '<p class="empty">No emails yet. Invite someone by email and the invite appears here.</p>'
      : emails.map(renderEmail).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meedi8 outbox</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Meedi8 outbox</h1>
<p class="intro">No SMTP server is set (SMTP_URL), so emails stay on this machine and are shown here instead: the latest ${emails.length === 1 ? 'one' : emails.length}, newest first. <a href="outbox">Refresh</a> · <a href="outbox.json">JSON</a></p>
${list}
</main>
</body>
</html>
`;
}

function renderEmail(email: OutboxEmail): string {
  const created = new Date(email.created_at);
  const html =
    email.html === null
      ? ''
      : // Links in the HTML open in a new tab (allow-popups) without this page's origin or script.
        `<details><summary>View HTML</summary><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" loading="lazy" title="HTML version of the email" srcdoc="${escapeHtml(
          `<base target="_blank">${email.html}`,
        )}"></iframe></details>`;
  return `<article id="email-${escapeHtml(email.id)}">
<div class="meta"><span class="status status-${escapeHtml(email.status)}">${escapeHtml(email.status)}</span><time datetime="${escapeHtml(email.created_at)}">${escapeHtml(readableTime(created))}</time></div>
<h2>${escapeHtml(email.subject)}</h2>
<p class="to">To: ${escapeHtml(email.to)}</p>
<pre class="text">${linkifyText(email.text)}</pre>
${html}
</article>`;
}

// The server does not know the reader's time zone, so times are in UTC and say so.
function readableTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
