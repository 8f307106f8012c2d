/** Doctor: is the access token valid, lasting, and allowed to do what Meedi8 needs? */
import type { ServerDebugToken } from '../graph/graph-types.js';
import {
  type Attempt,
  type DoctorCheck,
  failedCall,
  PERMANENT_TOKEN_FIX,
  REQUIRED_SCOPES,
} from './doctor-check.js';

// A token that stops working within a week will silence every send before anyone notices.
const TOKEN_EXPIRY_MARGIN_DAYS = 7;

/** Validity, expiry and permissions of the token, from `debug_token`. */
export function tokenChecks(token: Attempt<ServerDebugToken['data']>, now: Date): DoctorCheck[] {
  const name = 'Access token';
  if (!token.ok) return [failedCall(name, token.error)];
  const data = token.value;
  if (!data.is_valid) {
    const why = data.error?.message ? `: ${data.error.message}` : '';
    return [
      {
        name,
        ok: false,
        detail: `Meta says the token is not valid${why}`,
        fix: PERMANENT_TOKEN_FIX,
      },
    ];
  }
  const app = data.application
    ? `${data.application} (app ${data.app_id ?? '?'})`
    : `app ${data.app_id ?? '?'}`;
  return [
    { name, ok: true, detail: `valid, for ${app}` },
    expiryCheck(data.expires_at ?? 0, now),
    scopeCheck(data.scopes ?? []),
  ];
}

function expiryCheck(expiresAt: number, now: Date): DoctorCheck {
  const name = 'Token expiry';
  if (expiresAt === 0) return { name, ok: true, detail: 'never expires' };
  const days = Math.floor((expiresAt * 1000 - now.getTime()) / 86_400_000);
  const when = new Date(expiresAt * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const detail = `expires ${when} UTC (in ${Math.max(days, 0)} days)`;
  if (days >= TOKEN_EXPIRY_MARGIN_DAYS) return { name, ok: true, detail };
  return { name, ok: false, detail, fix: PERMANENT_TOKEN_FIX };
}

function scopeCheck(scopes: string[]): DoctorCheck {
  const name = 'Token permissions';
  const missing = REQUIRED_SCOPES.filter((s) => !scopes.includes(s));
  if (missing.length === 0) return { name, ok: true, detail: REQUIRED_SCOPES.join(', ') };
  return { name, ok: false, detail: `missing ${missing.join(', ')}`, fix: PERMANENT_TOKEN_FIX };
}
