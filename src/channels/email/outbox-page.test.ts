import { describe, expect, it } from 'vitest';
import { renderOutboxPage } from './outbox-page.js';
import type { OutboxEmail } from './read-outbox.js';

const email = (overrides: Partial<OutboxEmail> = {}): OutboxEmail => ({
  id: '6f1c2a52-1f0e-4f43-9d57-2a7f3f3b8b61',
  to: 'john@example.com',
  subject: 'Sarah invited you to talk things through on Meedi8',
  text: 'Hello,\n\nJoin here: https://meedi8.test/join/abc.\n',
  html: '<p>Hello <a href="https://meedi8.test/join/abc">join</a></p>',
  status: 'sent',
  created_at: '2025-03-01T10:20:30.000Z',
  sent_at: '2025-03-01T10:20:31.000Z',
  ...overrides,
});

describe('renderOutboxPage', () => {
  it('lists each email with its recipient, subject, time, status and clickable text', () => {
    const page = renderOutboxPage([email()]);
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain('To: john@example.com');
    expect(page).toContain('Sarah invited you to talk things through on Meedi8');
    expect(page).toContain('2025-03-01 10:20 UTC');
    expect(page).toContain('status-sent');
    expect(page).toContain('<a href="https://meedi8.test/join/abc" target="_blank"');
    expect(page).not.toContain('<script');
  });

  it('shows the HTML version only inside a sandboxed iframe, escaped into srcdoc', () => {
    const page = renderOutboxPage([email()]);
    expect(page).toMatch(/<details><summary>View HTML<\/summary><iframe sandbox="[^"]*"/);
    expect(page).not.toContain('allow-scripts');
    expect(page).not.toContain('allow-same-origin');
    expect(page).toContain('srcdoc="&lt;base target=&quot;_blank&quot;&gt;&lt;p&gt;Hello');
    expect(renderOutboxPage([email({ html: null })])).not.toContain('<iframe');
  });

  it('escapes everything people wrote', () => {
    const attack = '<script>alert(1)</script>';
    const page = renderOutboxPage([
      email({
        subject: `${attack} invited you`,
        text: `${attack}\nhttps://x.test/"><script>alert(2)</script>`,
        html: `</iframe>${attack}"`,
        to: 'a"b@example.com',
      }),
    ]);
    expect(page).not.toContain('<script');
    expect(page).not.toContain('</iframe>&');
    expect(page.match(/<\/iframe>/g)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; invited you');
  });

  it('says so when there is nothing yet', () => {
    expect(renderOutboxPage([])).toContain('No emails yet');
  });
});
