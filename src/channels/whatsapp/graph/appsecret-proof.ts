/** `appsecret_proof`: proves a Graph call comes from the app that owns the token. */
import { createHmac } from 'node:crypto';

/** Hex HMAC-SHA256 of the access token keyed with the app secret, as Meta expects. */
export function appSecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}
