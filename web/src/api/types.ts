/**
 * The API's shapes as the web client sees them: the server's TypeBox schemas (one source of
 * truth, `src/http/schemas/<area>.ts`) turned into TypeScript types. Only types are imported, so
 * no server code is bundled.
 */
import type { Static } from '@sinclair/typebox';
import type * as Schemas from '../../../src/http/schemas';

export type User = Static<typeof Schemas.User>;
export type AuthResponse = Static<typeof Schemas.AuthResponse>;
export type RegisterBody = Static<typeof Schemas.RegisterBody>;
export type LoginBody = Static<typeof Schemas.LoginBody>;
export type PasswordResetRequested = Static<typeof Schemas.PasswordResetRequested>;
export type UpdateMeBody = Static<typeof Schemas.UpdateMeBody>;
export type NotificationFrequency = Static<typeof Schemas.NotificationFrequency>;
export type QuietHours = Static<typeof Schemas.QuietHours>;
export type Participant = Static<typeof Schemas.Participant>;
export type Invite = Static<typeof Schemas.Invite>;
export type Message = Static<typeof Schemas.Message>;
export type RoomSummary = Static<typeof Schemas.RoomSummary>;
export type CreateRoomBody = Static<typeof Schemas.CreateRoomBody>;
export type RespondResponse = Static<typeof Schemas.RespondResponse>;
export type Agreement = Static<typeof Schemas.Agreement>;
export type JoinBody = Static<typeof Schemas.JoinBody>;
export type JoinResponse = Static<typeof Schemas.JoinResponse>;
export type InvitePreview = Static<typeof Schemas.InvitePreview>;
export type ErrorResponse = Static<typeof Schemas.ErrorResponse>;
/** Every code the API answers errors with (the server's catalogue, `src/errors.ts`). */
export type { ErrorCode } from '../../../src/error-codes';

export type HeldMessage = Static<typeof Schemas.HeldMessage>;
export type AgreementConfirmation = Static<typeof Schemas.AgreementConfirmation>;
export type AgreementDraft = Static<typeof Schemas.AgreementDraft>;
export type Room = Static<typeof Schemas.Room>;
export type Resolution = Static<typeof Schemas.ResolutionResponse>;

/** Answers of the WhatsApp and email invite routes (`src/http/routes/invite-routes.ts`). */
export type InviteWhatsAppSent = Static<typeof Schemas.InviteWhatsAppSent>;
export type InviteEmailSent = Static<typeof Schemas.InviteEmailSent>;
export type NewInviteResponse = Static<typeof Schemas.NewInviteResponse>;
export type CancelInviteResponse = Static<typeof Schemas.CancelInviteResponse>;
export type RoomList = Static<typeof Schemas.RoomList>;
export type HoldResponse = Static<typeof Schemas.HoldResponse>;
export type DraftResponse = Static<typeof Schemas.DraftResponse>;
export type ConfirmAgreementResponse = Static<typeof Schemas.ConfirmAgreementResponse>;
export type PhoneCodeSent = Static<typeof Schemas.PhoneCodeSent>;

/** `GET /api/admin/stats`, from the route's own schema. */
export type AdminStats = Static<typeof Schemas.AdminStatsResponse>;

export type ScreeningAnswer = Static<typeof Schemas.ScreeningAnswer>;
export type ScreeningQuestions = Static<typeof Schemas.ScreeningQuestions>;
export type ScreeningResult = Static<typeof Schemas.ScreeningResult>;
