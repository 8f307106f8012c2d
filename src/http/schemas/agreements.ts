/** The agreement: drafts and each person's answer, finalizing, and the resolution. */
import { type Static, Type } from '@sinclair/typebox';
import { AGREEMENT_MAX_LENGTH, CHANGE_REQUEST_MAX_LENGTH } from '../../domain/limits.js';
import { DateTime, Nullable } from './common.js';
import { Participant } from './participants.js';

export const AgreementConfirmation = Type.Object({
  user_id: Type.String(),
  decision: Type.Union([Type.Literal('confirmed'), Type.Literal('changes_requested')]),
  note: Nullable(Type.String()),
  at: DateTime,
});

/** The mediator's draft of the agreement, waiting for each person to confirm or ask for changes. */
export const AgreementDraft = Type.Object({
  id: Type.String(),
  summary: Type.String(),
  commitments: Type.Array(
    Type.Object({ participant_id: Nullable(Type.String()), text: Type.String() }),
  ),
  text: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('superseded')]),
  /** The person who proposed this text; null when the mediator drafted it. */
  proposed_by: Nullable(Type.String()),
  confirmations: Type.Array(AgreementConfirmation),
  created_at: DateTime,
});
export type AgreementDraftResponse = Static<typeof AgreementDraft>;

/** `POST /api/rooms/:room_id/agreement/draft`: the mediator's new draft. */
export const DraftResponse = Type.Object({ agreement: AgreementDraft });

export const AgreementDraftParams = Type.Object({
  room_id: Type.String({ maxLength: 64 }),
  draft_id: Type.String({ maxLength: 64 }),
});

export const RequestChangesBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: CHANGE_REQUEST_MAX_LENGTH }) },
  { additionalProperties: false },
);

export const FinalizeBody = Type.Object(
  { agreement_text: Type.String({ minLength: 1, maxLength: AGREEMENT_MAX_LENGTH }) },
  { additionalProperties: false },
);

/** The agreement both people confirmed. */
export const Agreement = Type.Object({
  id: Type.String(),
  text: Type.String(),
  /** Null when the person who finalized it has since deleted their account. */
  finalized_by: Nullable(Type.String()),
  created_at: DateTime,
});
export type AgreementResponse = Static<typeof Agreement>;

/** GET /api/rooms/:room_id/resolution: the agreement with what both confirmed, and who. */
export const ResolutionResponse = Type.Object({
  agreement: Type.Object({
    ...Agreement.properties,
    /** The confirmed draft's commitments (empty when the agreement was finalized directly). */
    commitments: AgreementDraft.properties.commitments,
    /** Each person's confirmation of that draft (empty when finalized directly). */
    confirmations: Type.Array(AgreementConfirmation),
    /** Who proposed the confirmed text; null when the mediator drafted it. */
    proposed_by: Nullable(Type.String()),
  }),
  resolved_at: DateTime,
  participants: Type.Array(Participant),
});

/** Who has still to confirm the agreement on the table. */
const Awaiting = Type.Array(Type.Object({ user_id: Type.String(), name: Type.String() }));

/** POST /api/rooms/:room_id/finalize: the proposal (or, once all confirmed, the agreement). */
export const FinalizeResponse = Type.Object({
  success: Type.Boolean(),
  phase: Type.String(),
  agreement: Type.Object({
    ...Agreement.properties,
    /** The draft that holds this text and its confirmations. */
    draft_id: Type.String(),
    /** `proposed` until everyone has confirmed it, then `agreed`. */
    status: Type.Union([Type.Literal('proposed'), Type.Literal('agreed')]),
    confirmations: Type.Array(AgreementConfirmation),
  }),
  awaiting: Awaiting,
});

export const ConfirmAgreementResponse = Type.Object({
  success: Type.Boolean(),
  /** True once both people have confirmed: the room is resolved. */
  resolved: Type.Boolean(),
  phase: Type.String(),
  /** Who has still to confirm this draft. */
  awaiting: Type.Optional(Awaiting),
});
