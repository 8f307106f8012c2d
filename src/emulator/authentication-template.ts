/**
 * AUTHENTICATION templates as Meta takes them: no text of the business's own (Meta writes the
 * body, the optional security line and the expiry footer), one OTP button, no links or emoji.
 * Once created, Meta lists the copy-code button as a URL button whose {{1}} is the code, and a
 * send fills the code into the body's {{1}} and that button, exactly like a URL template.
 */
import { GraphError } from './graph-errors.js';
import type { TemplateComponent } from './template-store.js';

function rejected(userMessage: string): GraphError {
  return new GraphError(400, 100, {
    message: 'Invalid parameter',
    userTitle: 'Invalid authentication template',
    userMessage,
  });
}

const OTP_TYPES = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'];

/** Meta's preset wording in a template language: the code line, the security line, the expiry. */
interface Preset {
  code: string;
  security: string;
  expires: (minutes: number) => string;
}

const PRESETS: Record<string, Preset> = {
  en: {
    code: '*{{1}}* is your verification code.',
    security: 'For your security, do not share this code.',
    expires: (m) => `This code expires in ${m} minutes.`,
  },
  es: {
    code: '*{{1}}* es tu código de verificación.',
    security: 'Por tu seguridad, no lo compartas.',
    expires: (m) => `Este código caduca en ${m} minutos.`,
  },
  pt: {
    code: '*{{1}}* é seu código de verificação.',
    security: 'Para sua segurança, não o compartilhe.',
    expires: (m) => `Este código expira em ${m} minutos.`,
  },
  fr: {
    code: '*{{1}}* est votre code de vérification.',
    security: 'Pour votre sécurité, ne le partagez pas.',
    expires: (m) => `Ce code expire dans ${m} minutes.`,
  },
  de: {
    code: '*{{1}}* ist dein Bestätigungscode.',
    security: 'Gib diesen Code zu deiner Sicherheit nicht weiter.',
    expires: (m) => `Dieser Code läuft in ${m} Minuten ab.`,
  },
  hi: {
    code: '*{{1}}* आपका सत्यापन कोड है।',
    security: 'अपनी सुरक्षा के लिए, यह कोड किसी के साथ साझा न करें।',
    expires: (m) => `यह कोड ${m} मिनट में समाप्त हो जाएगा।`,
  },
  ar: {
    code: '*{{1}}* هو رمز التحقق الخاص بك.',
    security: 'حفاظًا على أمانك، لا تشارك هذا الرمز مع أحد.',
    expires: (m) => `تنتهي صلاحية هذا الرمز خلال ${m} دقائق.`,
  },
};

/** Meta writes the preset in the template's language (`pt_BR` reads the Portuguese one). */
function presetFor(language: string): Preset {
  return PRESETS[language.split('_')[0] ?? ''] ?? PRESETS.en!;
}

/** Checks an authentication submission and returns its components as Meta stores them. */
export function authenticationComponents(
  components: TemplateComponent[],
  language = 'en_GB',
): TemplateComponent[] {
  const preset = presetFor(language);
  const raw = components as (TemplateComponent & Record<string, unknown>)[];
  const body = raw.find((c) => c.type === 'BODY');
  if (!body) throw rejected('An authentication template needs a BODY component.');
  if (typeof body.text === 'string') {
    throw rejected('Authentication templates use preset text: leave out the body text.');
  }
  if (raw.some((c) => c.type === 'HEADER')) {
    throw rejected('Authentication templates cannot have a header.');
  }
  const footer = raw.find((c) => c.type === 'FOOTER');
  const minutes = footer?.code_expiration_minutes;
  if (
    footer &&
    (!Number.isInteger(minutes) || (minutes as number) < 1 || (minutes as number) > 90)
  ) {
    throw rejected('code_expiration_minutes must be a whole number from 1 to 90.');
  }
  const buttons = raw.find((c) => c.type === 'BUTTONS')?.buttons as
    | (Record<string, unknown> & { type: string })[]
    | undefined;
  const otp = buttons?.[0];
  if (buttons?.length !== 1 || otp?.type !== 'OTP') {
    throw rejected('An authentication template needs exactly one button of type OTP.');
  }
  const otpType = String(otp.otp_type ?? '').toUpperCase();
  if (!OTP_TYPES.includes(otpType)) {
    throw rejected(`otp_type must be one of ${OTP_TYPES.join(', ')}.`);
  }
  const text = otp.text ?? 'Copy code';
  if (typeof text !== 'string' || text.length === 0 || text.length > 25) {
    throw rejected('The copy-code button text needs 1 to 25 characters.');
  }
  const security = body.add_security_recommendation === true;
  const stored: TemplateComponent[] = [
    {
      type: 'BODY',
      text: security ? `${preset.code} ${preset.security}` : preset.code,
    },
  ];
  if (footer) stored.push({ type: 'FOOTER', text: preset.expires(minutes as number) });
  stored.push({
    type: 'BUTTONS',
    buttons: [
      {
        type: 'URL',
        text,
        url: `https://www.whatsapp.com/otp/code/?otp_type=${otpType}&code_expiration_minutes=${minutes ?? 10}&code=otp{{1}}`,
      },
    ],
  });
  return stored;
}
