/** A disclosure written in any shipped language pauses the session through the one safety path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, chooseLanguage } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DISCLOSURES: ReadonlyArray<readonly [string, string]> = [
  ['es', 'me pegó otra vez y tengo miedo'],
  ['pt-BR', 'ele me bateu de novo ontem e estou com medo dele'],
  ['fr', "il m'a encore frappée hier soir et j'ai peur de lui"],
  ['de', 'er hat mich gestern wieder geschlagen und ich habe angst vor ihm'],
  ['hi', 'उसने कल रात फिर मुझे मारा, मुझे उससे डर लगता है'],
  ['hi-Latn', 'kal raat usne mujhe phir se maara'],
  ['ar', 'ضربني مرة ثانية أمس وأنا خايفة منه'],
];

describe('a disclosure in another shipped language', () => {
  it.each(DISCLOSURES)('in %s is answered in private and pauses the session', async (_, text) => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const held = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/main-room/hold`,
      headers: guest.auth,
      payload: { message: text },
    });
    expect(held.statusCode).toBe(201);
    expect(json(held)).toMatchObject({ safety_pause: true });
    const flags = await t.services.db
      .selectFrom('safety_flags')
      .selectAll()
      .where('room_id', '=', roomId)
      .execute();
    expect(flags.map((flag) => flag.user_id)).toContain(guest.user.id);
    const ownerView = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: owner.auth }),
    );
    expect(ownerView.phase).toBe('on_break');
    expect(JSON.stringify(ownerView)).not.toContain(text);
  });
});

const REPLIES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  [
    'pt-BR',
    'ele me bateu de novo ontem e estou com medo dele',
    'Obrigado por me contar isso',
    '190',
    // Brazil's helplines are described in Portuguese to someone who reads it.
    '- Serviços de emergência',
  ],
  [
    'ar-SA',
    'ضربني مرة ثانية أمس وأنا خايفة منه',
    'شكرًا لأنك أخبرتني بهذا',
    '911',
    '- خدمات الطوارئ',
  ],
];

describe('the private reply to a disclosure', () => {
  it.each(REPLIES)(
    'is in the language of a person speaking %s',
    async (tag, text, opening, emergency, emergencyLine) => {
      const { guest, roomId } = await activeRoom(t.app);
      await chooseLanguage(t.app, guest, tag);
      const held = await t.app.inject({
        method: 'POST',
        url: `/api/rooms/${roomId}/main-room/hold`,
        headers: guest.auth,
        payload: { message: text },
      });
      expect(held.statusCode).toBe(201);
      const reply = String(json(held).ai_response);
      expect(reply).toContain(opening);
      expect(reply).toContain(emergency);
      expect(reply).toContain(emergencyLine);
      expect(reply).not.toContain('Thank you for telling me');
    },
  );
});
