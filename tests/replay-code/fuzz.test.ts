import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeReplay, encodeReplay, parseReplay } from '../../src/engine/index.js';
import { type DecodeResult } from '../../src/engine/testing.js';
import { base64urlEncode } from '../../src/engine/replay-code.js';
import { doctrineReplays, mini } from './helpers.js';

const KINDS = ['too-long', 'bad-characters', 'bad-compression', 'too-large', 'bad-format'];
const CODES = doctrineReplays(mini, ['f1', 'f2'], 2000).map(({ replay }) => encodeReplay(replay));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Either a typed error or a replay that passes the schema. A hang would fail on the test's timeout; how fast decoding
 * is belongs to bench/, not to an assertion that depends on the machine's load.
 */
function checkDecode(input: string): DecodeResult {
  let result: DecodeResult | undefined;
  expect(() => (result = decodeReplay(input))).not.toThrow();
  if (result!.ok) expect(parseReplay(result!.replay).ok).toBe(true);
  else {
    expect(KINDS).toContain(result!.error.kind);
    expect(result!.error.message.length).toBeGreaterThan(0);
  }
  return result!;
}

const b64String = (min: number, max: number) =>
  fc.array(fc.constantFrom(...B64), { minLength: min, maxLength: max }).map((a) => a.join(''));
const validCode = fc.constantFrom(...CODES);
const flipped = fc.tuple(validCode, fc.nat(), fc.constantFrom(...B64)).map(([code, i, c]) => {
  const at = 1 + (i % (code.length - 1));
  return code.slice(0, at) + c + code.slice(at + 1);
});
const truncated = fc.tuple(validCode, fc.nat()).map(([code, i]) => code.slice(0, i % code.length));
const extended = fc.tuple(validCode, b64String(1, 8)).map(([code, tail]) => code + tail);
const spliced = fc.tuple(validCode, validCode, fc.nat(), fc.nat()).map(([a, b, i, j]) => a.slice(0, i % a.length) + b.slice(j % b.length));
const randomCompressed = fc.uint8Array({ minLength: 0, maxLength: 600 }).map((bytes) => `1${base64urlEncode(bytes)}`);
/** Valid DEFLATE of random bytes: decompresses fine, then the payload must be refused cleanly. */
const deflatedGarbage = fc.uint8Array({ minLength: 0, maxLength: 400 }).map((bytes) => {
  const moves = deflateSync(bytes);
  return `1${base64urlEncode(Uint8Array.of(...varint(moves.length), ...moves, ...bytes.subarray(0, 40)))}`;
});

describe('decodeReplay on hostile input', () => {
  it('never throws on 10,000 random strings, damaged codes and random payloads; each gives a typed error or a valid replay', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
          b64String(0, 600).map((s) => `1${s}`),
          b64String(0, 600),
          flipped,
          truncated,
          extended,
          spliced,
          randomCompressed,
          deflatedGarbage,
        ),
        (input) => {
          checkDecode(input);
        },
      ),
      { numRuns: 10_000, seed: 20_100_000 },
    );
  });

  it('a flipped character in a valid code is an error or, rarely, another valid replay', () => {
    let errors = 0;
    for (const code of CODES.slice(0, 4)) {
      for (let i = 1; i < code.length; i++) {
        const other = B64[(B64.indexOf(code[i]!) + 17) % 64]!;
        if (!checkDecode(code.slice(0, i) + other + code.slice(i + 1)).ok) errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  it('refuses an oversized code before decoding it', () => {
    const r = checkDecode(`1${'A'.repeat(5000)}`);
    expect(r).toMatchObject({ ok: false, error: { kind: 'too-long' } });
  });

  it('a decompression bomb (10 MB of zeros) is refused as too long', () => {
    const bomb = deflateSync(new Uint8Array(10 * 1024 * 1024), { level: 9 });
    const code = `1${base64urlEncode(Uint8Array.of(...varint(bomb.length), ...bomb))}`;
    expect(checkDecode(code)).toMatchObject({ ok: false, error: { kind: 'too-long' } });
  });

  it('a bomb that fits in the length cap is stopped at the size cap (too-large)', () => {
    const bomb = deflateSync(new Uint8Array(2 * 1024 * 1024), { level: 9 });
    const code = `1${base64urlEncode(Uint8Array.of(...varint(bomb.length), ...bomb))}`;
    expect(code.length).toBeLessThanOrEqual(4000);
    expect(checkDecode(code)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    // The plain DEFLATE stream, without the length prefix, is refused too.
    expect(checkDecode(`1${base64urlEncode(bomb)}`).ok).toBe(false);
  });

  it('names each kind of damage', () => {
    expect(checkDecode('')).toMatchObject({ ok: false, error: { kind: 'bad-format' } });
    expect(checkDecode('9AAAA')).toMatchObject({ ok: false, error: { kind: 'bad-format' } });
    expect(checkDecode('1AAA*')).toMatchObject({ ok: false, error: { kind: 'bad-characters' } });
    expect(checkDecode(`1${base64urlEncode(Uint8Array.of(2, 0xff, 0xff))}`)).toMatchObject({
      ok: false,
      error: { kind: 'bad-compression' },
    });
    // Codes broken across lines by a mail client still decode.
    const code = CODES[0]!;
    expect(checkDecode(`${code.slice(0, 40)}\n  ${code.slice(40)}\n`).ok).toBe(true);
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
