/**
 * `doctor`: the production checklist as data. Each check says what was found and, when it fails,
 * the concrete step that fixes it. A failing call fails its own check only, so one bad setting
 * never hides the rest of the list.
 */
import type { Config } from '../../../config.js';
import type { GraphClient } from '../graph/graph-client.js';
import { templateDefinitions } from '../templates/definitions.js';
import { attempt, type DoctorCheck } from './doctor-check.js';
import { configurationChecks } from './doctor-config-checks.js';
import { phoneChecks } from './doctor-phone-checks.js';
import { subscriptionCheck } from './doctor-subscription-check.js';
import { templateChecks } from './doctor-template-checks.js';
import { tokenChecks } from './doctor-token-checks.js';

export type { DoctorCheck } from './doctor-check.js';

/** The Graph calls the doctor makes; all of them read, none changes anything. */
export type DoctorClient = Pick<
  GraphClient,
  'debugToken' | 'getPhoneNumber' | 'getSubscribedApps' | 'listTemplates'
>;

/** Runs every check against Meta and the configuration. */
export async function runDoctor(
  client: DoctorClient,
  config: Config,
  now: Date = new Date(),
): Promise<DoctorCheck[]> {
  const wa = config.whatsapp;
  const token = await attempt(() => client.debugToken());
  const phone = await attempt(() => client.getPhoneNumber());
  const apps = await attempt(() => client.getSubscribedApps());
  const templates = await attempt(() => client.listTemplates());
  const appId = token.ok ? token.value.app_id : undefined;
  return [
    ...tokenChecks(token, now),
    ...phoneChecks(phone, wa.phoneNumberId, wa.dailyConversationLimit),
    subscriptionCheck(apps, wa.businessAccountId, appId),
    ...templateChecks(templates, templateDefinitions(config.publicUrl), config.publicUrl),
    ...configurationChecks(config),
  ];
}
