/**
 * How an email leaves Meedi8, picked once from the configuration: an SMTP server when SMTP_URL is
 * set; in sandbox mode otherwise the local outbox, where nothing leaves the machine and the stored
 * row is the email (readable at /sandbox/outbox), so invites by email work on a fresh install;
 * with EMAIL_DISABLED=true nowhere: the email is refused, never counted as sent.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

/** One email as the transport sends it. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/** Where emails go; `send` resolves once the email is accepted and rejects with the reason if not. */
export interface EmailTransport {
  name: EmailDelivery;
  send(message: OutgoingEmail): Promise<void>;
}

/** How this configuration delivers email. */
export type EmailDelivery = 'smtp' | 'outbox' | 'disabled';

/** SMTP when set; else switched off, or (sandbox mode only) the local outbox. */
export function emailDeliveryOf(
  config: Pick<Config, 'smtpUrl' | 'emailDisabled' | 'mode'>,
): EmailDelivery {
  if (config.smtpUrl) return 'smtp';
  // Production without SMTP_URL refuses to start unless email is switched off (config-mode.ts);
  // the outbox, readable by anyone who can reach it, is never production's answer.
  if (config.emailDisabled || config.mode !== 'sandbox') return 'disabled';
  return 'outbox';
}

/** The code an `EmailDisabledError` carries, which `classifySendError` treats as final. */
export const EMAIL_DISABLED_CODE = 'EDISABLED';

/** A send refused because email is switched off; final, so the email is marked failed. */
export class EmailDisabledError extends Error {
  readonly code = EMAIL_DISABLED_CODE;
  constructor() {
    super('email is switched off (EMAIL_DISABLED=true); nothing was sent');
    this.name = 'EmailDisabledError';
  }
}

/** The transport the configuration asks for (see `emailDeliveryOf`). */
export function createEmailTransport(
  config: Pick<Config, 'smtpUrl' | 'emailFrom' | 'emailDisabled' | 'mode'>,
): EmailTransport {
  const delivery = emailDeliveryOf(config);
  if (delivery === 'outbox') return { name: 'outbox', send: async () => undefined };
  if (delivery === 'disabled') {
    return {
      name: 'disabled',
      send: async () => {
        throw new EmailDisabledError();
      },
    };
  }
  const transporter = nodemailer.createTransport(
    {
      url: config.smtpUrl!,
      // nodemailer waits minutes by default; a stuck server must not hold a job worker that long.
      // Values in SMTP_URL's query string still win, for a server that needs longer.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      // Every email has exactly one recipient and no attachments: refuse anything else outright.
      maxRecipients: 1,
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from: config.emailFrom },
  );
  return {
    name: 'smtp',
    async send(message) {
      await transporter.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
      });
    },
  };
}

const transports = new WeakMap<Config, EmailTransport>();

/** The transport for this process's configuration, created on first use and reused after. */
export function emailTransportFor(config: Config): EmailTransport {
  let transport = transports.get(config);
  if (!transport) {
    transport = createEmailTransport(config);
    transports.set(config, transport);
  }
  return transport;
}
