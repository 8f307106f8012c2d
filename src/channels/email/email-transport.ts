/**
 * How an email leaves Meedi8, picked once from the configuration: an SMTP server when SMTP_URL is
 * set, otherwise the local outbox, where nothing leaves the machine and the stored row is the
 * email (readable at /sandbox/outbox), so invites by email work on a fresh install.
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
  name: 'smtp' | 'outbox';
  send(message: OutgoingEmail): Promise<void>;
}

/** The transport the configuration asks for (SMTP with `SMTP_URL`, else the local outbox). */
export function createEmailTransport(
  config: Pick<Config, 'smtpUrl' | 'emailFrom'>,
): EmailTransport {
  if (!config.smtpUrl) return { name: 'outbox', send: async () => undefined };
  const transporter = nodemailer.createTransport(
    {
      url: config.smtpUrl,
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
