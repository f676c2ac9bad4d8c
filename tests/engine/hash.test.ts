// The hashes that name scenarios and seal replays: SHA-256 as the standard defines it, for any text and any length,
// and the per-turn state hash's hex digits as the radix conversion wrote them.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/engine/testing.js';

const reference = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('encodes non-ASCII text as UTF-8, lone surrogates as U+FFFD, as Node does', () => {
    for (const text of ['Chișinău — Тирасполь', '😀 ∑ é', 'a\uD800b', '\uDC00']) expect(sha256Hex(text)).toBe(reference(text));
  });

  it('is right for long texts after short ones and short after long (its buffer is reused and grows)', () => {
    const texts = ['x', 'é'.repeat(5000), 'y', '😀'.repeat(3000), 'short'];
    for (const text of texts) expect(sha256Hex(text)).toBe(reference(text));
  });

  it('agrees with Node for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => sha256Hex(text) === reference(text)),
      {
        numRuns: 300,
      },
    );
  });
});

describe('canonicalJson', () => {
  it('writes the same text whatever the key order, and keys with characters JSON escapes', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    expect(canonicalJson({ 'q"uote': 1, 'back\\slash': 2 })).toBe('{"back\\\\slash":2,"q\\"uote":1}');
  });
});
