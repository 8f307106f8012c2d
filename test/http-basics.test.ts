import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPerson } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
});
afterAll(async () => {
  await t?.close();
});

describe('operations routes', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(json(health)).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(json(ready)).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics with route templates, never raw ids', async () => {
    await t.app.inject({ method: 'GET', url: '/api/rooms/00000000-0000-0000-0000-000000000000' });
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('meedi8_http_request_duration_seconds_bucket');
    expect(response.body).toContain('route="/api/rooms/:room_id"');
    expect(response.body).not.toContain('00000000-0000-0000-0000-000000000000');
    expect(response.body).toContain('meedi8_jobs_failed_permanently 0');
  });

  it('returns a request id on every response, honouring one sent in', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('one error shape everywhere', () => {
  it('unknown routes are a 404 with code and message', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/nope') },
    });
  });

  it('invalid JSON is a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(json(response).error.code).toBe('invalid_json');
  });

  it('a body over the limit is a 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.com', password: 'x'.repeat(5000) },
    });
    expect(response.statusCode).toBe(413);
    expect(json(response).error).toEqual({
      code: 'payload_too_large',
      message: expect.stringContaining('2048'),
    });
  });

  it('a body that is not JSON is a 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expect(json(response).error.code).toBe('unsupported_media_type');
  });

  it('schema failures are a 422 naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'a@example.com' },
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.code).toBe('validation_failed');
    expect(json(response).error.message).toMatch(/password|name/);
  });

  it('unexpected failures are a 500 without internals', async () => {
    const broken = await startTestApp();
    const token = (await registerPerson(broken.app)).auth;
    await broken.services.db.destroy();
    const response = await broken.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: token,
    });
    expect(response.statusCode).toBe(500);
    expect(json(response)).toEqual({
      error: { code: 'internal_error', message: expect.any(String) },
    });
    expect(response.body).not.toMatch(/stack|at .*\.ts|pool/i);
    await broken.close();
  });
});
