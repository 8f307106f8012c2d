/** The operator console's WhatsApp views: templates at Meta, the doctor's checklist, the number. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { runDoctor } from '../../channels/whatsapp/doctor/run-doctor.js';
import { GraphApiError } from '../../channels/whatsapp/graph/graph-api-error.js';
import { templateDefinitions } from '../../channels/whatsapp/templates/definitions.js';
import { recentLanguageFallbacks } from '../../channels/whatsapp/templates/language-fallbacks.js';
import { templateStatuses } from '../../channels/whatsapp/templates/template-statuses.js';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import {
  AdminDoctorResponse,
  AdminTemplatesResponse,
  WhatsAppNumberResponse,
} from '../schemas/admin.js';
import { errorResponses } from '../schemas.js';
import { assertAdmin } from './admin-access.js';

export async function adminWhatsAppRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config, whatsapp } = opts.services;
  const sandbox = whatsapp.settings.sandbox;

  app.get(
    '/api/admin/templates',
    {
      preHandler: app.authenticate,
      schema: { response: { 200: AdminTemplatesResponse, ...errorResponses } },
    },
    async (request) => {
      await assertAdmin(db, request);
      const rows = await graph(() =>
        templateStatuses(whatsapp.client, templateDefinitions(config.publicUrl), config.publicUrl),
      );
      const fallbacks = await recentLanguageFallbacks(db);
      return {
        templates: rows.map((row) => ({
          name: row.name,
          language: row.language,
          category: row.category,
          status: row.status,
          falls_back_to: row.fallsBackTo,
          fallbacks_last_7_days: fallbacks.get(`${row.name} ${row.language}`) ?? 0,
          rejection_reason: row.rejectedReason ?? null,
          differences: row.differences,
          sent_as: row.sentAs,
          problem: row.problem,
          fix: row.fix,
        })),
      };
    },
  );

  app.get(
    '/api/admin/doctor',
    {
      preHandler: app.authenticate,
      schema: { response: { 200: AdminDoctorResponse, ...errorResponses } },
    },
    async (request) => {
      await assertAdmin(db, request);
      // The checks in force: in sandbox mode, the emulator's made-up credentials.
      const checks = await runDoctor(whatsapp.client, { ...config, whatsapp: whatsapp.settings });
      const passed = checks.filter((c) => c.ok).length;
      return {
        ok: checks.every((c) => c.ok || c.advisory),
        passed,
        failed: checks.length - passed,
        sandbox,
        checks: checks.map((c) => ({ ...c, fix: c.fix ?? null })),
      };
    },
  );

  app.get(
    '/api/admin/whatsapp/number',
    {
      preHandler: app.authenticate,
      schema: { response: { 200: WhatsAppNumberResponse, ...errorResponses } },
    },
    async (request) => {
      await assertAdmin(db, request);
      const number = await graph(() => whatsapp.client.getPhoneNumber());
      return {
        id: number.id,
        display_phone_number: number.display_phone_number ?? null,
        verified_name: number.verified_name ?? null,
        quality_rating: number.quality_rating ?? null,
        messaging_limit_tier: number.messaging_limit_tier ?? null,
        name_status: number.name_status ?? null,
        status: number.status ?? null,
        sandbox,
      };
    },
  );
}

/** A Graph failure is Meta's (or the settings'), not ours: 502 with what Meta said. */
async function graph<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GraphApiError) throw errors.whatsappGraphFailed(err.message);
    throw err;
  }
}
