/**
 * TRUST_PROXY: which proxies in front of Meedi8 may say who the client is (X-Forwarded-For).
 * A client can write any X-Forwarded-For it likes; only the entries added by proxies Meedi8
 * trusts are believed, so per-person rate limits and loopback checks see the real address.
 */
import net from 'node:net';

/** What Fastify's `trustProxy` takes: off, a hop count, or the proxies' addresses and ranges. */
export type TrustProxy = false | number | string[];

/**
 * Reads TRUST_PROXY: unset/false → no proxy (the socket's address is the client); a whole number
 * → that many proxies in front; `true` → one proxy (kept for older setups; it never means "believe
 * every X-Forwarded-For entry", which would let a client pick its own address); otherwise a
 * comma-separated list of proxy addresses or CIDR ranges (e.g. `10.0.0.0/8,127.0.0.1`).
 */
export function parseTrustProxy(raw: string | null, problems: string[]): TrustProxy {
  if (raw === null) return false;
  const value = raw.trim().toLowerCase();
  if (['0', 'false', 'no'].includes(value)) return false;
  if (['true', 'yes'].includes(value)) return 1;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 20) return hops;
  }
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be false, a number of proxies (1-20), or proxy addresses/CIDR ranges such as 10.0.0.0/8,127.0.0.1 (got "${raw}").`,
    );
    return false;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** The setting as Fastify's typed option takes it (a hop count becomes the same hop test). */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  if (trust === 0) return false;
  return (_address, hop) => hop < trust;
}
