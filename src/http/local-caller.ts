/**
 * Whether a request comes from the machine Meedi8 runs on. Used to keep the sandbox's control
 * routes and /metrics away from the network by default.
 */
import type { FastifyRequest } from 'fastify';

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * True when both the connection and the client it speaks for are this machine. Without
 * TRUST_PROXY a forwarded request is never local: a proxy on the same machine connects from
 * 127.0.0.1 on behalf of callers anywhere.
 */
export function isLocalCaller(request: FastifyRequest, trustsProxy: boolean): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  if (!isLoopbackAddress(request.ip)) return false;
  if (!trustsProxy && FORWARDING_HEADERS.some((h) => request.headers[h] !== undefined)) {
    return false;
  }
  return true;
}
