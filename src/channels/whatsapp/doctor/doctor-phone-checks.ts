/** Doctor: the business phone number, its display name, quality rating and messaging tier. */
import type { ServerPhoneNumber } from '../graph/graph-types.js';
import { type Attempt, type DoctorCheck, failedCall } from './doctor-check.js';

/** Checks the phone number Meta returned against the configuration. */
export function phoneChecks(
  phone: Attempt<ServerPhoneNumber>,
  phoneNumberId: string,
  dailyLimit: number,
): DoctorCheck[] {
  if (!phone.ok) {
    return [
      failedCall(
        'Phone number',
        phone.error,
        `Check WHATSAPP_PHONE_NUMBER_ID (now ${phoneNumberId}) against Meta App → WhatsApp → API setup, ` +
          'and that the token’s system user is assigned to this WhatsApp account.',
      ),
    ];
  }
  const p = phone.value;
  const checks: DoctorCheck[] = [
    {
      name: 'Phone number',
      ok: true,
      detail: `${p.display_phone_number}, shown as "${p.verified_name}"`,
    },
  ];
  if (p.name_status !== undefined) checks.push(displayNameCheck(p.name_status));
  checks.push(qualityCheck(p.quality_rating), tierCheck(p.messaging_limit_tier, dailyLimit));
  return checks;
}

function displayNameCheck(status: string): DoctorCheck {
  const name = 'Display name';
  if (status === 'APPROVED' || status === 'AVAILABLE_WITHOUT_REVIEW')
    return { name, ok: true, detail: status };
  return {
    name,
    ok: false,
    detail: status,
    fix: 'Submit or correct the display name in WhatsApp Manager → Phone numbers; sending is limited until it is approved.',
  };
}

function qualityCheck(rating: string | undefined): DoctorCheck {
  const name = 'Quality rating';
  const quality = (rating ?? 'UNKNOWN').toUpperCase();
  if (quality === 'UNKNOWN') return { name, ok: true, detail: 'not rated yet (new number)' };
  if (quality === 'GREEN') return { name, ok: true, detail: quality };
  return {
    name,
    ok: false,
    detail: quality,
    fix: 'People are blocking or reporting messages: check WhatsApp Manager → Insights, message only people who opted in, and send fewer notifications until it is GREEN again.',
  };
}

/** The number of people a tier allows per 24 h, or null when unknown. */
export function tierLimit(tier: string | undefined): number | null {
  if (!tier) return null;
  if (tier === 'TIER_UNLIMITED') return Number.POSITIVE_INFINITY;
  const match = /^TIER_(\d+)(K)?$/.exec(tier);
  if (!match) return null;
  return Number(match[1]) * (match[2] ? 1000 : 1);
}

function tierCheck(tier: string | undefined, dailyLimit: number): DoctorCheck {
  const name = 'Messaging tier';
  const limit = tierLimit(tier);
  if (limit === null)
    return { name, ok: true, detail: `Meta reported ${tier ?? 'no tier'}; not compared` };
  if (dailyLimit > limit) {
    return {
      name,
      ok: false,
      detail: `${tier}, but WHATSAPP_DAILY_CONVERSATION_LIMIT is ${dailyLimit}`,
      fix: `Set WHATSAPP_DAILY_CONVERSATION_LIMIT to ${limit} or less; sends beyond the tier are not delivered.`,
    };
  }
  return { name, ok: true, detail: `${tier}; WHATSAPP_DAILY_CONVERSATION_LIMIT is ${dailyLimit}` };
}
