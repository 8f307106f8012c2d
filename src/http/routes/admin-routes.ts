/** Meedi8's admin figures: messages, invites, mediations and WhatsApp spend over a time range. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../errors.js';
import { adminStats } from '../../reporting/admin-stats.js';
import type { Pricing } from '../../reporting/pricing.js';
import type { Services } from '../../services.js';
import {
  AdminStatsQuery,
  AdminStatsResponse,
  DEFAULT_RANGE_DAYS,
  MAX_RANGE_DAYS,
} from '../schemas/admin.js';
import { errorResponses } from '../schemas.js';
import { assertAdmin } from './admin-access.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function adminRoutes(
  fastify: FastifyInstance,
  opts: { services: Services; pricing: Pricing },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = opts.services;

  app.get(
    '/api/admin/stats',
    {
      preHandler: app.authenticate,
      schema: {
        querystring: AdminStatsQuery,
        response: { 200: AdminStatsResponse, ...errorResponses },
      },
    },
    async (request) => {
      await assertAdmin(db, request);
      const range = statsRange(request.query.from, request.query.to);
      return adminStats(db, opts.pricing, range);
    },
  );
}

/** The requested range: defaults to the last 30 days; `from` before `to`, at most 366 days. */
export function statsRange(
  fromText: string | undefined,
  toText: string | undefined,
  now = new Date(),
): { from: Date; to: Date } {
  const to = toText === undefined ? now : parseInstant(toText, 'to');
  const from =
    fromText === undefined
      ? new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS)
      : parseInstant(fromText, 'from');
  if (from.getTime() >= to.getTime()) {
    throw errors.invalidInput(
      `from (${from.toISOString()}) must be before to (${to.toISOString()}).`,
    );
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw errors.invalidInput(
      `The range from ${from.toISOString()} to ${to.toISOString()} is longer than ${MAX_RANGE_DAYS} days; ask for at most ${MAX_RANGE_DAYS} days at a time.`,
    );
  }
  return { from, to };
}

// A date (read as midnight UTC), or a date-time with seconds optional and a zone required.
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

function parseInstant(text: string, name: 'from' | 'to'): Date {
  const value = text.trim();
  const date = ISO_INSTANT.test(value) && realDay(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw errors.invalidInput(
      `${name} must be an ISO 8601 date-time with a time zone, such as 2026-01-31T00:00:00Z, or a date such as 2026-01-31 (got "${text}").`,
    );
  }
  return date;
}

/** Whether the calendar day exists (JavaScript would read 2026-02-30 as 2 March). */
function realDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
