/**
 * Response shapes of the operator console (`/api/admin/...`) as JSON Schema with TypeScript
 * types, so the web client's console reads exactly what the routes send.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const AdminTemplate = Type.Object({
  name: Type.String(),
  language: Type.String(),
  category: Type.String(),
  /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED, … or `missing` (never submitted). */
  status: Type.String(),
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

export { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS } from '../domain/limits.js';

const Count = Type.Integer({ minimum: 0 });
const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1 }));
const Counts = Type.Record(Type.String(), Count);
const Usd = Type.Number({ minimum: 0 });

const ChannelAcceptance = Type.Object({
  created: Count,
  joined: Count,
  revoked: Count,
  rate: Rate,
});

const MediationCompletion = Type.Object({ created: Count, resolved: Count, rate: Rate });

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

export const AdminStatsResponse = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  messages: Type.Object({
    whatsapp: Type.Object({
      total: Count,
      by_kind: Type.Record(Type.String(), Counts),
      by_status: Counts,
      by_reason: Counts,
      delivery_rate: Rate,
      read_rate: Rate,
    }),
    email: Type.Object({ total: Count, by_status: Counts }),
  }),
  invites: Type.Object({
    by_channel: Type.Record(Type.String(), ChannelAcceptance),
    total: ChannelAcceptance,
  }),
  mediations: Type.Object({
    created: Count,
    resolved: Count,
    rate: Rate,
    with_whatsapp: MediationCompletion,
    without_whatsapp: MediationCompletion,
  }),
  whatsapp_spend: Type.Object({
    currency: Type.Literal('USD'),
    total: Usd,
    by_reason: Type.Record(Type.String(), Usd),
    per_mediation: Usd,
    charged_messages: Count,
    complete: Type.Boolean(),
    pricing_source: Nullable(Type.String()),
  }),
});

export type AdminStatsBody = Static<typeof AdminStatsResponse>;
