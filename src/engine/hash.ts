// Canonical JSON and hashes: SHA-256 names a scenario exactly; a fast 64-bit hash checks each turn's state in a replay.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { WorldState } from './state.js';

/** JSON with object keys sorted at every level, so that equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Every field of the world in a fixed order; cheaper than canonical JSON, and independent of key order after a restore. */
export function worldFingerprint(w: WorldState): string {
  const parts: (string | number | boolean)[] = [
    w.scenario, w.turn, w.rng.c, w.rng.s0, w.rng.s1, w.rng.s2, w.noise,
    w.trust.nato, w.trust.russia, w.capital.nato, w.capital.russia, w.security.nato, w.security.russia,
    w.cohesion, w.neighbours, w.channels, w.iran,
    w.flashpoints.md, w.flashpoints.enlargement, w.flashpoints.ukraine, w.flashpoints.transnistria,
    w.md.sites.romania, w.md.sites.poland, w.md.clarity, w.md.threatMatched, w.md.noCapacity, w.md.offer, w.md.centreTurns,
    w.accommodation, w.transnistria.commitment, w.transnistria.natoSupport, w.firedOnce.join('+'),
  ];
  for (const id of Object.keys(w.projects).sort()) {
    const p = w.projects[id]!;
    parts.push(id, p.state, p.progress, p.proposedBy ?? '-', p.since, p.suspendedFor);
  }
  return parts.join('|');
}

/** Two independent 32-bit multiply-xorshift lanes over the UTF-16 code units: 64 bits, integer arithmetic only. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The per-turn state hash recorded in replays. */
export function stateHash(world: WorldState): string {
  return hash64(worldFingerprint(world));
}
