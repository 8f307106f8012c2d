/**
 * The figures on Meedi8's admin page for a time range, each counted by its own file: what was
 * sent and how it fared, how many invites were accepted on each channel, how many mediations
 * reached an agreement (with and without WhatsApp), and what WhatsApp cost. Everything counts
 * the messages, invites and rooms created in the range. The shape is the API's
 * (`AdminStatsResponse` in http/schemas/admin.ts).
 */
import type { AdminStatsBody } from '../http/schemas/admin.js';
import type { Db } from '../storage/database.js';
import { emailCounts } from './email-counts.js';
import { inviteAcceptance } from './invite-acceptance.js';
import { mediationCompletion } from './mediation-completion.js';
import type { Pricing } from './pricing.js';
import { roundUsd } from './shares.js';
import type { StatsRange } from './stats-range.js';
import { whatsappMessageCounts } from './whatsapp-message-counts.js';
import { estimateWhatsAppSpend } from './whatsapp-spend.js';

/** Computes the admin figures for messages, invites and rooms created in [from, to). */
export async function adminStats(
  db: Db,
  pricing: Pricing,
  range: StatsRange,
): Promise<AdminStatsBody> {
  const [whatsapp, email, invites, mediations, spend] = await Promise.all([
    whatsappMessageCounts(db, range),
    emailCounts(db, range),
    inviteAcceptance(db, range),
    mediationCompletion(db, range),
    estimateWhatsAppSpend(db, pricing, range),
  ]);
  // Every reason messages were sent for is listed, 0 when all were free.
  const byReason: Record<string, number> = {};
  for (const reason of Object.keys(whatsapp.by_reason)) byReason[reason] = 0;
  for (const [reason, usd] of Object.entries(spend.byReason)) byReason[reason] = roundUsd(usd);
  const usedWhatsApp = mediations.with_whatsapp.created;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    messages: { whatsapp, email },
    invites,
    mediations,
    whatsapp_spend: {
      currency: 'USD',
      total: roundUsd(spend.total),
      by_reason: byReason,
      per_mediation: usedWhatsApp > 0 ? roundUsd(spend.total / usedWhatsApp) : 0,
      charged_messages: spend.charged,
      complete: spend.complete,
      pricing_source: pricing.source,
    },
  };
}
