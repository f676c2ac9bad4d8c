// The PIN is kept and proved as a salted PBKDF2-SHA-256 key: WebCrypto and @noble/hashes (used where crypto.subtle is
// missing) give the same key and the same proof; a record holds no PIN; a proof is good for its challenge only.
import { describe, expect, test, vi } from 'vitest';
import {
  derivePinKey,
  makePinRecord,
  parsePinRecord,
  pinMatches,
  pinProof,
  proofMatches,
  randomHex,
} from '../../../src/ui/console/pin-hash.js';
import { afterWrongPin, delayAfter, lockedFor, MAX_DELAY_MS, noLockout, parseLockout, waitText } from '../../../src/ui/console/lockout.js';

const FAST = 10_000;
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('the PIN hash', () => {
  test('PBKDF2-SHA-256 as RFC 7914 pins it (the same key from WebCrypto and from @noble/hashes)', async () => {
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64), first 32 bytes. Iterations are
    // bounded in records, not here.
    const salt = Buffer.from('salt').toString('hex');
    const web = await derivePinKey('passwd', salt, 1);
    expect(hex(web)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(hex(await derivePinKey('passwd', salt, 1))).toBe(hex(web));
      const noble = await pinProof(web, 'challenge');
      vi.unstubAllGlobals();
      expect(await pinProof(web, 'challenge')).toBe(noble);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('a record has a fresh salt and no PIN in it; the right PIN matches, any other does not', async () => {
    const a = await makePinRecord('2468', FAST);
    const b = await makePinRecord('2468', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('2468');
    expect(parsePinRecord(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(await pinMatches(a, '2468')).toBe(true);
    for (const wrong of ['2469', '24680', '0000', ' 2468']) expect(await pinMatches(a, wrong)).toBe(false);
  });

  test("a proof answers one challenge: another challenge, another PIN's key or a changed digit fail", async () => {
    const record = await makePinRecord('2468', FAST);
    const challenge = randomHex(32);
    const key = await derivePinKey('2468', record.salt, record.iterations);
    const proof = await pinProof(key, challenge);
    expect(proof).toMatch(/^[0-9a-f]{64}$/);
    expect(await proofMatches(record, challenge, proof)).toBe(true);
    expect(await proofMatches(record, randomHex(32), proof)).toBe(false);
    expect(
      await proofMatches(record, challenge, await pinProof(await derivePinKey('1357', record.salt, record.iterations), challenge)),
    ).toBe(false);
    expect(await proofMatches(record, challenge, `${proof.slice(0, -1)}${proof.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(await proofMatches(record, challenge, '2468')).toBe(false);
  });

  test('a damaged or hostile stored record is no record', () => {
    const good = { v: 1, salt: '00'.repeat(16), iterations: 150_000, hash: '11'.repeat(32) };
    expect(parsePinRecord(good)).toEqual(good);
    for (const bad of [
      null,
      '2468',
      { ...good, v: 2 },
      { ...good, salt: 'xy' },
      { ...good, hash: '' },
      { ...good, iterations: 1 },
      { ...good, iterations: 1e10 },
    ])
      expect(parsePinRecord(bad)).toBeNull();
  });
});

describe('the lockout', () => {
  test('two slips are free, then the wait doubles from 5 s up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 20, 1000].map(delayAfter)).toEqual([
      0,
      0,
      5_000,
      10_000,
      20_000,
      40_000,
      640_000,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
    ]);
    let s = noLockout;
    s = afterWrongPin(s, 1_000);
    s = afterWrongPin(s, 2_000);
    expect(lockedFor(s, 2_000)).toBe(0);
    s = afterWrongPin(s, 3_000);
    expect(lockedFor(s, 3_000)).toBe(5_000);
    expect(lockedFor(s, 7_999)).toBe(1);
    expect(lockedFor(s, 8_000)).toBe(0);
    s = afterWrongPin(s, 8_000);
    expect(lockedFor(s, 8_000)).toBe(10_000);
  });

  test('a stored lockout is checked, and a clock set back cannot lock out for longer than the longest wait', () => {
    expect(parseLockout({ failures: 3, lockedUntil: 5_000 }, 0)).toEqual({ failures: 3, lockedUntil: 5_000 });
    expect(parseLockout({ failures: 3, lockedUntil: 1e15 }, 0)).toEqual({ failures: 3, lockedUntil: MAX_DELAY_MS });
    for (const bad of [
      null,
      'x',
      { failures: -1, lockedUntil: 0 },
      { failures: 1.5, lockedUntil: 0 },
      { failures: 1, lockedUntil: 'soon' },
    ])
      expect(parseLockout(bad, 0)).toEqual(noLockout);
  });

  test('waits are said in seconds and minutes', () => {
    expect([1, 4_200, 60_000, 200_000, 900_000].map(waitText)).toEqual(['1 s', '5 s', '1 min', '3 min 20 s', '15 min']);
  });
});
