import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SECRET,
  PHONE_NUMBER_ID,
  startWithReceiver,
  TOKEN,
  textMessage,
  WABA_ID,
} from './test-support.js';

let world: Awaited<ReturnType<typeof startWithReceiver>>;
beforeAll(async () => {
  world = await startWithReceiver();
});
afterAll(async () => world.close());

const SEND = `/v23.0/${PHONE_NUMBER_ID}/messages`;

describe('Graph authentication', () => {
  it('answers a missing or wrong token with 401 and code 190', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: 'Basic abc' },
    ];
    for (const headers of attempts) {
      const r = await world.graph('POST', SEND, textMessage('447700900001'), headers);
      expect(r.status).toBe(401);
      expect(r.json.error).toMatchObject({
        code: 190,
        type: 'OAuthException',
        message: expect.stringMatching(/^Invalid OAuth access token/),
      });
      expect(r.headers.get('www-authenticate')).toContain('invalid_token');
    }
    expect(world.state.phone('+447700900001')).toBeUndefined();
  });

  it('accepts the token as a query parameter too, as Graph does', async () => {
    const r = await world.graph(
      'GET',
      `/v23.0/${PHONE_NUMBER_ID}?access_token=${TOKEN}`,
      undefined,
      {},
    );
    expect(r.status).toBe(200);
  });

  it('checks appsecret_proof when present', async () => {
    const proof = createHmac('sha256', APP_SECRET).update(TOKEN).digest('hex');
    const good = await world.graph('GET', `/v23.0/${PHONE_NUMBER_ID}?appsecret_proof=${proof}`);
    expect(good.status).toBe(200);
    const bad = await world.graph(
      'GET',
      `/v23.0/${PHONE_NUMBER_ID}?appsecret_proof=${'0'.repeat(64)}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({
      code: 100,
      message: 'Invalid appsecret_proof provided in the API argument',
    });
  });
});

describe('Graph account endpoints', () => {
  it('describes the phone number, honouring fields', async () => {
    const r = await world.graph(
      'GET',
      `/v24.0/${PHONE_NUMBER_ID}?fields=display_phone_number,verified_name,quality_rating,messaging_limit_tier`,
    );
    expect(r.json).toEqual({
      display_phone_number: '+1 555-000-1234',
      verified_name: 'Meedi8 Sandbox',
      quality_rating: 'GREEN',
      messaging_limit_tier: 'TIER_250',
      id: PHONE_NUMBER_ID,
    });
  });

  it('lists and subscribes apps, and debugs tokens', async () => {
    const apps = await world.graph('GET', `/v23.0/${WABA_ID}/subscribed_apps`);
    expect(apps.json).toEqual({
      data: [{ whatsapp_business_api_data: { name: 'Meedi8', id: expect.any(String) } }],
    });
    expect((await world.graph('POST', `/v23.0/${WABA_ID}/subscribed_apps`)).json).toEqual({
      success: true,
    });

    const debug = await world.graph('GET', `/v23.0/debug_token?input_token=${TOKEN}`);
    expect(debug.json.data).toMatchObject({
      is_valid: true,
      expires_at: 0,
      type: 'SYSTEM_USER',
      scopes: ['whatsapp_business_messaging', 'whatsapp_business_management'],
      app_id: expect.any(String),
    });
    const other = await world.graph('GET', '/v23.0/debug_token?input_token=someone-elses');
    expect(other.json.data.is_valid).toBe(false);
  });

  it("answers unknown paths, ids, versions and bad JSON in Meta's shape", async () => {
    const unknownPath = await world.graph('GET', `/v23.0/${WABA_ID}/nothing_here`);
    expect(unknownPath.json.error.code).toBe(2500);
    const unknownId = await world.graph('GET', '/v23.0/123456');
    expect(unknownId.json.error).toMatchObject({ code: 100, error_subcode: 33 });
    const badVersion = await world.graph(
      'POST',
      `/latest/${PHONE_NUMBER_ID}/messages`,
      textMessage('447700900001'),
    );
    expect(badVersion.status).toBe(400);
    expect(badVersion.json.error.code).toBe(2500);
    const badJson = await world.graph('POST', SEND, '{"messaging_product":');
    expect(badJson.status).toBe(400);
    expect(badJson.json.error.code).toBe(100);
  });

  it('serialises Graph answers the way Meta does (escaped slashes)', async () => {
    world.state.sendFromPhone('+447700900002', { type: 'image' });
    const [media] = world.state.phone('+447700900002')!.sent;
    const id = (media!.message.image as { id: string }).id;
    const response = await fetch(`${world.emulator.graphUrl}/v23.0/${id}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const raw = await response.text();
    expect(raw).toContain('"url":"http:\\/\\/127.0.0.1:');
    expect(JSON.parse(raw).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graph\/media-download\//);
  });
});
