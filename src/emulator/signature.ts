/** Signatures Meta computes: webhook body signatures and the appsecret_proof of Graph calls. */
import { createHmac } from 'node:crypto';

/** `sha256=<hex>` of the exact body bytes keyed with the app secret (X-Hub-Signature-256). */
export function signatureSha256(body: string | Uint8Array, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** `sha1=<hex>`: Meta still sends the older X-Hub-Signature header alongside the SHA-256 one. */
export function signatureSha1(body: string | Uint8Array, appSecret: string): string {
  return `sha1=${createHmac('sha1', appSecret).update(body).digest('hex')}`;
}

/** HMAC-SHA256 of the access token keyed with the app secret, as hex. */
export function appSecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}
