/**
 * One Graph call: versioned URL, bearer token, appsecret_proof, timeout, JSON in and out, and
 * every failure turned into a `GraphApiError`. The token travels only in the Authorization
 * header (and in debug_token's query, which Meta requires) and never into an error.
 */
import { appSecretProof } from './appsecret-proof.js';
import { GraphApiError } from './graph-api-error.js';
import { graphErrorFromNetwork, graphErrorFromResponse, redactorFor } from './parse-graph-error.js';

/** Where and how to reach Graph. */
export interface GraphTransportOptions {
  graphUrl: string;
  apiVersion: string;
  accessToken: string;
  appSecret: string | null;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** One request relative to `{graphUrl}/{apiVersion}/`. */
export interface GraphRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data instead of a JSON body (media uploads). */
  form?: FormData;
}

/** Sends Graph requests and downloads media with the configured credentials. */
export interface GraphTransport {
  /** Calls Graph and returns the parsed JSON answer; throws `GraphApiError` on any failure. */
  call<T>(request: GraphRequest): Promise<T>;
  /** Downloads a media URL Meta handed out, with the bearer token. */
  download(url: string): Promise<Buffer>;
}

/** Creates the transport for one set of credentials. */
export function createGraphTransport(options: GraphTransportOptions): GraphTransport {
  const doFetch = options.fetch ?? fetch;
  const graphUrl = options.graphUrl.replace(/\/+$/, '');
  const proof = options.appSecret ? appSecretProof(options.accessToken, options.appSecret) : null;
  const redact = redactorFor([options.accessToken, options.appSecret, proof]);
  const authorization = `Bearer ${options.accessToken}`;

  async function exchange(
    url: URL,
    init: RequestInit,
  ): Promise<{ response: Response; body: Buffer }> {
    try {
      // The timeout covers reading the body too: a stalled answer is as bad as none.
      const response = await doFetch(url, {
        ...init,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const body = Buffer.from(await response.arrayBuffer());
      return { response, body };
    } catch (err) {
      throw graphErrorFromNetwork(err, options.timeoutMs);
    }
  }

  return {
    async call<T>(request: GraphRequest): Promise<T> {
      const url = new URL(`${graphUrl}/${options.apiVersion}/${request.path}`);
      for (const [key, value] of Object.entries(request.query ?? {}))
        url.searchParams.set(key, value);
      if (proof) url.searchParams.set('appsecret_proof', proof);
      const headers: Record<string, string> = { authorization, accept: 'application/json' };
      let payload: string | FormData | undefined;
      if (request.form)
        payload = request.form; // fetch writes the multipart boundary header
      else if (request.body !== undefined) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(request.body);
      }
      const { response, body } = await exchange(url, {
        method: request.method,
        headers,
        ...(payload === undefined ? {} : { body: payload }),
      });
      const text = body.toString('utf8');
      if (!response.ok) {
        throw graphErrorFromResponse(
          response.status,
          text,
          response.headers.get('retry-after'),
          redact,
        );
      }
      try {
        return JSON.parse(text) as T;
      } catch {
        throw unexpectedAnswer(response.status);
      }
    },

    async download(mediaUrl: string): Promise<Buffer> {
      const url = mediaDownloadUrl(mediaUrl, graphUrl);
      const { response, body } = await exchange(url, { method: 'GET', headers: { authorization } });
      if (!response.ok) {
        throw graphErrorFromResponse(
          response.status,
          body.toString('utf8'),
          response.headers.get('retry-after'),
          redact,
        );
      }
      return body;
    },
  };
}

// The bearer token goes only to https hosts, or to the configured Graph origin (the local
// emulator in sandbox and tests), never to a plain-http address from elsewhere.
function mediaDownloadUrl(mediaUrl: string, graphUrl: string): URL {
  let url: URL;
  try {
    url = new URL(mediaUrl);
  } catch {
    throw mediaUrlRefused();
  }
  if (url.protocol === 'https:' || url.origin === new URL(graphUrl).origin) return url;
  throw mediaUrlRefused();
}

function mediaUrlRefused(): GraphApiError {
  return new GraphApiError({
    httpStatus: 0,
    code: 0,
    subcode: null,
    title: 'Media URL refused',
    message:
      'media URLs must be https (or on the configured Graph URL) to receive the access token',
    details: null,
    fbtraceId: null,
    failureClass: 'permanent',
  });
}

function unexpectedAnswer(httpStatus: number): GraphApiError {
  return new GraphApiError({
    httpStatus,
    code: 0,
    subcode: null,
    title: 'Unexpected answer',
    message: 'Graph answered with a body that is not JSON',
    details: null,
    fbtraceId: null,
    failureClass: 'transient',
  });
}
