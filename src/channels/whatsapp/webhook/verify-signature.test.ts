import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './verify-signature.js';

const SECRET = 'app-secret';

describe('verifySignature', () => {
  it('accepts the HMAC of the exact bytes, in any hex case', () => {
    const raw = Buffer.from('{"a":"caf\\u00e9 \\/ x"}');
    const header = signBody(raw, SECRET);
    expect(verifySignature(raw, header, SECRET)).toBe(true);
    expect(verifySignature(raw, header.toUpperCase().replace('SHA256', 'sha256'), SECRET)).toBe(
      true,
    );
  });

  it('refuses a missing, malformed or wrong signature, or another secret', () => {
    const raw = Buffer.from('{"a":1}');
    expect(verifySignature(raw, undefined, SECRET)).toBe(false);
    expect(verifySignature(raw, 'sha256=abc', SECRET)).toBe(false);
    expect(verifySignature(raw, `sha1=${'0'.repeat(40)}`, SECRET)).toBe(false);
    expect(verifySignature(raw, signBody(raw, 'other'), SECRET)).toBe(false);
    expect(verifySignature(Buffer.from('{"a":2}'), signBody(raw, SECRET), SECRET)).toBe(false);
  });

  it('accepts a body a relay unescaped, when Meta signed the \\uXXXX form', () => {
    const asSigned = Buffer.from('{"name":"Ren\\u00e9e"}');
    const asReceived = Buffer.from('{"name":"Renée"}');
    expect(verifySignature(asReceived, signBody(asSigned, SECRET), SECRET)).toBe(true);
  });
});
