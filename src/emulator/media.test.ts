import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startWithReceiver, TOKEN } from './test-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe('media', () => {
  it('round-trips a phone image: webhook id → media info → download with the token', async () => {
    const world = await startWithReceiver();
    cleanups.push(world.close);
    const { state, receiver, graph } = world;
    const bytes = Buffer.from('a picture of the lease, honestly');
    state.sendFromPhone('+447700900001', {
      type: 'image',
      media: { data: bytes, mime_type: 'image/jpeg', caption: 'our lease' },
    });
    await state.whenIdle();
    const image = receiver.messages()[0].image;
    expect(image).toEqual({
      caption: 'our lease',
      mime_type: 'image/jpeg',
      sha256: createHash('sha256').update(bytes).digest('base64'),
      id: expect.stringMatching(/^\d+$/),
    });

    const info = await graph('GET', `/v23.0/${image.id}`);
    expect(info.json).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringContaining('/graph/media-download/'),
      mime_type: 'image/jpeg',
      sha256: image.sha256,
      file_size: bytes.length,
      id: image.id,
    });

    const download = await fetch(info.json.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

    const anonymous = await fetch(info.json.url);
    expect(anonymous.status).toBe(401);

    state.advanceTime(6 * 60 * 1000);
    const expired = await fetch(info.json.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(expired.status).toBe(404);
  });

  it('gives voice notes, documents and stickers placeholder files when no bytes are given', async () => {
    const world = await startWithReceiver();
    cleanups.push(world.close);
    const { state, receiver, graph } = world;
    state.sendFromPhone('+447700900002', { type: 'audio', media: { voice: true } });
    state.sendFromPhone('+447700900002', {
      type: 'document',
      media: { filename: 'lease.pdf', caption: 'our lease' },
    });
    await state.whenIdle();
    const [audio, document] = receiver.messages();
    expect(audio.audio).toMatchObject({ mime_type: 'audio/ogg; codecs=opus', voice: true });
    expect(document.document).toMatchObject({
      filename: 'lease.pdf',
      mime_type: 'application/pdf',
    });
    const info = await graph('GET', `/v23.0/${document.document.id}`);
    const file = await fetch(info.json.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect((await file.text()).startsWith('%PDF')).toBe(true);
  });
});
