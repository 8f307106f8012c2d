/**
 * Deciding what a failed send means. The SMTP reply class is the server's own verdict: 5xx
 * (unknown recipient, mailbox disabled) will be refused again, so the email fails for good;
 * 4xx (mailbox full, greylisting, rate limits) and lost connections may pass on a later try.
 */

/** What to do about a failed send, and a short account of it to store with the email. */
export interface SendErrorVerdict {
  permanent: boolean;
  /** Stored on the email row for whoever looks into it; never logged (it may quote the address). */
  detail: string;
  /** Code and SMTP reply code only, safe for logs and job errors. */
  summary: string;
}

interface MailErrorFields {
  code?: unknown;
  responseCode?: unknown;
  permanent?: unknown;
  response?: unknown;
  message?: unknown;
}

// Failures that come from the sending account or server setup, not from this email: an operator
// can fix them while the retries run, and failing the email for good would lose it.
const SETUP_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ECONFIG', 'ETLS', 'EREQUIRETLS']);
// Refused before anything was sent because the email itself is malformed; retrying cannot help.
// EDISABLED: email switched off on this Meedi8 (EMAIL_DISABLED=true); no retry will send it.
const MALFORMED_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'EDISABLED']);
const MAX_DETAIL_LENGTH = 500;

/** Classifies an error thrown by an email transport. */
export function classifySendError(error: unknown): SendErrorVerdict {
  const fields: MailErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = typeof fields.code === 'string' ? fields.code : null;
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : null;
  const summary = [code ?? 'error', responseCode].filter((part) => part !== null).join(' ');
  const message =
    typeof fields.message === 'string' && fields.message ? fields.message : String(error);
  const detail = `${summary}: ${message}`.slice(0, MAX_DETAIL_LENGTH);

  let permanent: boolean;
  if (code !== null && SETUP_CODES.has(code)) permanent = false;
  else if (responseCode !== null) {
    // nodemailer marks the reply class itself (503, a bad command sequence, is not final).
    permanent =
      typeof fields.permanent === 'boolean'
        ? fields.permanent
        : responseCode >= 500 && responseCode < 600 && responseCode !== 503;
  } else permanent = code !== null && MALFORMED_CODES.has(code);
  return { permanent, detail, summary };
}
