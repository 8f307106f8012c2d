/** Proves a phone number for an account the way a person does: a code on WhatsApp, typed back. */
import { expect } from 'vitest';
import type { Person } from './factories.js';
import { eventually, type TestApp } from './test-app.js';

/** The latest one-time code the emulator's phone received. */
export async function codeReceivedBy(t: TestApp, phone: string, after = 0): Promise<string> {
  return eventually(async () => {
    const received = t.emulator.state.phone(phone)?.received ?? [];
    const message = received
      .slice(after)
      .reverse()
      .find((m) => JSON.stringify(m.payload).includes('phone_verification_code'));
    return message ? /"text":"(\d{6})"/.exec(JSON.stringify(message.payload))?.[1] : undefined;
  });
}

/** Sets `phone` on the account (with `changes`), asks for a code and confirms it. */
export async function verifyPhone(
  t: TestApp,
  person: Pick<Person, 'auth'>,
  phone: string,
  changes: Record<string, unknown> = {},
) {
  if (!t.emulator.state.phone(phone)) t.emulator.state.addPhone(phone);
  const patched = await t.app.inject({
    method: 'PATCH',
    url: '/api/users/me',
    headers: person.auth,
    payload: { phone_number: phone, ...changes },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  const before = t.emulator.state.phone(phone)!.received.length;
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/users/me/phone-verification',
    headers: person.auth,
  });
  expect(sent.statusCode, sent.body).toBe(200);
  const code = await codeReceivedBy(t, phone, before);
  const confirmed = await t.app.inject({
    method: 'POST',
    url: '/api/users/me/phone-verification/confirm',
    headers: person.auth,
    payload: { code },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return confirmed.json();
}
