import { describe, expect, it } from 'vitest';
import { classifySendError } from './classify-send-error.js';

function mailError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? 'failed')), fields);
}

describe('classifySendError', () => {
  it('fails for good on a 5xx reply such as an unknown recipient', () => {
    const verdict = classifySendError(
      mailError({
        code: 'EENVELOPE',
        responseCode: 550,
        permanent: true,
        message: "Can't send mail - all recipients were rejected: 550 5.1.1 No such user",
      }),
    );
    expect(verdict.permanent).toBe(true);
    expect(verdict.summary).toBe('EENVELOPE 550');
    expect(verdict.detail).toContain('No such user');
  });

  it('retries 4xx replies (mailbox busy, greylisting) and 503', () => {
    expect(classifySendError(mailError({ code: 'EENVELOPE', responseCode: 451 })).permanent).toBe(
      false,
    );
    expect(classifySendError(mailError({ code: 'EMESSAGE', responseCode: 421 })).permanent).toBe(
      false,
    );
    expect(classifySendError(mailError({ code: 'EPROTOCOL', responseCode: 503 })).permanent).toBe(
      false,
    );
  });

  it('follows nodemailer’s own verdict when it gives one', () => {
    expect(
      classifySendError(mailError({ code: 'EMESSAGE', responseCode: 554, permanent: false }))
        .permanent,
    ).toBe(false);
  });

  it('retries lost connections, timeouts and unknown errors', () => {
    for (const code of ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', undefined]) {
      expect(classifySendError(mailError({ code })).permanent).toBe(false);
    }
    expect(classifySendError('something odd').permanent).toBe(false);
  });

  it('retries account and server setup problems, even with a 5xx reply', () => {
    const verdict = classifySendError(
      mailError({ code: 'EAUTH', responseCode: 535, permanent: true }),
    );
    expect(verdict.permanent).toBe(false);
  });

  it('fails for good on an email refused before sending', () => {
    expect(classifySendError(mailError({ code: 'EENVELOPE' })).permanent).toBe(true);
    expect(classifySendError(mailError({ code: 'EMAXRECIPIENTS' })).permanent).toBe(true);
  });

  it('keeps the summary free of the server’s words, which may quote the address', () => {
    const verdict = classifySendError(
      mailError({ code: 'EENVELOPE', responseCode: 550, message: '550 <sam@example.com> unknown' }),
    );
    expect(verdict.summary).not.toContain('sam@example.com');
  });
});
