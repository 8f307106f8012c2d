/**
 * A failed Graph call, typed so callers decide from `failureClass` alone whether to retry, wait,
 * stop or call an operator. It never holds the access token, request URLs (which can carry the
 * token) or message text.
 */
import type { SendFailureClass } from '../outbound-message.js';
import { classifyGraphError, describeFailureClass, retryAfterHintMs } from './classify-error.js';

/** What is known about one failed call. */
export interface GraphApiErrorFields {
  /** HTTP status of Meta's answer; 0 when no answer came (network error, timeout). */
  httpStatus: number;
  /** Meta's error code; 0 when there was none (network error, timeout, non-JSON answer). */
  code: number;
  subcode: number | null;
  /** Meta's `error_user_title`, or the error type. */
  title: string;
  /** Meta's message, or ours for network failures. */
  message: string;
  /** `error_data.details`, Meta's longer explanation. */
  details: string | null;
  fbtraceId: string | null;
  /** Overrides the class the code would give (used for network failures). */
  failureClass?: SendFailureClass;
  /** Overrides the hint the class would give (e.g. a Retry-After header). */
  retryAfterMs?: number | null;
  /**
   * The request went out but no answer came (a timeout, a connection cut mid-exchange): Meta may
   * have taken a message, so sending it again could deliver it twice.
   */
  answerLost?: boolean;
}

/** A non-2xx Graph answer or a failed request, with what it means for Meedi8. */
export class GraphApiError extends Error {
  readonly httpStatus: number;
  readonly code: number;
  readonly subcode: number | null;
  readonly title: string;
  readonly details: string | null;
  readonly fbtraceId: string | null;
  readonly failureClass: SendFailureClass;
  /** How long to wait before a retry may help; null when it will not. */
  readonly retryAfterMs: number | null;
  /** The request went out but no answer came: Meta may or may not have it. */
  readonly answerLost: boolean;
  /** For a long text split into parts: the wamids of the parts accepted before this failure. */
  sentWamids: string[] = [];

  constructor(fields: GraphApiErrorFields) {
    const failureClass =
      fields.failureClass ??
      classifyGraphError(fields.code, fields.httpStatus === 0 ? undefined : fields.httpStatus);
    const subcode = fields.subcode === null ? '' : `/${fields.subcode}`;
    super(
      `WhatsApp Graph API error ${fields.code}${subcode} (HTTP ${fields.httpStatus}): ${fields.message}`,
    );
    this.name = 'GraphApiError';
    this.httpStatus = fields.httpStatus;
    this.code = fields.code;
    this.subcode = fields.subcode;
    this.title = fields.title;
    this.details = fields.details;
    this.fbtraceId = fields.fbtraceId;
    this.failureClass = failureClass;
    this.answerLost = fields.answerLost ?? false;
    this.retryAfterMs =
      fields.retryAfterMs === undefined
        ? retryAfterHintMs(fields.code, failureClass)
        : fields.retryAfterMs;
  }

  /** What this failure asks Meedi8 to do, in one line. */
  get advice(): string {
    return describeFailureClass(this.failureClass);
  }
}
