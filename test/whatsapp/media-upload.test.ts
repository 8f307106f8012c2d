/**
 * Documents by upload, through Meedi8's real Graph client against the emulator: upload a PDF,
 * send it by media id with a file name and caption, see it on the phone as a download; unknown
 * ids, unsupported types and oversized files are refused with Meta's error shape.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphApiError } from '../../src/channels/whatsapp/graph/graph-api-error.js';
import {
  createGraphClient,
  type GraphClient,
} from '../../src/channels/whatsapp/graph/graph-client.js';
import { InvalidOutboundMessageError } from '../../src/channels/whatsapp/graph/invalid-outbound-message-error.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';

const TOKEN = 'media-test-token';
const PHONE_NUMBER_ID = '100000000000001';
const SARAH = '+447700900321';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

let emulator: Emulator;
let client: GraphClient;

beforeAll(async () => {
  emulator = await startEmulator({
    accessToken: TOKEN,
    appSecret: 'media-test-secret',
    webhookUrl: null,
    phoneNumberId: PHONE_NUMBER_ID,
    businessAccountId: '200000000000001',
    statusTiming: { sentMs: 5, deliveredMs: 10, readMs: null },
  });
  client = createGraphClient({
    graphUrl: emulator.graphUrl,
    apiVersion: 'v24.0',
    accessToken: TOKEN,
    appSecret: 'media-test-secret',
    phoneNumberId: PHONE_NUMBER_ID,
    businessAccountId: '200000000000001',
    timeoutMs: 5_000,
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.state.reset();
  // Sarah wrote first, so her 24-hour window is open for a free-form document.
  emulator.state.sendFromPhone(SARAH, { type: 'text', text: 'Can I have our agreement?' });
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

describe('uploadMedia and documents by id', () => {
  it('uploads a PDF, sends it by id with file name and caption, and the phone can download it', async () => {
    const mediaId = await client.uploadMedia({
      bytes: PDF,
      mimeType: 'application/pdf',
      filename: 'meedi8-agreement-2026-03-01.pdf',
    });
    expect(mediaId).toMatch(/^\d+$/);

    const info = await client.getMedia(mediaId);
    expect(info).toMatchObject({ mime_type: 'application/pdf', file_size: PDF.length });
    expect(await client.downloadMedia(info.url)).toEqual(PDF);

    const sent = await client.sendMessage(SARAH, {
      kind: 'document',
      mediaId,
      filename: 'meedi8-agreement-2026-03-01.pdf',
      caption: 'Your agreement',
    });
    expect(sent.messageStatus).toBe('accepted');
    const received = emulator.state.phone(SARAH)?.received ?? [];
    expect(received.at(-1)?.payload.document).toEqual({
      id: mediaId,
      filename: 'meedi8-agreement-2026-03-01.pdf',
      caption: 'Your agreement',
    });
    await emulator.state.whenIdle();
    expect(emulator.state.phone(SARAH)?.received.at(-1)?.status).toBe('delivered');

    // The sandbox page shows it as a download from the control API.
    const phone = await fetch(`${emulator.url}/control/phones/${encodeURIComponent(SARAH)}`).then(
      (r) => r.json() as Promise<any>,
    );
    const bubble = phone.chat.find((m: { type: string }) => m.type === 'document');
    expect(bubble.display.media).toEqual({
      kind: 'document',
      mediaId,
      filename: 'meedi8-agreement-2026-03-01.pdf',
      caption: 'Your agreement',
    });
    const file = await fetch(`${emulator.url}/control/media/${mediaId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(
      'filename="meedi8-agreement-2026-03-01.pdf"',
    );
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    const page = await fetch(`${emulator.url}/phone`).then((r) => r.text());
    expect(page).toContain("'control/media/'");
  });

  it('refuses a document naming a media id nobody uploaded, with Meta’s error shape', async () => {
    const err = await failure(
      client.sendMessage(SARAH, { kind: 'document', mediaId: '999999999', filename: 'a.pdf' }),
    );
    expect(err).toBeInstanceOf(GraphApiError);
    expect(err).toMatchObject({ httpStatus: 400, code: 131009, failureClass: 'permanent' });
    expect((err as GraphApiError).details).toContain("document['id']");
    expect(emulator.state.phone(SARAH)?.received).toEqual([]);
  });

  it('checks type, size and id before any request', async () => {
    await expect(
      client.uploadMedia({ bytes: PDF, mimeType: 'application/zip', filename: 'a.zip' }),
    ).rejects.toMatchObject({ rule: 'media.type' });
    await expect(
      client.uploadMedia({
        bytes: Buffer.alloc(5 * 1024 * 1024 + 1),
        mimeType: 'image/png',
        filename: 'big.png',
      }),
    ).rejects.toMatchObject({ rule: 'media.size' });
    await expect(
      client.sendMessage(SARAH, { kind: 'document', mediaId: 'not-an-id', filename: 'a.pdf' }),
    ).rejects.toBeInstanceOf(InvalidOutboundMessageError);
  });
});

describe('the emulator’s upload endpoint', () => {
  const upload = (form: FormData) =>
    fetch(`${emulator.graphUrl}/v24.0/${PHONE_NUMBER_ID}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: form,
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));

  const form = (fields: Record<string, string | Blob>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };

  it('refuses what Meta refuses: no messaging_product, no file, an unsupported type, too large', async () => {
    const pdf = new Blob([PDF], { type: 'application/pdf' });
    const noProduct = await upload(form({ type: 'application/pdf', file: pdf }));
    expect(noProduct.status).toBe(400);
    expect(noProduct.json.error).toMatchObject({ code: 100, type: 'OAuthException' });
    expect(noProduct.json.error.message).toContain('messaging_product');

    const noFile = await upload(form({ messaging_product: 'whatsapp', type: 'application/pdf' }));
    expect(noFile.json.error.message).toContain('file');

    const zip = await upload(
      form({ messaging_product: 'whatsapp', type: 'application/zip', file: pdf }),
    );
    expect(zip.status).toBe(400);
    expect(zip.json.error.message).toContain('application/zip');

    const big = new Blob([Buffer.alloc(500 * 1024 + 1)], { type: 'image/webp' });
    const sticker = await upload(
      form({ messaging_product: 'whatsapp', type: 'image/webp', file: big }),
    );
    expect(sticker.status).toBe(400);
    expect(sticker.json.error).toMatchObject({ code: 131053 });
    expect(sticker.json.error.error_data.details).toContain('too big');

    const json = await fetch(`${emulator.graphUrl}/v24.0/${PHONE_NUMBER_ID}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp' }),
    });
    expect(json.status).toBe(400);
  });

  it('needs the token like every Graph call', async () => {
    const response = await fetch(`${emulator.graphUrl}/v24.0/${PHONE_NUMBER_ID}/media`, {
      method: 'POST',
      body: form({ messaging_product: 'whatsapp', type: 'application/pdf', file: new Blob([PDF]) }),
    });
    expect(response.status).toBe(401);
  });
});
