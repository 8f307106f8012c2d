/**
 * One error catalogue for Meedi8. Each error has a stable machine code (never reused), an HTTP
 * status and a message a person can act on. The HTTP layer turns these into
 * `{"error": {"code", "message"}}`; anything else becomes a 500 with no internals shown.
 */

import type { ErrorCode, FrameworkErrorCode } from './error-codes.js';

export type { ErrorCode } from './error-codes.js';

/**
 * An expected failure with a stable code, a status and an actionable message. Made only by the
 * catalogue below, so every code the API answers with is listed there.
 */
export class MeediError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'MeediError';
  }
}

/** The catalogue: every known failure, by code. */
export const errors = {
  validation: (message: string) => new MeediError('validation_failed', 422, message),
  invalidInput: (message: string) => new MeediError('invalid_input', 422, message),
  unauthenticated: () =>
    new MeediError(
      'unauthenticated',
      401,
      'Sign in first: send "Authorization: Bearer <token>" from /api/auth/login or /api/join.',
    ),
  invalidCredentials: () =>
    new MeediError('invalid_credentials', 401, 'That email and password do not match. Try again.'),
  emailTaken: () =>
    new MeediError('email_taken', 409, 'An account with this email exists. Sign in instead.'),
  csrfHeaderMissing: () =>
    new MeediError(
      'csrf_header_missing',
      403,
      'Requests signed in with the session cookie must send the header "X-Requested-With: meedi8".',
    ),
  guestNotAllowed: () =>
    new MeediError(
      'guest_not_allowed',
      403,
      'Guests take part in the mediation they were invited to. Create an account to do this.',
    ),
  notParticipant: () =>
    new MeediError('not_a_participant', 403, 'You are not a participant in this mediation.'),
  roomNotFound: () =>
    new MeediError('room_not_found', 404, 'No mediation has this id. Check the link or the id.'),
  inviteNotFound: () =>
    new MeediError(
      'invite_not_found',
      404,
      'This invite link is not valid. Ask the person who invited you for a new link.',
    ),
  signInLinkUnusable: () =>
    new MeediError(
      'sign_in_link_unusable',
      410,
      'This sign-in link has been used or has expired (links work once, for 15 minutes). Send LINK to Meedi8 on WhatsApp for a new one.',
    ),
  passwordResetLinkUnusable: () =>
    new MeediError(
      'password_reset_link_unusable',
      410,
      'This password reset link has been used, has expired or is not complete (links work once, for 30 minutes). Ask for a new one with "Forgot your password?" on the sign-in page.',
    ),
  agreementLinkUnusable: () =>
    new MeediError(
      'agreement_link_unusable',
      404,
      'This agreement link is not valid. Open it from your WhatsApp chat with Meedi8, or write to Meedi8 there for a new one.',
    ),
  agreementLinkExpired: () =>
    new MeediError(
      'agreement_link_expired',
      410,
      'This agreement link has expired (links last 30 days). Write to Meedi8 on WhatsApp and it sends you a new one.',
    ),
  inviteExpired: () =>
    new MeediError(
      'invite_expired',
      410,
      'This invite link has expired. Ask the person who invited you to send a new one.',
    ),
  inviteRevoked: () =>
    new MeediError(
      'invite_revoked',
      410,
      'This invite link no longer works: it was cancelled or replaced by a newer one. Ask the person who invited you for a new one.',
    ),
  inviteUsed: () =>
    new MeediError(
      'invite_used',
      409,
      'This invite link has already been used to join. Sign in with the device you joined on, or ask for a new link.',
    ),
  roomFull: () => new MeediError('room_full', 409, 'This mediation already has both participants.'),
  alreadyParticipant: () =>
    new MeediError('already_participant', 409, 'You are already a participant in this mediation.'),
  roomWaiting: () =>
    new MeediError(
      'room_waiting',
      409,
      'The other person has not joined yet. Share the invite link; you can write once they join.',
    ),
  notYourTurn: () =>
    new MeediError(
      'not_your_turn',
      409,
      'It is the other person’s turn. You can write again when they have replied.',
    ),
  roomOnBreak: () =>
    new MeediError(
      'room_on_break',
      409,
      'The session is paused. You can carry on once it resumes; anything you write now can be kept for your turn.',
    ),
  roomResolved: () =>
    new MeediError(
      'room_resolved',
      409,
      'This mediation is resolved; no more changes can be made.',
    ),
  roomNotOnBreak: () =>
    new MeediError(
      'room_not_on_break',
      409,
      'The mediation is not on a break, so there is nothing to resume.',
    ),
  roomNotActive: () =>
    new MeediError('room_not_active', 409, 'A break can only start while the mediation is active.'),
  screeningPending: () =>
    new MeediError(
      'screening_pending',
      409,
      'The joint session starts once you have both answered a few private questions. Answer yours in the room (or in your WhatsApp chat); there is nothing else to do.',
    ),
  screeningNotOpen: () =>
    new MeediError(
      'screening_not_open',
      409,
      'There are no questions waiting for you in this mediation. Reload the room to see where it stands.',
    ),
  roomClosed: () =>
    new MeediError(
      'room_closed',
      409,
      'This mediation cannot go ahead at the moment. You can start a new one whenever you like.',
    ),
  // One answer for every pause that is not the caller's to end (a break or a safety pause alike),
  // so it never tells the other person why the session paused.
  pausedByOther: () =>
    new MeediError(
      'paused_by_other',
      409,
      'The session is paused. It carries on when the other person resumes it; there is nothing you need to do.',
    ),
  notResolved: () =>
    new MeediError(
      'room_not_resolved',
      409,
      'This mediation has no agreement yet. Finalize it first with POST /api/rooms/:room_id/finalize.',
    ),
  draftNotFound: () =>
    new MeediError(
      'draft_not_found',
      404,
      'There is no agreement draft with this id in this mediation. Reload the room to see the latest draft.',
    ),
  draftNotOpen: () =>
    new MeediError(
      'draft_not_open',
      409,
      'This draft is no longer open: a newer draft replaced it or it was already accepted. Reload the room.',
    ),
  draftSuperseded: (currentText: string) =>
    new MeediError(
      'draft_superseded',
      409,
      `This draft was replaced by a newer one, so your answer was not recorded. Read the current draft and answer that one:\n\n${currentText}`,
    ),
  deleteNotConfirmed: (phrase: string) =>
    new MeediError(
      'delete_not_confirmed',
      422,
      `Nothing was deleted. To delete your account and everything you wrote, send {"confirm": "${phrase}"}; download your data first with GET /api/users/me/export if you want a copy.`,
    ),
  adminOnly: () =>
    new MeediError(
      'admin_only',
      403,
      'Only Meedi8 administrators can see this. An existing administrator must grant your account admin access (npm run admin -- grant <email>).',
    ),
  sandboxLocalOnly: () =>
    new MeediError(
      'sandbox_local_only',
      403,
      'The sandbox (simulated phones, emulator, email outbox) answers only on the machine Meedi8 runs on. Open it at http://localhost, or set SANDBOX_ALLOW_REMOTE=true to open it to your network.',
    ),
  metricsForbidden: () =>
    new MeediError(
      'metrics_forbidden',
      403,
      'Metrics are served to this machine only. To scrape them from elsewhere, set METRICS_TOKEN and send "Authorization: Bearer <METRICS_TOKEN>".',
    ),
  metricsTokenInvalid: () =>
    new MeediError(
      'metrics_token_invalid',
      401,
      'Metrics need "Authorization: Bearer <METRICS_TOKEN>" with the token this server was started with.',
    ),
  signInFormExpired: () =>
    new MeediError(
      'sign_in_form_expired',
      403,
      'This sign-in did not come from the page Meedi8 showed. Open the link from your WhatsApp chat again and press the button.',
    ),
  emailDisabled: () =>
    new MeediError(
      'email_disabled',
      409,
      'Email is switched off on this Meedi8. Invite by WhatsApp, or send the invite link yourself.',
    ),
  jobNotFound: () =>
    new MeediError(
      'job_not_found',
      404,
      'No job has this id; it may have succeeded or been removed since. List failed jobs with GET /api/admin/jobs/failed.',
    ),
  jobRunning: () =>
    new MeediError(
      'job_running',
      409,
      'A worker is running this job right now. Wait for it to finish or fail, then retry it if it failed.',
    ),
  whatsappSendFailed: (reason: string) =>
    new MeediError(
      'whatsapp_send_failed',
      502,
      `WhatsApp refused the invite (${reason}). Invite by email instead, or share the invite link.`,
    ),
  recipientOptedOut: () =>
    new MeediError(
      'recipient_opted_out',
      409,
      'This number has asked Meedi8 not to message it on WhatsApp. Invite them by email, or send them the invite link yourself.',
    ),
  invitesPerPersonHour: (limit: number) =>
    new MeediError(
      'invite_rate_limited',
      429,
      `You have sent ${limit} invites in the last hour. Wait a while, or share the invite link yourself.`,
    ),
  invitesPerRoomDay: (limit: number) =>
    new MeediError(
      'invite_rate_limited',
      429,
      `This mediation has sent ${limit} invites today. Share the invite link yourself, or try again tomorrow.`,
    ),
  whatsappInvitesPersonShareUsed: () =>
    new MeediError(
      'invite_rate_limited',
      429,
      'You have sent as many WhatsApp invites as one person can today. Invite by email, or share the invite link yourself.',
    ),
  whatsappInvitesNewcomerShareUsed: () =>
    new MeediError(
      'invite_rate_limited',
      429,
      'New accounts have sent as many WhatsApp invites as Meedi8 allows today. Invite by email, or share the invite link yourself.',
    ),
  invalidSignature: () =>
    new MeediError(
      'invalid_signature',
      401,
      'The X-Hub-Signature-256 header is missing or does not match the body; check WHATSAPP_APP_SECRET.',
    ),
  whatsappGraphFailed: (detail: string) =>
    new MeediError(
      'whatsapp_graph_failed',
      502,
      `WhatsApp's Graph API did not answer as expected (${detail}). Check the WHATSAPP_* settings with GET /api/admin/doctor.`,
    ),
  whatsappInviteUnavailable: () =>
    new MeediError(
      'whatsapp_invite_unavailable',
      503,
      'WhatsApp invites cannot be sent just now. Copy the invite link and send it yourself, or invite by email.',
    ),
  mediatorUnavailable: () =>
    new MeediError(
      'mediator_unavailable',
      503,
      'The mediator could not answer just now. Try again in a minute; nothing was lost.',
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new MeediError(
      'rate_limited',
      429,
      `Too many attempts. Wait ${retryAfterSeconds} seconds and try again.`,
    ),
  noPhoneToVerify: () =>
    new MeediError(
      'no_phone_to_verify',
      409,
      'There is no number waiting to be verified. Add your WhatsApp number with PATCH /api/users/me first.',
    ),
  phoneNumberOptedOut: () =>
    new MeediError(
      'phone_number_opted_out',
      409,
      'That number asked Meedi8 not to message it. Send START to Meedi8 from that phone, then ask for a code again.',
    ),
  phoneCodeTooSoon: (retryAfterSeconds: number) =>
    new MeediError(
      'phone_code_too_soon',
      429,
      `A code was sent a moment ago. Wait ${retryAfterSeconds} seconds before asking for another.`,
    ),
  phoneCodeLimit: () =>
    new MeediError(
      'phone_code_limit',
      429,
      'Too many codes have been sent for this number today. Try again tomorrow.',
    ),
  phoneCodeNotSent: () =>
    new MeediError(
      'phone_code_not_sent',
      409,
      'No code is waiting for this number. Ask for a code first (POST /api/users/me/phone-verification).',
    ),
  phoneCodeExpired: () =>
    new MeediError(
      'phone_code_expired',
      410,
      'This code has expired or was tried too many times. Ask for a new code.',
    ),
  phoneCodeWrong: (triesLeft: number) =>
    new MeediError(
      'phone_code_wrong',
      422,
      `That code is not right. Check the latest WhatsApp message from Meedi8 and try again (${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left).`,
    ),
  notFound: (method: string, url: string) =>
    new MeediError(
      'not_found',
      404,
      `There is no route ${method} ${url}. See API.md for the routes.`,
    ),
  payloadTooLarge: (limit: number) =>
    new MeediError('payload_too_large', 413, `The request body is larger than ${limit} bytes.`),
  invalidJson: () => new MeediError('invalid_json', 400, 'The request body is not valid JSON.'),
  unsupportedMediaType: () =>
    new MeediError(
      'unsupported_media_type',
      415,
      'Send the body as JSON with "Content-Type: application/json".',
    ),
  /**
   * Any other 4xx the HTTP framework raised: its own code (lower case) when it gave one of its
   * `FST_` codes, else `bad_request`, with its message.
   */
  frameworkRefused: (frameworkCode: string | undefined, status: number, message: string) =>
    new MeediError<FrameworkErrorCode | 'bad_request'>(
      frameworkCode && /^fst_/i.test(frameworkCode)
        ? (frameworkCode.toLowerCase() as FrameworkErrorCode)
        : 'bad_request',
      status,
      message,
    ),
  internal: () =>
    new MeediError(
      'internal_error',
      500,
      'Something went wrong on our side. Try again in a moment; nothing you sent was lost.',
    ),
  unavailable: () =>
    new MeediError(
      'service_unavailable',
      503,
      'Meedi8 is starting or stopping. Try again shortly.',
    ),
} as const;

type Catalogue = typeof errors;
/** The codes the catalogue makes. */
type CatalogueCode = { [K in keyof Catalogue]: ReturnType<Catalogue[K]>['code'] }[keyof Catalogue];
/** Fails to compile when a code in `ErrorCode` has no entry in the catalogue. */
const everyCodeHasAnEntry: [Exclude<ErrorCode, CatalogueCode>] extends [never] ? true : never =
  true;
void everyCodeHasAnEntry;
