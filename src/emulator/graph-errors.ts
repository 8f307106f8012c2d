/**
 * Meta's error catalogue as the emulator speaks it: Graph API error bodies for rejected calls
 * and `errors[]` entries for `failed` status webhooks, with Meta's codes, titles and details.
 */
import { fbtraceId } from './ids.js';

/** Meta's title for each error code the emulator can produce (the text after `(#code)`). */
export const errorTitles: Readonly<Record<number, string>> = {
  1: 'An unknown error occurred',
  2: 'Service temporarily unavailable',
  4: 'Application request limit reached',
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token - Cannot parse access token',
  368: 'Temporarily blocked for policies violations',
  2500: 'Unknown path components',
  80007: 'Rate limit issues',
  130429: 'Rate limit hit',
  131000: 'Something went wrong',
  131005: 'Access denied',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131016: 'Service unavailable',
  131021: 'Recipient cannot be sender',
  131026: 'Message undeliverable',
  131031: 'Account has been locked',
  131042: 'Business eligibility payment issue',
  131045: 'Incorrect certificate',
  131047: 'Re-engagement message',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
  131050: 'User stopped marketing messages',
  131051: 'Unsupported message type',
  131052: 'Media download error',
  131053: 'Media upload error',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template name does not exist in the translation',
  132005: 'Translated text too long',
  132007: 'Template Format Character Policy Violated',
  132012: 'Parameter format does not match format in the created template',
  132015: 'Template is Paused',
  132016: 'Template is Disabled',
  132018: 'There was an issue with the parameters in your template.',
  133010: 'Account not registered',
};

/** Meta's usual `error_data.details` for codes whose details do not depend on the request. */
export const errorDetails: Readonly<Record<number, string>> = {
  130429: 'Cloud API message throughput has been reached.',
  131000: 'Something went wrong',
  131016: 'A service is temporarily unavailable.',
  131021: 'Recipient phone number is the same as the sender phone number.',
  131026: 'Message Undeliverable.',
  131047:
    'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  131049:
    'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
  131051: 'Message type is currently not supported.',
  131056:
    'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
  132015: 'Cannot send message because template is paused due to low quality.',
  132016:
    'Template has been paused too many times due to low quality and is now permanently disabled.',
};

/** The title Meta gives a code, or a generic one for codes outside the catalogue. */
export function titleFor(code: number): string {
  return errorTitles[code] ?? 'An unknown error occurred';
}

export interface GraphErrorOptions {
  /** `error_data.details`: what exactly was wrong (WhatsApp endpoints carry it). */
  details?: string;
  subcode?: number;
  /** Business Management endpoints explain template problems in these two fields. */
  userTitle?: string;
  userMessage?: string;
  /** Overrides the `(#code) title` message. */
  message?: string;
  /** Meta uses `GraphMethodException` for a few object-level problems. */
  type?: 'OAuthException' | 'GraphMethodException';
  /** Messaging endpoints wrap details as `{messaging_product, details}`; others omit it. */
  messagingData?: boolean;
}

/** A rejected Graph call: the HTTP status and Meta's error body. */
export class GraphError extends Error {
  readonly httpStatus: number;
  readonly code: number;
  readonly options: GraphErrorOptions;

  constructor(httpStatus: number, code: number, options: GraphErrorOptions = {}) {
    super(options.message ?? graphMessage(code));
    this.httpStatus = httpStatus;
    this.code = code;
    this.options = options;
  }

  /** The JSON body Meta answers with. */
  body(): { error: Record<string, unknown> } {
    const o = this.options;
    const error: Record<string, unknown> = {
      message: this.message,
      type: o.type ?? 'OAuthException',
      code: this.code,
    };
    if (o.subcode !== undefined) error.error_subcode = o.subcode;
    if (o.userTitle !== undefined) {
      error.is_transient = false;
      error.error_user_title = o.userTitle;
      error.error_user_msg = o.userMessage ?? o.userTitle;
    }
    if (o.details !== undefined) {
      error.error_data =
        o.messagingData === false
          ? { details: o.details }
          : { messaging_product: 'whatsapp', details: o.details };
    }
    error.fbtrace_id = fbtraceId();
    return { error };
  }
}

/** `(#code) title`, the way Meta words error messages (190 has no prefix). */
export function graphMessage(code: number): string {
  return code === 190 ? titleFor(190) : `(#${code}) ${titleFor(code)}`;
}

/** HTTP 400 with a WhatsApp error code and details. */
export function badRequest(code: number, details?: string, subcode?: number): GraphError {
  return new GraphError(400, code, {
    details: details ?? errorDetails[code] ?? titleFor(code),
    ...(subcode === undefined ? {} : { subcode }),
  });
}

/** `(#100) The parameter X is required.`, Meta's wording for a missing field. */
export function missingParameter(path: string): GraphError {
  return new GraphError(400, 100, {
    message: `(#100) The parameter ${path} is required.`,
    details: `The parameter ${path} is required.`,
  });
}

/** `(#100) Param X must be at most N characters long.` */
export function tooLong(path: string, max: number): GraphError {
  return new GraphError(400, 100, {
    message: `(#100) Param ${path} must be at most ${max} characters long.`,
    details: `Param ${path} must be at most ${max} characters long.`,
  });
}

/** 131009 with a details line saying which value and why. */
export function invalidValue(details: string): GraphError {
  return badRequest(131009, details);
}

/** The answer for an id that names nothing the caller can reach (code 100, subcode 33). */
export function unknownObject(method: string, id: string): GraphError {
  return new GraphError(400, 100, {
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    subcode: 33,
    type: 'GraphMethodException',
  });
}

/** One entry of a `failed` status's `errors[]` (and of an unsupported inbound message's). */
export interface StatusError {
  code: number;
  title: string;
  message: string;
  error_data: { details: string };
  href?: string;
}

/** Builds a status error the way Meta writes it; 131047 carries the error-codes link as in Meta's payloads. */
export function statusError(code: number, title?: string, details?: string): StatusError {
  const t = title ?? titleFor(code);
  const error: StatusError = {
    code,
    title: t,
    message: t,
    error_data: { details: details ?? errorDetails[code] ?? t },
  };
  if (code === 131047) {
    error.href = 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';
  }
  return error;
}
