/** GET /api/rooms/:room_id/resolution.pdf: the agreement as a PDF for the two participants only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, agreeOn, registerPerson } from './helpers/factories.js';
import { pdfText } from './helpers/pdf-text.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
});
afterAll(() => t.close());

const AGREEMENT =
  'Sarah and John agree that:\n1. Sarah cooks on weekdays.\n2. John does the dishes.';

describe('GET /api/rooms/:room_id/resolution.pdf', () => {
  it('is a 409 until the room is resolved, then an A4 PDF download of the agreement', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const url = `/api/rooms/${roomId}/resolution.pdf`;
    const early = await t.app.inject({ method: 'GET', url, headers: owner.auth });
    expect(early.statusCode).toBe(409);
    expect(json(early).error).toMatchObject({ code: 'room_not_resolved' });

    await agreeOn(t.app, [owner, guest], roomId, AGREEMENT);

    for (const person of [owner, guest]) {
      const response = await t.app.inject({ method: 'GET', url, headers: person.auth });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const day = new Date().toISOString().slice(0, 10);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="meedi8-agreement-${day}.pdf"`,
      );
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain('Chores');
      expect(text).toContain('Sarah and John');
      expect(text).toContain('1. Sarah cooks on weekdays.');
      expect(text).toContain('2. John does the dishes.');
      expect(text).toContain('Proposed by Sarah.');
      expect(text).toMatch(/Sarah confirmed it on .* UTC\./);
      expect(text).toMatch(/John confirmed it on .* UTC\./);
      expect(text).toContain('Confirmed in Meedi8 by each person named above.');
    }
  });

  it('is for participants only, and 404 for a room that does not exist', async () => {
    const { roomId } = await activeRoom(t.app);
    const stranger = await registerPerson(t.app, 'Eve');
    const forbidden = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution.pdf`,
      headers: stranger.auth,
    });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution.pdf`,
    });
    expect(anonymous.statusCode).toBe(401);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/rooms/00000000-0000-4000-8000-000000000000/resolution.pdf',
      headers: stranger.auth,
    });
    expect(missing.statusCode).toBe(404);
  });
});
