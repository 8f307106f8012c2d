/** Small checks the builders share, each throwing `InvalidOutboundMessageError` with its rule. */
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

/** Requires `value` to hold between `min` and `max` code units (after trimming). */
export function checkLength(
  rule: string,
  label: string,
  value: string,
  max: number,
  min = 1,
): string {
  const trimmed = value.trim();
  if (trimmed.length < min) {
    throw new InvalidOutboundMessageError(
      `${rule}.empty`,
      `${label} is empty; WhatsApp needs one.`,
    );
  }
  if (trimmed.length > max) {
    throw new InvalidOutboundMessageError(
      `${rule}.length`,
      `${label} has ${trimmed.length} characters; WhatsApp allows at most ${max}.`,
    );
  }
  return trimmed;
}

/** Requires a count between `min` and `max`. */
export function checkCount(
  rule: string,
  label: string,
  count: number,
  min: number,
  max: number,
): void {
  if (count < min || count > max) {
    throw new InvalidOutboundMessageError(
      rule,
      `${label}: ${count} given; WhatsApp allows ${min === max ? min : `${min} to ${max}`}.`,
    );
  }
}

/** Requires every value to be different (Meta rejects repeated button and row ids). */
export function checkUnique(rule: string, label: string, values: string[]): void {
  if (new Set(values).size !== values.length) {
    throw new InvalidOutboundMessageError(rule, `${label} must all be different.`);
  }
}
