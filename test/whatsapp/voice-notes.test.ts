/** Voice notes in the chat, with a speech-to-text provider (a local fake of the OpenAI format). */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE } from '../helpers/chat-phone.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let provider: Server;
let answer: { status: number; text: string } = { status: 200, text: '' };
const seen: { authorization?: string; contentType?: string; body: string }[] = [];

beforeAll(async () => {
  provider = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      seen.push({
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('latin1'),
      });
      const ok = request.method === 'POST' && request.url === '/v1/audio/transcriptions';
      response.writeHead(ok ? answer.status : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(ok && answer.status === 200 ? { text: answer.text } : {}));
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  const { port } = provider.address() as { port: number };
  t = await startTestApp(
    {
      TRANSCRIPTION_URL: `http://127.0.0.1:${port}/v1`,
      TRANSCRIPTION_API_KEY: 'stt-test-key',
      ...FAST_PAIR_RATE.env,
    },
    { emulator: FAST_PAIR_RATE.emulator },
  );
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => provider?.close(resolve));
});

describe('voice notes with a transcription provider', () => {
  it('are transcribed, read back, and taken as what the person wrote', async () => {
    const phone = chatPhone(t.emulator.state, '+447700900701', 'Noor');
    phone.say('Hi');
    await phone.expect('What would you like to work through?');
    answer = { status: 200, text: 'My sister and I cannot agree about our father’s care.' };
    t.emulator.state.sendFromPhone('+447700900701', { type: 'audio', media: { voice: true } });
    await phone.expect('I heard: “My sister and I cannot agree about our father’s care.”');
    await phone.expect(/\?/);

    const request = seen.at(-1)!;
    expect(request.authorization).toBe('Bearer stt-test-key');
    expect(request.contentType).toMatch(/^multipart\/form-data/);
    expect(request.body).toContain('name="model"');
    expect(request.body).toContain('whisper-1');
    expect(request.body).toMatch(/name="file"; filename="voice-note\.\w+"/);
    // Kept as the person's own (private) words in the room, like a typed message.
    const stored = await t.services.db
      .selectFrom('messages')
      .innerJoin('whatsapp_conversations', 'whatsapp_conversations.room_id', 'messages.room_id')
      .select('messages.body')
      .where('whatsapp_conversations.wa_id', '=', '447700900701')
      .where('messages.author_kind', '=', 'participant')
      .execute();
    expect(stored.map((m) => m.body)).toEqual([
      'My sister and I cannot agree about our father’s care.',
    ]);
  });

  it('a voice note the provider cannot make out gets a kind request to try again or write', async () => {
    const phone = chatPhone(t.emulator.state, '+447700900702', 'Omar');
    phone.say('Hi');
    await phone.expect('What would you like to work through?');
    answer = { status: 500, text: '' };
    t.emulator.state.sendFromPhone('+447700900702', { type: 'audio', media: { voice: true } });
    await phone.expect('I could not make out that voice note');
  });

  it('images still get the request for text', async () => {
    const phone = chatPhone(t.emulator.state, '+447700900703', 'Pia');
    phone.say('Hi');
    await phone.expect('What would you like to work through?');
    t.emulator.state.sendFromPhone('+447700900703', { type: 'image' });
    await phone.expect('I can only read text');
  });
});
