/**
 * What a Graph error code means for Meedi8: retry, wait, stop for this message or number, or call
 * an operator. The table is FACTS.md's error table; it is the single place codes are interpreted.
 */
import type { SendFailureClass } from '../outbound-message.js';

const CODE_CLASSES: ReadonlyMap<number, SendFailureClass> = new Map([
  ...codes('transient', [1, 2, 131000, 131016]),
  ...codes('throttled', [4, 80007, 130429]),
  ...codes('pair_rate', [131056]),
  ...codes('window_closed', [131047, 470]),
  ...codes('undeliverable', [131026]),
  // 131049/131050 concern marketing messages: Meta holds them back for this user, so retrying
  // soon only repeats the refusal.
  ...codes('permanent', [131049, 131050]),
  ...codes('permanent', [131051, 131052, 131053, 131008, 131009, 100, 131021]),
  ...codes('permanent', [132000, 132005, 132012, 132018]),
  ...codes('operator', [131042, 131045, 132001, 132007, 132015, 132016, 133010, 190, 368]),
]);

function codes(failureClass: SendFailureClass, list: number[]): [number, SendFailureClass][] {
  return list.map((code) => [code, failureClass]);
}

/** Every code the table knows, for tests and documentation. */
export const KNOWN_GRAPH_ERROR_CODES: readonly number[] = [...CODE_CLASSES.keys()];

/** Classifies a Graph error code (from a response or a `failed` status) into a failure class. */
export function classifyGraphError(code: number, httpStatus?: number): SendFailureClass {
  const known = CODE_CLASSES.get(code);
  if (known) return known;
  if (httpStatus === undefined) return code === 0 ? 'transient' : 'permanent';
  // A 429 without a known code is still Meta asking us to slow down; dropping the message as
  // permanent would lose it for no reason.
  if (httpStatus === 429) return 'throttled';
  if (httpStatus >= 500) return 'transient';
  return 'permanent';
}

/** One line saying what a failure class asks Meedi8 (or its operator) to do. */
export function describeFailureClass(failureClass: SendFailureClass): string {
  switch (failureClass) {
    case 'transient':
      return 'WhatsApp had a temporary problem: retry with backoff.';
    case 'throttled':
      return 'The business number or app hit a rate limit: wait, then retry.';
    case 'pair_rate':
      return 'Too many messages to this person too quickly: retry the same message after a few seconds, keeping order.';
    case 'window_closed':
      return "The 24-hour window is closed: send the template version instead, or wait for the person's next message.";
    case 'undeliverable':
      return 'This number cannot receive WhatsApp messages: stop, and fall back to email.';
    case 'permanent':
      return 'This message can never be sent as it is: record it, do not retry.';
    case 'operator':
      return 'The WhatsApp account or a template needs a person: stop sending until it is fixed (run `npm run whatsapp -- doctor`).';
  }
}

/** Pause before retrying the same number: Meta tolerates short bursts, then about one per 6 s. */
export const PAIR_RATE_RETRY_MS = 6_000;
/** Pause after the number's throughput limit (per second), so about a second. */
export const THROUGHPUT_RETRY_MS = 1_000;
/** App or account rate limits (4, 80007) are counted over longer windows than a second. */
export const APP_RATE_LIMIT_RETRY_MS = 60_000;
/** Base of the exponential backoff after a transient failure. */
export const TRANSIENT_BACKOFF_BASE_MS = 2_000;

/** How long to wait before retrying, or null when retrying will not help. */
export function retryAfterHintMs(code: number, failureClass: SendFailureClass): number | null {
  switch (failureClass) {
    case 'pair_rate':
      return PAIR_RATE_RETRY_MS;
    case 'throttled':
      return code === 130429 ? THROUGHPUT_RETRY_MS : APP_RATE_LIMIT_RETRY_MS;
    case 'transient':
      return TRANSIENT_BACKOFF_BASE_MS;
    default:
      return null;
  }
}
