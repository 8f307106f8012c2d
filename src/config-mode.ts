/**
 * MEEDI8_MODE: sandbox (a laptop: the WhatsApp emulator, simulated phones, the email outbox) or
 * production (real WhatsApp and email, nothing simulated). Production refuses to start without
 * what it needs, one line per missing thing, rather than quietly falling back to the sandbox.
 */
export type Mode = 'sandbox' | 'production';

/** The parts of the configuration the mode rules look at. */
export interface ModeFacts {
  mode: Mode;
  publicUrl: string;
  graphUrl: string;
  smtpUrl: string | null;
  emailDisabled: boolean;
  /** True when the environment sets this variable (a default does not count). */
  isSet(name: string): boolean;
}

const PRODUCTION_NEEDS: Array<[name: string, why: string]> = [
  ['WHATSAPP_ACCESS_TOKEN', 'a system user access token (Meta Business settings → System users)'],
  ['WHATSAPP_PHONE_NUMBER_ID', 'the business number’s id (Meta App → WhatsApp → API setup)'],
  [
    'WHATSAPP_BUSINESS_ACCOUNT_ID',
    'the WhatsApp Business Account id (Meta App → WhatsApp → API setup)',
  ],
  [
    'WHATSAPP_APP_SECRET',
    'the app secret, to check webhook signatures (Meta App → Settings → Basic)',
  ],
  ['WHATSAPP_VERIFY_TOKEN', 'the token you type into Meta’s webhook settings'],
  ['DATABASE_URL', 'a PostgreSQL server (postgres://…); the embedded database is for the sandbox'],
];

/** Meta's own Graph API hosts; the sandbox never talks to them with a real token. */
function isMetaGraph(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'facebook.com' || host.endsWith('.facebook.com');
}

/** Adds one problem line per thing the chosen mode is missing or contradicts. */
export function checkModeRequirements(facts: ModeFacts, problems: string[]): void {
  if (facts.mode === 'sandbox') {
    if (facts.isSet('WHATSAPP_ACCESS_TOKEN') && isMetaGraph(facts.graphUrl)) {
      problems.push(
        'WHATSAPP_ACCESS_TOKEN is set but MEEDI8_MODE is sandbox: a real token is for production. Set MEEDI8_MODE=production (see README), or unset the token to use the built-in emulator.',
      );
    }
    return;
  }
  for (const [name, why] of PRODUCTION_NEEDS) {
    if (!facts.isSet(name)) problems.push(`MEEDI8_MODE=production needs ${name}: ${why}.`);
  }
  if (!facts.isSet('PUBLIC_URL') || !facts.publicUrl.startsWith('https://')) {
    problems.push(
      'MEEDI8_MODE=production needs PUBLIC_URL, the https:// address people reach Meedi8 at (links in messages, secure cookies).',
    );
  }
  if (!facts.smtpUrl && !facts.emailDisabled) {
    problems.push(
      'MEEDI8_MODE=production needs SMTP_URL to send email, or EMAIL_DISABLED=true to run without email (invites by WhatsApp or link only).',
    );
  }
}
