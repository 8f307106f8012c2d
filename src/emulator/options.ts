/** The emulator's settings, with Meta's defaults for the limits it enforces. */

export interface StatusTiming {
  /** Delay after acceptance before the `sent` status (also when a `failed` status is sent). */
  sentMs: number;
  /** Delay after acceptance before `delivered`. */
  deliveredMs: number;
  /** Delay after acceptance before `read`; null: phones only read when told (readByPhone). */
  readMs: number | null;
}

export interface EmulatorOptions {
  /** The bearer token the Graph endpoints require (401/code 190 otherwise). */
  accessToken: string;
  /** Signs webhooks: X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the exact body bytes>. */
  appSecret: string;
  /** Where to POST webhooks (null: keep them in an outbox only); may be set later via setWebhookUrl. */
  webhookUrl: string | null;
  /** The business number's id, e.g. '100000000000001'. */
  phoneNumberId: string;
  /** WABA id, e.g. '200000000000001'. */
  businessAccountId: string;
  /** The business number as digits, e.g. '15550001234'. */
  displayPhoneNumber?: string;
  /** Default 80: more sends per second from the number → error 130429 in the API response. */
  throughputPerSecond?: number;
  /** Default 6000: on average one message per interval to a user (131056 beyond the burst). */
  pairRateIntervalMs?: number;
  /**
   * Default 45: messages to one user that may go out back to back. As at Meta, a burst borrows
   * from the following time: after 45 at once the next waits 45 intervals less the time passed.
   */
  pairRateBurst?: number;
  /** Delays for automatic status webhooks. */
  statusTiming?: StatusTiming;
  /** Delay before a submitted template becomes APPROVED (0 = immediate). */
  templateReviewMs?: number;
  /** Waits between webhook delivery attempts when the receiver does not answer 200. */
  webhookRetryDelaysMs?: number[];
  /** How long one webhook delivery attempt may take before it counts as failed. */
  webhookTimeoutMs?: number;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  accessToken: string;
  appSecret: string;
  webhookUrl: string | null;
  phoneNumberId: string;
  businessAccountId: string;
  displayPhoneNumber: string;
  throughputPerSecond: number;
  pairRateIntervalMs: number;
  pairRateBurst: number;
  statusTiming: StatusTiming;
  templateReviewMs: number;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
}

/** Fills defaults and rejects settings that would make the emulator behave unlike Meta. */
export function resolveOptions(opts: EmulatorOptions): ResolvedOptions {
  const problems: string[] = [];
  if (!opts.accessToken) problems.push('accessToken is required');
  if (!opts.appSecret) problems.push('appSecret is required');
  if (!/^\d+$/.test(opts.phoneNumberId)) problems.push('phoneNumberId must be digits');
  if (!/^\d+$/.test(opts.businessAccountId)) problems.push('businessAccountId must be digits');
  const displayPhoneNumber = (opts.displayPhoneNumber ?? '15550001234').replace(/\D/g, '');
  if (displayPhoneNumber.length < 5) problems.push('displayPhoneNumber must be a phone number');
  const timing = opts.statusTiming ?? { sentMs: 200, deliveredMs: 600, readMs: null };
  for (const [name, value] of Object.entries(timing)) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      problems.push(`statusTiming.${name} must be a number ≥ 0`);
    }
  }
  const positive = (name: string, value: number | undefined, fallback: number) => {
    const v = value ?? fallback;
    if (!(Number.isFinite(v) && v > 0)) problems.push(`${name} must be a number > 0`);
    return v;
  };
  const resolved: ResolvedOptions = {
    accessToken: opts.accessToken,
    appSecret: opts.appSecret,
    webhookUrl: opts.webhookUrl,
    phoneNumberId: opts.phoneNumberId,
    businessAccountId: opts.businessAccountId,
    displayPhoneNumber,
    throughputPerSecond: positive('throughputPerSecond', opts.throughputPerSecond, 80),
    pairRateIntervalMs: positive('pairRateIntervalMs', opts.pairRateIntervalMs, 6000),
    pairRateBurst: positive('pairRateBurst', opts.pairRateBurst, 45),
    statusTiming: { ...timing },
    templateReviewMs: opts.templateReviewMs ?? 0,
    webhookRetryDelaysMs: opts.webhookRetryDelaysMs ?? [250, 1000, 4000, 15000],
    webhookTimeoutMs: positive('webhookTimeoutMs', opts.webhookTimeoutMs, 5000),
  };
  if (!(resolved.templateReviewMs >= 0)) problems.push('templateReviewMs must be ≥ 0');
  if (problems.length > 0) throw new Error(`Invalid emulator options: ${problems.join('; ')}`);
  return resolved;
}
