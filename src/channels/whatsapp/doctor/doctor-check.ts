/** The doctor's building blocks: a check, a Graph call that may fail, and fixes for Graph errors. */
import { GraphApiError } from '../graph/graph-api-error.js';

/** One line of the checklist. */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  /** What was found. */
  detail: string;
  /** What to do about a failure. */
  fix?: string;
  /**
   * Worth doing but not broken: Meedi8 works meanwhile (e.g. a language not approved yet goes
   * out in English). Shown with its fix; it does not fail the checklist.
   */
  advisory?: boolean;
}

/** The permissions a Meedi8 token needs: sending messages and managing templates. */
export const REQUIRED_SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

/** How to get a token that does not expire. */
export const PERMANENT_TOKEN_FIX =
  'Create a permanent token: Meta Business Settings → Users → System users → Generate token ' +
  `(permissions ${REQUIRED_SCOPES.join(', ')}), and set WHATSAPP_ACCESS_TOKEN.`;

/** A Graph call's value, or the Graph error it failed with. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: GraphApiError };

/** Runs a Graph call, keeping a Graph failure as data so the other checks still run. */
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (err instanceof GraphApiError) return { ok: false, error: err };
    throw err;
  }
}

/** A failed check for a failed Graph call, with the fix its error calls for. */
export function failedCall(name: string, error: GraphApiError, fallbackFix?: string): DoctorCheck {
  const details =
    error.details && !error.message.includes(error.details) ? ` (${error.details})` : '';
  return {
    name,
    ok: false,
    detail: `${error.message}${details}`,
    fix: fixForError(error, fallbackFix),
  };
}

function fixForError(error: GraphApiError, fallback: string | undefined): string {
  if (error.code === 190) return `The token was refused. ${PERMANENT_TOKEN_FIX}`;
  if (error.code === 100 && /appsecret_proof/i.test(error.message)) {
    return 'WHATSAPP_APP_SECRET does not belong to the token’s app: copy it again from Meta App → App settings → Basic.';
  }
  if (error.failureClass === 'transient' || error.failureClass === 'throttled') {
    return 'Meta did not answer properly: check WHATSAPP_GRAPH_URL and the network, then try again in a minute.';
  }
  return fallback ?? error.advice;
}
