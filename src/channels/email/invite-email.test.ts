import { describe, expect, it } from 'vitest';
import { inviteEmail } from './invite-email.js';

const base = {
  inviterName: 'Sarah',
  roomTitle: 'Chores',
  joinUrl: 'https://meedi8.example/join/abc123',
  publicUrl: 'https://meedi8.example',
  locale: 'en-GB' as const,
};

describe('inviteEmail', () => {
  it('says who invited them, about what, what Meedi8 is, and how to join', () => {
    const email = inviteEmail({ ...base, recipientName: 'John' });
    expect(email.subject).toBe('Sarah invited you to talk things through on Meedi8');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('John');
      expect(body).toContain('Sarah');
      expect(body).toContain('Chores');
      expect(body).toContain('AI mediator');
      expect(body).toContain('not a therapist or a lawyer');
      expect(body).toContain('abuse');
      expect(body).toContain('7 days');
      expect(body).toContain('do not need an account');
      expect(body).toContain('Not expecting this email?');
      expect(body).toContain(base.joinUrl);
    }
    expect(email.html).toContain(`href="${base.joinUrl}"`);
  });

  it('greets without a name when there is none', () => {
    expect(inviteEmail({ ...base, recipientName: null }).text.startsWith('Hello,')).toBe(true);
    expect(inviteEmail({ ...base, recipientName: '  ' }).text.startsWith('Hello,')).toBe(true);
    expect(inviteEmail(base).text.startsWith('Hello,')).toBe(true);
  });

  it('never lets a name, title or link write HTML', () => {
    const attack = '<script>alert(1)</script>';
    const email = inviteEmail({
      recipientName: attack,
      inviterName: `${attack}<img src=x onerror=alert(2)>`,
      roomTitle: `"><iframe src=//evil.test>${attack}`,
      joinUrl: 'https://meedi8.example/join/abc"onclick="alert(3)',
      publicUrl: base.publicUrl,
      locale: base.locale,
    });
    expect(email.html).not.toContain('<script');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<iframe');
    expect(email.html).not.toContain('"onclick=');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The text version is plain text: the name appears as written.
    expect(email.text).toContain(attack);
  });

  it('keeps the subject on one line and of a readable length', () => {
    const email = inviteEmail({
      ...base,
      inviterName: `Sam\r\nBcc: x@example.com ${'a'.repeat(80)}`,
    });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject.length).toBeLessThan(110);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => inviteEmail({ ...base, joinUrl: 'javascript:alert(1)' })).toThrow(/http/);
  });

  it('has a text version complete on its own', () => {
    const { text } = inviteEmail(base);
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text.split(base.joinUrl)).toHaveLength(2);
  });
});

describe('inviteEmail in the invited person’s language', () => {
  it('writes the whole email in Spanish, names escaped and in bold', () => {
    const email = inviteEmail({
      ...base,
      locale: 'es',
      recipientName: 'Juan',
      inviterName: 'Ana <b>',
    });
    expect(email.subject).toBe('Ana <b> te ha invitado a hablar las cosas en Meedi8');
    expect(email.text).toContain('Hola, Juan:');
    expect(email.text).toContain(
      'Ana <b> te ha invitado a una conversación en Meedi8 sobre «Chores».',
    );
    expect(email.html).toContain('<strong>Ana &lt;b&gt;</strong> te ha invitado');
    expect(email.html).toContain('Unirme a la conversación');
    expect(email.html).toContain('<html lang="es" dir="ltr">');
  });

  it('lays an Arabic email out right to left', () => {
    const email = inviteEmail({ ...base, locale: 'ar' });
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.text).toContain('انضم');
  });
});
