// The teacher's PIN is never stored or sent in clear. The game's window keeps a salted PBKDF2-SHA-256 hash of it
// (WebCrypto; @noble/hashes, the same algorithm, where the page is not a secure context and crypto.subtle is missing,
// e.g. a classroom server on plain http). A console window proves it knows the PIN without sending it: it derives the
// same key from the typed PIN and the record's salt, and answers a fresh random challenge with HMAC-SHA-256(key,
// challenge). Nothing here reaches the DOM; it runs in Node as in the browser.
import { hmac } from '@noble/hashes/hmac.js';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** What the game's window stores (session storage): the salt, the work factor and the derived key, in hex. */
export interface PinRecord {
  v: 1;
  salt: string;
  iterations: number;
  hash: string;
}

/** About a tenth of a second on a school laptop: slow enough to make guessing offline costly, fast enough to type. */
export const PIN_ITERATIONS = 150_000;
const SALT_BYTES = 16;
const KEY_BITS = 256;
/** Bounds on what a record or a challenge may ask of us (a damaged or hostile record must not hang the page). */
const MIN_ITERATIONS = 10_000;
const MAX_ITERATIONS = 2_000_000;

const HEX = (bytes: number): RegExp => new RegExp(`^[0-9a-f]{${bytes * 2}}$`);

/** A random value of `bytes` bytes, in hex (a salt, a challenge). */
export function randomHex(bytes: number): string {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}

/** WebCrypto where the page may use it; null in an insecure context (then @noble/hashes). */
const subtle = (): SubtleCrypto | null => globalThis.crypto?.subtle ?? null;

/** PBKDF2-SHA-256 of the PIN: the key both windows derive. */
export async function derivePinKey(pin: string, saltHex: string, iterations: number): Promise<Uint8Array> {
  const salt = hexToBytes(saltHex);
  const web = subtle();
  if (web) {
    const material = await web.importKey('raw', utf8ToBytes(pin), 'PBKDF2', false, ['deriveBits']);
    const bits = await web.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, KEY_BITS);
    return new Uint8Array(bits);
  }
  return pbkdf2Async(sha256, pin, salt, { c: iterations, dkLen: KEY_BITS / 8 });
}

/** HMAC-SHA-256 of the challenge under the derived key, in hex: what a console window sends instead of the PIN. */
export async function pinProof(key: Uint8Array, challenge: string): Promise<string> {
  const web = subtle();
  if (web) {
    const hmacKey = await web.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return bytesToHex(new Uint8Array(await web.sign('HMAC', hmacKey, utf8ToBytes(challenge))));
  }
  return bytesToHex(hmac(sha256, key, utf8ToBytes(challenge)));
}

/** A new record for a PIN, with a fresh salt. */
export async function makePinRecord(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = randomHex(SALT_BYTES);
  return { v: 1, salt, iterations, hash: bytesToHex(await derivePinKey(pin, salt, iterations)) };
}

/** Equal strings, compared in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Whether a typed PIN is the one the record was made from. */
export async function pinMatches(record: PinRecord, pin: string): Promise<boolean> {
  return sameText(bytesToHex(await derivePinKey(pin, record.salt, record.iterations)), record.hash);
}

/** Whether a console window's answer to `challenge` was made with the record's key. */
export async function proofMatches(record: PinRecord, challenge: string, proof: string): Promise<boolean> {
  if (!HEX(32).test(proof)) return false;
  return sameText(await pinProof(hexToBytes(record.hash), challenge), proof);
}

/** A stored record, checked field by field (session storage is readable and writable by the page's own devtools). */
export function parsePinRecord(value: unknown): PinRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.v !== 1 || typeof r.salt !== 'string' || !HEX(SALT_BYTES).test(r.salt)) return null;
  if (typeof r.hash !== 'string' || !HEX(KEY_BITS / 8).test(r.hash)) return null;
  if (!isIterations(r.iterations)) return null;
  return { v: 1, salt: r.salt, iterations: r.iterations, hash: r.hash };
}

export const isIterations = (n: unknown): n is number =>
  Number.isSafeInteger(n) && (n as number) >= MIN_ITERATIONS && (n as number) <= MAX_ITERATIONS;
export const isSalt = (s: unknown): s is string => typeof s === 'string' && HEX(SALT_BYTES).test(s);
