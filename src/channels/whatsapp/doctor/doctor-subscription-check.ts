/** Doctor: is this app subscribed to the WhatsApp account's webhooks? Without it Meedi8 hears nothing. */
import type { ServerSubscribedApp } from '../graph/graph-types.js';
import { type Attempt, type DoctorCheck, failedCall } from './doctor-check.js';

const FIX =
  'Run `npm run whatsapp -- subscribe` (subscribes the app to the WhatsApp account), and set the ' +
  'callback URL and verify token in Meta App → WhatsApp → Configuration.';

/** Checks that the token's app (or, when unknown, any app) is subscribed. */
export function subscriptionCheck(
  apps: Attempt<ServerSubscribedApp[]>,
  businessAccountId: string,
  appId: string | undefined,
): DoctorCheck {
  const name = 'Webhook subscription';
  if (!apps.ok) return failedCall(name, apps.error, FIX);
  const subscribed = apps.value.map((a) => a.whatsapp_business_api_data);
  const ours = appId ? subscribed.find((a) => a.id === appId) : subscribed[0];
  if (ours)
    return { name, ok: true, detail: `${ours.name ?? ours.id} receives the account's webhooks` };
  const detail =
    subscribed.length === 0
      ? `no app is subscribed to WhatsApp account ${businessAccountId}: Meedi8 would hear nothing`
      : `this token's app ${appId} is not among the subscribed apps (${subscribed.map((a) => a.name ?? a.id).join(', ')})`;
  return { name, ok: false, detail, fix: FIX };
}
