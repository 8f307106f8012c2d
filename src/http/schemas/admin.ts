/**
 * Response shapes of the operator console (`/api/admin/...`) as JSON Schema with TypeScript
 * types, so the web client's console reads exactly what the routes send.
 */
import { type Static, Type } from '@sinclair/typebox';
import { DateTime, Nullable } from './common.js';

export const AdminTemplate = Type.Object({
  name: Type.String(),
  language: Type.String(),
  category: Type.String(),
  /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED, … or `missing` (never submitted). */
  status: Type.String(),
  /** The language people who read this one get instead, until it can be sent; null when it can. */
  falls_back_to: Type.Optional(Nullable(Type.String())),
  /** Sends in the last 7 days that went in the fallback language instead of this one. */
  fallbacks_last_7_days: Type.Optional(Type.Integer({ minimum: 0 })),
  rejection_reason: Nullable(Type.String()),
  /** How Meta's copy differs from templates/definitions.ts; empty when identical. */
  differences: Type.Array(Type.String()),
  /** The template Meedi8 sends for this purpose: this one, or its own version (`…_v2`). */
  sent_as: Type.Optional(Nullable(Type.String())),
  /** Why Meedi8 cannot fill the account's approved template (its sends fall back), and the fix. */
  problem: Type.Optional(Nullable(Type.String())),
  fix: Type.Optional(Nullable(Type.String())),
});
export const AdminTemplatesResponse = Type.Object({ templates: Type.Array(AdminTemplate) });

export const DoctorCheck = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  detail: Type.String(),
  fix: Nullable(Type.String()),
  /** Not broken, worth doing (Meedi8 works meanwhile); does not make `ok` false. */
  advisory: Type.Optional(Type.Boolean()),
});
export const AdminDoctorResponse = Type.Object({
  ok: Type.Boolean(),
  passed: Type.Integer({ minimum: 0 }),
  failed: Type.Integer({ minimum: 0 }),
  /** True while Meedi8 talks to its built-in emulator instead of Meta. */
  sandbox: Type.Boolean(),
  checks: Type.Array(DoctorCheck),
});

export const FailedJob = Type.Object({
  id: Type.String(),
  task: Type.String(),
  queue: Nullable(Type.String()),
  attempts: Type.Integer({ minimum: 0 }),
  max_attempts: Type.Integer({ minimum: 0 }),
  /** `failed`: out of attempts (dead letter); `retrying`: another attempt is scheduled. */
  state: Type.Union([Type.Literal('failed'), Type.Literal('retrying')]),
  /** The last error, with anything that looks like a phone number hidden. */
  last_error: Nullable(Type.String()),
  run_at: DateTime,
  created_at: DateTime,
  updated_at: DateTime,
  locked: Type.Boolean(),
});
export const FailedJobsQuery = Type.Object(
  {
    state: Type.Optional(Type.Union([Type.Literal('failed'), Type.Literal('retrying')])),
    limit: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,3}$', description: '1–500, default 100' }),
    ),
  },
  { additionalProperties: false },
);
export const FailedJobsResponse = Type.Object({ jobs: Type.Array(FailedJob) });
export const JobParams = Type.Object({ job_id: Type.String({ pattern: '^[0-9]{1,18}$' }) });
export const RetryJobResponse = Type.Object({
  success: Type.Boolean(),
  job: Type.Object({
    id: Type.String(),
    task: Type.String(),
    attempts: Type.Integer({ minimum: 0 }),
    run_at: DateTime,
  }),
});

export const WhatsAppNumberResponse = Type.Object({
  id: Type.String(),
  display_phone_number: Nullable(Type.String()),
  verified_name: Nullable(Type.String()),
  /** GREEN, YELLOW, RED or UNKNOWN. */
  quality_rating: Nullable(Type.String()),
  /** TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED. */
  messaging_limit_tier: Nullable(Type.String()),
  /** The display name's review: APPROVED, PENDING_REVIEW, DECLINED, … */
  name_status: Nullable(Type.String()),
  /** The number's connection: CONNECTED, PENDING, DISCONNECTED, FLAGGED, RESTRICTED, … */
  status: Nullable(Type.String()),
  sandbox: Type.Boolean(),
});

export type AdminTemplate = Static<typeof AdminTemplate>;
export type AdminTemplatesResponse = Static<typeof AdminTemplatesResponse>;
export type DoctorCheck = Static<typeof DoctorCheck>;
export type AdminDoctorResponse = Static<typeof AdminDoctorResponse>;
export type FailedJob = Static<typeof FailedJob>;
export type FailedJobsResponse = Static<typeof FailedJobsResponse>;
export type RetryJobResponse = Static<typeof RetryJobResponse>;
export type WhatsAppNumberResponse = Static<typeof WhatsAppNumberResponse>;

// GET /api/admin/stats

export { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS } from '../../domain/limits.js';

const Count = Type.Integer({ minimum: 0 });
const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1 }));
const Counts = Type.Record(Type.String(), Count);
const Usd = Type.Number({ minimum: 0 });

export const ChannelAcceptance = Type.Object({
  created: Count,
  /** Invites someone joined with (`used_at` set). */
  joined: Count,
  /** Invites cancelled before use, e.g. a link replaced by a WhatsApp or email invite. */
  revoked: Count,
  /** joined / created; null when none were created. */
  rate: Rate,
});

export const MediationCompletion = Type.Object({
  created: Count,
  resolved: Count,
  /** resolved / created; null when none were created. */
  rate: Rate,
});

export const WhatsAppMessageFigures = Type.Object({
  total: Count,
  /** Count by kind (`template`, `text`, …), then by status. */
  by_kind: Type.Record(Type.String(), Counts),
  by_status: Counts,
  by_reason: Counts,
  /** Delivered or read / sent or beyond (sent, delivered, read, or failed after Meta took it). */
  delivery_rate: Rate,
  /** Read / delivered or read. */
  read_rate: Rate,
});

export const EmailFigures = Type.Object({ total: Count, by_status: Counts });

export const InviteFigures = Type.Object({
  /** Always has `whatsapp`, `email` and `link`, plus any other channel seen. */
  by_channel: Type.Record(Type.String(), ChannelAcceptance),
  total: ChannelAcceptance,
});

export const MediationFigures = Type.Object({
  ...MediationCompletion.properties,
  /** Rooms with at least one WhatsApp message. */
  with_whatsapp: MediationCompletion,
  without_whatsapp: MediationCompletion,
});

export const WhatsAppSpend = Type.Object({
  currency: Type.Literal('USD'),
  /** Estimated from the rate table; Meta's invoice is the truth. */
  total: Usd,
  /** Every reason WhatsApp messages were sent for, 0 when all were free. */
  by_reason: Type.Record(Type.String(), Usd),
  /** total / mediations that used WhatsApp; 0 when none did. */
  per_mediation: Usd,
  /** Messages estimated to have cost something. */
  charged_messages: Count,
  /** False when there were more than `SPEND_GROUP_LIMIT` recipient groups to price. */
  complete: Type.Boolean(),
  /** The pricing file merged over the built-in rates, or null. */
  pricing_source: Nullable(Type.String()),
});

export const AdminStatsQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'ISO 8601 date-time with a time zone (or a date); default 30 days before `to`',
      }),
    ),
    to: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'ISO 8601 date-time with a time zone (or a date); default now',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The range, ISO 8601: from (inclusive) to (exclusive). */
export const AdminStatsResponse = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  messages: Type.Object({ whatsapp: WhatsAppMessageFigures, email: EmailFigures }),
  invites: InviteFigures,
  mediations: MediationFigures,
  whatsapp_spend: WhatsAppSpend,
});

export type AdminStatsBody = Static<typeof AdminStatsResponse>;
export type ChannelAcceptance = Static<typeof ChannelAcceptance>;
export type MediationCompletion = Static<typeof MediationCompletion>;
export type WhatsAppMessageFigures = Static<typeof WhatsAppMessageFigures>;
export type EmailFigures = Static<typeof EmailFigures>;
export type InviteFigures = Static<typeof InviteFigures>;
export type MediationFigures = Static<typeof MediationFigures>;
export type WhatsAppSpend = Static<typeof WhatsAppSpend>;
