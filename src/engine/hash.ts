// Canonical JSON and hashes: SHA-256 names a scenario exactly; a fast 64-bit hash checks each turn's state in a replay.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SIDES, type WorldState } from './state.js';

/** Each object key as JSON text with its colon: the same few keys recur in every turn of a replay. */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    // Bounded: keys come from untrusted data too (a scenario, a replay).
    if (quotedKeys.size > 10_000) quotedKeys.clear();
    quoted = `${JSON.stringify(key)}:`;
    quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** JSON with object keys sorted at every level, so that equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Built by concatenation rather than map/filter/join: replay digests hash a few kilobytes of it per verification.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // As Array.prototype.join did: an element with no JSON text (undefined, a function) contributes nothing.
      const text = canonicalJson(value[i]) as string | undefined;
      if (text !== undefined) out += text;
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const field = record[key];
    if (field === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += quotedKey(key) + canonicalJson(field);
  }
  return out + '}';
}

/** The one method of the platform's TextEncoder used here (the engine's type library has no DOM or Node types). */
interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}
const encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();
let scratch = new Uint8Array(4096);

/** Encodes into one reused buffer: noble's utf8ToBytes built an encoder and two arrays per call, half a digest's cost. */
function utf8View(text: string): Uint8Array {
  // A UTF-16 code unit never takes more than 3 bytes of UTF-8, so the whole text always fits.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8View(text)));
}

/** FNV-1a over the UTF-16 code units, as a 48-bit integer: ids and state names recur, so their codes are cached. */
function textCode(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 16777619);
    b = Math.imul(b ^ text.charCodeAt(i), 2246822519);
  }
  return (a >>> 0) * 65536 + (b >>> 16);
}
/** A value's two 32-bit halves, as Hasher.int mixes them. */
interface Halves {
  lo: number;
  hi: number;
}
const halvesOf = (n: number): Halves => ({ lo: (n % 4294967296) | 0, hi: Math.floor(n / 4294967296) | 0 });
/** Each text's code, already split: the codes are 48-bit, so splitting them on every use was most of a hash's cost. */
const stringHalves = new Map<string, Halves>();

const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
/** 8 lower-case hex digits of a 32-bit value, as (v >>> 0).toString(16).padStart(8, '0') gives: radix conversion was slow. */
const hex32 = (v: number): string =>
  BYTE_HEX[(v >>> 24) & 255]! + BYTE_HEX[(v >>> 16) & 255]! + BYTE_HEX[(v >>> 8) & 255]! + BYTE_HEX[v & 255]!;

/** Two independent 32-bit multiply-xorshift lanes: 64 bits, integer arithmetic only. */
class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private mix(lo: number, hi: number): this {
    this.h1 = Math.imul(this.h1 ^ lo, 2654435761) ^ hi;
    this.h2 = Math.imul(this.h2 ^ hi, 1597334677) ^ lo;
    return this;
  }
  int(n: number): this {
    // Splits into two 32-bit halves so that any safe integer (and alea's 2^-32 fractions, scaled) hashes exactly.
    // Nearly every value is below 2^32: its halves are n | 0 and 0, without the slow float division (same result).
    if (n >= 0 && n < 4294967296) return this.mix(n | 0, 0);
    const { lo, hi } = halvesOf(n);
    return this.mix(lo, hi);
  }
  str(text: string): this {
    let halves = stringHalves.get(text);
    if (halves === undefined) {
      // Bounded: scenarios are untrusted, and a long session may load many.
      if (stringHalves.size > 10_000) stringHalves.clear();
      halves = halvesOf(textCode(text));
      stringHalves.set(text, halves);
    }
    return this.mix(halves.lo, halves.hi);
  }
  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return hex32(h2) + hex32(h1);
  }
}

/** alea's seeds are multiples of 2^-32 below 1: scaled, they are exact integers. */
const scaled = (fraction: number): number => fraction * 4294967296;

let lastRecord: object | null = null;
let lastKeys: readonly string[] = [];
let lastSorted: readonly string[] = [];

/**
 * An object's keys, sorted: the projects of one scenario have the same keys in every state, so the last sort is reused
 * (and the same map, shared by consecutive states until a project changes, is not even listed again: its keys never change).
 */
function sortedKeys(record: object): readonly string[] {
  if (record === lastRecord) return lastSorted;
  const keys = Object.keys(record);
  if (keys.length !== lastKeys.length || keys.some((k, i) => k !== lastKeys[i])) {
    lastKeys = keys;
    lastSorted = [...keys].sort();
  }
  lastRecord = record;
  return lastSorted;
}

/**
 * The per-turn state hash recorded in replays: every field of the world in a fixed order,
 * independent of object key order after a save and restore.
 */
export function stateHash(w: WorldState): string {
  const h = new Hasher().str(w.scenario).int(w.turn);
  h.int(w.rng.c).int(scaled(w.rng.s0)).int(scaled(w.rng.s1)).int(scaled(w.rng.s2)).int(w.noise);
  h.int(w.trust.nato).int(w.trust.russia);
  for (const side of SIDES) {
    h.int(w.trustBy[side].practical).int(w.trustBy[side].order).str(w.types[side].practical).str(w.types[side].order);
    h.int(w.prior[side].practical).int(w.prior[side].order).int(w.score[side]);
  }
  h.int(w.capital.nato).int(w.capital.russia).int(w.security.nato).int(w.security.russia);
  h.int(w.cohesion).int(w.neighbours).str(w.channels).str(w.cooperation).str(w.iran);
  h.str(w.flashpoints.md).str(w.flashpoints.enlargement).str(w.flashpoints.ukraine).str(w.flashpoints.transnistria);
  const md = w.md;
  h.str(md.sites.romania)
    .str(md.sites.poland)
    .int(+md.clarity)
    .int(+md.threatMatched)
    .str(md.noCapacity)
    .int(+md.offer)
    .int(md.centreTurns)
    .int(md.ratifyIn)
    .int(md.retryFrom)
    .int(md.gap.nato)
    .int(md.gap.russia)
    .int(md.delays.romania)
    .int(md.delays.poland);
  h.int(w.allies.trust).str(w.allies.stance);
  h.int(w.kyiv.leaning).int(w.kyiv.stability).str(w.kyiv.choice).int(+w.kyiv.consulted).int(+w.kyiv.coerced);
  h.int(w.typesHeld ? 1 : 0)
    .int(w.accommodation)
    .int(w.transnistria.commitment)
    .int(+w.transnistria.natoSupport)
    .int(w.firedOnce.length);
  for (const id of w.firedOnce) h.str(id);
  const { chisinau, tiraspol } = w.transnistria;
  h.int(chisinau.course).int(chisinau.guarantee).int(tiraspol.dependence).int(tiraspol.line);
  for (const id of sortedKeys(w.projects)) {
    const p = w.projects[id]!;
    h.str(id)
      .str(p.state)
      .int(p.progress)
      .str(p.proposedBy ?? '-')
      .int(p.since)
      .int(p.suspendedFor);
  }
  return h.digest();
}
