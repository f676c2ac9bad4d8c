// Replay codes (DESIGN.md 5): a replay packed into a short URL-safe string, and decoded back defensively from untrusted text.
// Pure: no DOM, no Node APIs, so that the browser and the command line share it.
//
// Code layout: VERSION_CHAR + base64url(bytes, no padding), bytes (version 1) =
//   varint L · L bytes of raw DEFLATE(moves) · 32 bytes scenario SHA-256 · 8 hash bytes per turn.
// Versions 3 and 4 (replay format 2, issue 14) add, after the turn hashes, the replay's 8-byte digest and (version 4)
// the 4-byte lesson check of each turn with injections or notes; versions 1 and 2 decode to format 1 replays.
// Version 5 (a classroom game, issue 12) is version 4 with, after the lesson section of the moves, a varint of flags
// (1: the teams' names follow, as two strings, NATO's then Russia's; 2: the game was ended early by the teacher).
// moves = varint format · string game · string scenario · string seed · varint (noise + 1, 0 = none) · varint turn count
//   · per turn: varint n, n action tokens (NATO), varint m, m tokens (Russia).
// An action token is one byte: its index in ACTION_TABLE_V1; or ESCAPE and the id as a string for an id outside the table,
// which then gets the next free token (53, 54, …) for its later uses.
// Strings are a varint byte length and UTF-8 bytes. The hashes are random bytes that DEFLATE cannot shrink: kept out of
// the compressed part, they cost exactly their size (200 bytes for 21 turns) instead of bloating its Huffman codes.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import {
  MAX_ACTIONS_PER_SIDE,
  MAX_ANNOTATION_LENGTH,
  MAX_ANNOTATIONS_PER_TURN,
  MAX_ID_LENGTH,
  MAX_INJECTIONS_PER_TURN,
  MAX_SEED_LENGTH,
  MAX_TEAM_NAME_LENGTH,
  MAX_TURNS,
} from '../scenario/limits.js';
import { REPLAY_FORMAT, REPLAY_FORMAT_LEGACY, type Replay } from './replay.js';

/** The first character of every code: a new layout gets a new character, old codes keep decoding. */
export const REPLAY_CODE_VERSION = '1';
/** Codes of replays that carry a teacher's injections or notes (classroom): v1 plus a lesson section after the turns. */
export const REPLAY_CODE_VERSION_LESSON = '2';
/** Codes of format 2 replays (with their digest): without, and with a lesson section. The ones written now. */
export const REPLAY_CODE_VERSION_SEALED = '3';
export const REPLAY_CODE_VERSION_SEALED_LESSON = '4';
/** Codes of format 2 replays of a classroom game: team names or ended early (version 4 and a classroom section). */
export const REPLAY_CODE_VERSION_CLASSROOM = '5';
const CODE_VERSIONS = [
  REPLAY_CODE_VERSION,
  REPLAY_CODE_VERSION_LESSON,
  REPLAY_CODE_VERSION_SEALED,
  REPLAY_CODE_VERSION_SEALED_LESSON,
  REPLAY_CODE_VERSION_CLASSROOM,
];
/** Longer input is refused before any decoding: a full 21-turn campaign takes 320 to 470. */
export const MAX_CODE_LENGTH = 4000;
/** The decompressed payload may not exceed this: a decompression bomb stops here, with this much allocated at most. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** The replay format's limits are the game's (limits.ts): every game the rules allow can be shared. */
export const MAX_REPLAY_TURNS = MAX_TURNS;
export { MAX_ACTIONS_PER_SIDE };

/**
 * The stable action ids of DESIGN.md 4 (and a few more of the shipped scenarios), in a fixed order: an id's index is its one-byte token.
 * FROZEN for code version 1: never reorder, remove or insert; ids added later are written out (ESCAPE) or go into a version 2 table.
 */
const ACTION_TABLE_V1: readonly string[] = [
  'coop.standex',
  'coop.airspace',
  'coop.counter-narcotics',
  'coop.afghan-transit',
  'coop.afghan-helicopters',
  'coop.counter-piracy',
  'coop.threat-review',
  'coop.nonproliferation',
  'coop.cyber',
  'coop.military-reform',
  'coop.disaster-response',
  'coop.csto-counter-drug',
  'coop.joint-peacekeeping',
  'cbm.consultation-mechanism',
  'cbm.strategic-transparency',
  'cbm.cfe-revival',
  'cbm.security-treaty-talks',
  'md.offer-joint-system',
  'md.share-architecture',
  'md.political-guarantee',
  'md.legal-guarantee',
  'md.adapt-to-threat',
  'md.proceed-romania',
  'md.proceed-poland',
  'md.pause-deployment',
  'md.demand-guarantees',
  'md.demand-co-management',
  'md.reject-proposal',
  'md.countermeasures',
  'md.joint-data-centre',
  'enlargement.criteria-based',
  'enlargement.fast-track-ukraine',
  'enlargement.fast-track-georgia',
  'enlargement.pause',
  'enlargement.respect-choice',
  'enlargement.demand-veto',
  'enlargement.pressure-ukraine',
  'ukraine.intervene',
  'ukraine.de-escalate',
  'ukraine.reassure-allies',
  'ukraine.sanctions',
  'ukraine.mediate',
  'transnistria.joint-mediation',
  'transnistria.back-status-quo',
  'transnistria.support-settlement',
  'nrc.suspend',
  'nrc.resume',
  'talk.partnership-pledge',
  'talk.public-criticism',
  'nato.energy-collective-defence',
  // Ids of the shipped scenarios beyond DESIGN.md 4 when version 1 was fixed (an unused entry costs nothing).
  'talk.more-meetings',
  'nato.exercise',
  'russia.snap-exercise',
];
const ESCAPE = 0xff;
const TOKEN_OF = new Map(ACTION_TABLE_V1.map((id, i) => [id, i]));

/**
 * The DEFLATE preset dictionary of version 1: the scenario ids, the game version and the action ids, so that the strings
 * of the header and any escaped id compress to back-references. FROZEN for code version 1, like the table above.
 */
const DICTIONARY_V1 = strToU8(
  ['0.1.0', 'tutorial', 'transnistria-mediation', 'bucharest-promise', 'missile-defence-clock', 'reset-2010', ...ACTION_TABLE_V1].join(' '),
);

// ---------------------------------------------------------------- the replay schema: what a decoded code must be

const ID = /^[a-z][a-z0-9.-]*$/;
const Id = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(ID, 'must be an id in lower case, like "coop.standex"');
const Actions = z.array(Id).max(MAX_ACTIONS_PER_SIDE, `at most ${MAX_ACTIONS_PER_SIDE} actions per side and turn`);
const TeamName = z
  .string()
  .min(1, 'a team has a name')
  .max(MAX_TEAM_NAME_LENGTH, `a team name has at most ${MAX_TEAM_NAME_LENGTH} characters`);

/** A replay as JSON (src/engine/replay.ts), strictly: unknown keys, bad hashes and oversized lists are refused. */
export const ReplaySchema = z
  .strictObject({
    format: z.union(
      [z.literal(REPLAY_FORMAT), z.literal(REPLAY_FORMAT_LEGACY)],
      `must be ${REPLAY_FORMAT} (or ${REPLAY_FORMAT_LEGACY}, read only): the replay formats this game reads`,
    ),
    game: z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a game version like "0.1.0"'),
    scenario: Id,
    scenarioSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)'),
    seed: z.string().max(MAX_SEED_LENGTH, `must be at most ${MAX_SEED_LENGTH} characters`),
    noise: z.number().int('must be a whole number of basis points').min(0).max(10_000).optional(),
    turns: z
      .array(
        z.strictObject({
          nato: Actions,
          russia: Actions,
          hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lower-case hex digits'),
          inject: z.array(Id).min(1).max(MAX_INJECTIONS_PER_TURN, `at most ${MAX_INJECTIONS_PER_TURN} injected events per turn`).optional(),
          notes: z
            .array(z.string().min(1).max(MAX_ANNOTATION_LENGTH, `a note has at most ${MAX_ANNOTATION_LENGTH} characters`))
            .min(1)
            .max(MAX_ANNOTATIONS_PER_TURN, `at most ${MAX_ANNOTATIONS_PER_TURN} notes per turn`)
            .optional(),
          lesson: z
            .string()
            .regex(/^[0-9a-f]{8}$/, 'must be 8 lower-case hex digits')
            .optional(),
        }),
      )
      .max(MAX_REPLAY_TURNS, `at most ${MAX_REPLAY_TURNS} turns`),
    teams: z.strictObject({ nato: TeamName, russia: TeamName }).optional(),
    endedEarly: z.literal(true, 'must be true when present').optional(),
    digest: z
      .string()
      .regex(/^[0-9a-f]{16}$/, 'must be 16 lower-case hex digits')
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.format === REPLAY_FORMAT && r.digest === undefined)
      ctx.addIssue({ code: 'custom', path: ['digest'], message: `a replay of format ${REPLAY_FORMAT} has a digest` });
    if (r.format === REPLAY_FORMAT_LEGACY) {
      if (r.digest !== undefined) ctx.addIssue({ code: 'custom', path: ['digest'], message: 'a replay of format 1 has no digest' });
      if (r.teams !== undefined || r.endedEarly !== undefined)
        ctx.addIssue({ code: 'custom', path: ['teams'], message: 'a replay of format 1 has no team names and is never ended early' });
      r.turns.forEach((t, i) => {
        if (t.lesson !== undefined)
          ctx.addIssue({ code: 'custom', path: ['turns', i, 'lesson'], message: 'a replay of format 1 has no lesson checks' });
      });
    }
  });

export interface ReplayIssue {
  /** Path inside the replay, as segments (`['turns', 3, 'nato', 0]`). */
  path: (string | number)[];
  message: string;
}

/** Checks untrusted data (a parsed replay file or a decoded payload) against the replay schema. */
export function parseReplay(value: unknown): { ok: true; replay: Replay } | { ok: false; issues: ReplayIssue[] } {
  const checked = ReplaySchema.safeParse(value);
  if (checked.success) return { ok: true, replay: withoutUndefined(checked.data) };
  return {
    ok: false,
    issues: checked.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}

/** zod keeps an absent optional key as absent; this also drops an explicit `noise: undefined`, so round trips deep-equal. */
function withoutUndefined(r: z.output<typeof ReplaySchema>): Replay {
  const replay: Replay = {
    format: r.format,
    game: r.game,
    scenario: r.scenario,
    scenarioSha256: r.scenarioSha256,
    seed: r.seed,
    turns: r.turns.map((t) => {
      const turn: Replay['turns'][number] = { nato: t.nato, russia: t.russia, hash: t.hash };
      if (t.inject !== undefined) turn.inject = t.inject;
      if (t.notes !== undefined) turn.notes = t.notes;
      if (t.lesson !== undefined) turn.lesson = t.lesson;
      return turn;
    }),
  };
  if (r.noise !== undefined) replay.noise = r.noise;
  if (r.teams !== undefined) replay.teams = { nato: r.teams.nato, russia: r.teams.russia };
  if (r.endedEarly !== undefined) replay.endedEarly = true;
  if (r.digest !== undefined) replay.digest = r.digest;
  return replay;
}

// ---------------------------------------------------------------- results

export type DecodeErrorKind = 'too-long' | 'bad-characters' | 'bad-compression' | 'too-large' | 'bad-format';
export type DecodeResult = { ok: true; replay: Replay } | { ok: false; error: { kind: DecodeErrorKind; message: string } };

const failure = (kind: DecodeErrorKind, message: string): DecodeResult => ({ ok: false, error: { kind, message } });

// ---------------------------------------------------------------- base64url over bytes (no Buffer, no btoa)

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Strict: only the 64 characters, no padding, and the unused low bits of the last character must be zero (one code per replay). */
export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE_OF[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

// ---------------------------------------------------------------- the binary payload

class Writer {
  private bytes: number[] = [];
  byte(b: number): void {
    this.bytes.push(b & 0xff);
  }
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
  raw(data: Uint8Array): void {
    for (const b of data) this.byte(b);
  }
  string(s: string): void {
    const data = strToU8(s);
    this.varint(data.length);
    this.raw(data);
  }
  hex(h: string): void {
    for (let i = 0; i < h.length; i += 2) this.byte(parseInt(h.slice(i, i + 2), 16));
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Thrown inside the reader only; decodeReplay turns it into a 'bad-format' result. */
class FormatError extends Error {}

class Reader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}
  byte(): number {
    const b = this.data[this.pos];
    if (b === undefined) throw new FormatError('the code ends too early');
    this.pos++;
    return b;
  }
  /** At most 4 bytes (values below 2^28): longer is never written, so it is corruption. */
  varint(max: number, what: string): number {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = this.byte();
      n += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) {
        if (n > max) throw new FormatError(`${what} is ${n}; at most ${max} is allowed`);
        return n;
      }
    }
    throw new FormatError(`${what} is not a valid number`);
  }
  take(n: number): Uint8Array {
    if (this.pos + n > this.data.length) throw new FormatError('the code ends too early');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string(max: number, what: string): string {
    return strFromU8(this.take(this.varint(max, `the length of ${what}`)));
  }
  hex(bytes: number): string {
    let s = '';
    for (const b of this.take(bytes)) s += b.toString(16).padStart(2, '0');
    return s;
  }
  get atEnd(): boolean {
    return this.pos === this.data.length;
  }
}

/** Ids outside the table get tokens TABLE_SIZE, TABLE_SIZE+1, … in order of first use: written out once, then one byte each. */
const FIRST_DYNAMIC = ACTION_TABLE_V1.length;

function writeActions(w: Writer, ids: readonly string[], dynamic: Map<string, number>): void {
  w.varint(ids.length);
  for (const id of ids) {
    const token = TOKEN_OF.get(id) ?? dynamic.get(id);
    if (token !== undefined) w.byte(token);
    else if (FIRST_DYNAMIC + dynamic.size < ESCAPE) {
      dynamic.set(id, FIRST_DYNAMIC + dynamic.size);
      w.byte(ESCAPE);
      w.string(id);
    } else throw new RangeError('a replay with more than 200 distinct ids outside the stable table cannot be encoded');
  }
}

function readActions(r: Reader, dynamic: string[]): string[] {
  const n = r.varint(MAX_ACTIONS_PER_SIDE, 'the number of actions of a side');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const token = r.byte();
    if (token === ESCAPE) {
      if (FIRST_DYNAMIC + dynamic.length >= ESCAPE) throw new FormatError('too many new action ids');
      const id = r.string(MAX_ID_LENGTH, 'an action id');
      dynamic.push(id);
      ids.push(id);
    } else {
      const id = token < FIRST_DYNAMIC ? ACTION_TABLE_V1[token] : dynamic[token - FIRST_DYNAMIC];
      if (id === undefined) throw new FormatError(`unknown action token ${token}`);
      ids.push(id);
    }
  }
  return ids;
}

const isLessonTurn = (t: { inject?: unknown; notes?: unknown }): boolean => t.inject !== undefined || t.notes !== undefined;
const hasLesson = (replay: Replay): boolean => replay.turns.some(isLessonTurn);
const isClassroom = (replay: Replay): boolean => replay.teams !== undefined || replay.endedEarly !== undefined;
const TEAMS_FLAG = 1;
const ENDED_EARLY_FLAG = 2;

/** The compressible part: header strings and every turn's actions (and, in v2 codes, the teacher's injections and notes). */
function packMoves(replay: Replay, lesson: boolean, classroom: boolean): Uint8Array {
  const w = new Writer();
  w.varint(replay.format);
  w.string(replay.game);
  w.string(replay.scenario);
  w.string(replay.seed);
  w.varint(replay.noise === undefined ? 0 : replay.noise + 1);
  w.varint(replay.turns.length);
  const dynamic = new Map<string, number>();
  for (const turn of replay.turns) {
    writeActions(w, turn.nato, dynamic);
    writeActions(w, turn.russia, dynamic);
  }
  if (lesson) {
    for (const turn of replay.turns) {
      for (const list of [turn.inject ?? [], turn.notes ?? []]) {
        w.varint(list.length);
        for (const item of list) w.string(item);
      }
    }
  }
  if (classroom) {
    w.varint((replay.teams ? TEAMS_FLAG : 0) | (replay.endedEarly ? ENDED_EARLY_FLAG : 0));
    if (replay.teams) {
      w.string(replay.teams.nato);
      w.string(replay.teams.russia);
    }
  }
  return w.done();
}

function pack(replay: Replay, lesson: boolean, classroom: boolean): Uint8Array {
  const moves = deflateSync(packMoves(replay, lesson, classroom), { level: 9, dictionary: DICTIONARY_V1 });
  const w = new Writer();
  w.varint(moves.length);
  w.raw(moves);
  w.hex(replay.scenarioSha256);
  for (const turn of replay.turns) w.hex(turn.hash);
  if (replay.format === REPLAY_FORMAT) {
    w.hex(replay.digest!);
    for (const turn of replay.turns) if (isLessonTurn(turn)) w.hex(turn.lesson ?? '');
  }
  return w.done();
}

/** Reads the moves into plain data; the schema then checks every field, so this only guards sizes and structure. */
function unpackMoves(data: Uint8Array, lesson: boolean, classroom: boolean): Record<string, unknown> & { turns: LessonTurn[] } {
  const r = new Reader(data);
  const format = r.varint(1000, 'the replay format');
  const game = r.string(32, 'the game version');
  const scenario = r.string(MAX_ID_LENGTH, 'the scenario id');
  // Lengths in the code are UTF-8 bytes: up to 4 per character.
  const seed = r.string(MAX_SEED_LENGTH * 4, 'the seed');
  const noisePlusOne = r.varint(10_001, 'the noise');
  const count = r.varint(MAX_REPLAY_TURNS, 'the number of turns');
  const turns: LessonTurn[] = [];
  const dynamic: string[] = [];
  for (let i = 0; i < count; i++) turns.push({ nato: readActions(r, dynamic), russia: readActions(r, dynamic) });
  if (lesson) {
    for (const turn of turns) {
      const inject = readList(r, MAX_INJECTIONS_PER_TURN, MAX_ID_LENGTH, 'an injected event');
      const notes = readList(r, MAX_ANNOTATIONS_PER_TURN, MAX_ANNOTATION_LENGTH * 4, 'a note');
      if (inject.length > 0) turn.inject = inject;
      if (notes.length > 0) turn.notes = notes;
    }
  }
  const replay: Record<string, unknown> & { turns: typeof turns } = { format, game, scenario, seed, turns };
  if (noisePlusOne > 0) replay.noise = noisePlusOne - 1;
  if (classroom) {
    const flags = r.varint(TEAMS_FLAG | ENDED_EARLY_FLAG, 'the classroom flags');
    // Written only when there is something to say: an empty section is not the code of any replay.
    if (flags === 0) throw new FormatError('a classroom section says nothing');
    if (flags & TEAMS_FLAG) {
      // Lengths in the code are UTF-8 bytes: up to 4 per character.
      const nato = r.string(MAX_TEAM_NAME_LENGTH * 4, "NATO's team name");
      replay.teams = { nato, russia: r.string(MAX_TEAM_NAME_LENGTH * 4, "Russia's team name") };
    }
    if (flags & ENDED_EARLY_FLAG) replay.endedEarly = true;
  }
  if (!r.atEnd) throw new FormatError('there are extra bytes after the last turn');
  return replay;
}

interface LessonTurn {
  nato: string[];
  russia: string[];
  inject?: string[];
  notes?: string[];
}

function readList(r: Reader, maxItems: number, maxLength: number, what: string): string[] {
  const n = r.varint(maxItems, `the number of items (${what})`);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(r.string(maxLength, what));
  return items;
}

/**
 * The hashes after the compressed moves: exactly 32 + 8 bytes per turn, no more, no less; in sealed codes (format 2)
 * then the 8-byte digest and 4 bytes per turn with injections or notes.
 */
function readHashes(r: Reader, moves: ReturnType<typeof unpackMoves>, sealed: boolean): unknown {
  const scenarioSha256 = r.hex(32);
  const turns: (LessonTurn & { hash: string; lesson?: string })[] = moves.turns.map((t) => ({ ...t, hash: r.hex(8) }));
  const replay: Record<string, unknown> = { ...moves, scenarioSha256, turns };
  if (sealed) {
    replay.digest = r.hex(8);
    for (const turn of turns) if (isLessonTurn(turn)) turn.lesson = r.hex(4);
  }
  if (!r.atEnd) throw new FormatError('there are extra bytes after the last hash');
  return replay;
}

// ---------------------------------------------------------------- bounded inflate

/** Feeding small chunks bounds the output of one push (DEFLATE expands at most ~1032:1), so the running check stops a bomb early. */
const INFLATE_CHUNK = 64;

function inflateBounded(data: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; kind: 'bad-compression' | 'too-large' } {
  const out = new Uint8Array(MAX_PAYLOAD_BYTES);
  let size = 0;
  let tooLarge = false;
  let ended = false;
  try {
    const inflate = new Inflate({ dictionary: DICTIONARY_V1 }, (chunk, final) => {
      if (size + chunk.length > MAX_PAYLOAD_BYTES) tooLarge = true;
      else out.set(chunk, size);
      size += chunk.length;
      if (final) ended = true;
    });
    for (let i = 0; i < data.length && !tooLarge; i += INFLATE_CHUNK) {
      inflate.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    }
    if (data.length === 0) return { ok: false, kind: 'bad-compression' };
  } catch {
    return { ok: false, kind: tooLarge ? 'too-large' : 'bad-compression' };
  }
  if (tooLarge) return { ok: false, kind: 'too-large' };
  if (!ended) return { ok: false, kind: 'bad-compression' };
  return { ok: true, bytes: out.slice(0, size) };
}

// ---------------------------------------------------------------- public API

/**
 * The code of a replay. Throws (RangeError) only for a replay that the schema refuses or whose code would exceed
 * MAX_CODE_LENGTH, because such a code could not be decoded: share the replay file instead.
 */
export function encodeReplay(replay: Replay): string {
  const checked = parseReplay(replay);
  if (!checked.ok) {
    const first = checked.issues[0]!;
    throw new RangeError(
      `cannot encode an invalid replay: $${first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}: ${first.message}`,
    );
  }
  const sealed = checked.replay.format === REPLAY_FORMAT;
  const classroom = sealed && isClassroom(checked.replay);
  // A classroom code always carries the lesson section (empty lists cost a byte a turn before compression).
  const lesson = classroom || hasLesson(checked.replay);
  const version = classroom
    ? REPLAY_CODE_VERSION_CLASSROOM
    : sealed
      ? lesson
        ? REPLAY_CODE_VERSION_SEALED_LESSON
        : REPLAY_CODE_VERSION_SEALED
      : lesson
        ? REPLAY_CODE_VERSION_LESSON
        : REPLAY_CODE_VERSION;
  const code = version + base64urlEncode(pack(checked.replay, lesson, classroom));
  if (code.length > MAX_CODE_LENGTH) {
    throw new RangeError(
      `the replay code would be ${code.length} characters; codes are limited to ${MAX_CODE_LENGTH}: share the replay file instead`,
    );
  }
  return code;
}

/** Decodes untrusted text into a checked replay. Never throws; the work is bounded by the caps above. */
export function decodeReplay(code: string): DecodeResult {
  try {
    if (typeof code !== 'string') return failure('bad-format', 'a replay code must be text');
    if (code.length > MAX_CODE_LENGTH) {
      return failure('too-long', `the code is ${code.length} characters; a replay code has at most ${MAX_CODE_LENGTH}`);
    }
    // Codes pasted from e-mails or chat may be broken across lines.
    const text = code.replace(/\s+/g, '');
    if (text.length === 0) return failure('bad-format', 'the code is empty');
    const classroom = text[0] === REPLAY_CODE_VERSION_CLASSROOM;
    const lesson = classroom || text[0] === REPLAY_CODE_VERSION_LESSON || text[0] === REPLAY_CODE_VERSION_SEALED_LESSON;
    const sealed = classroom || text[0] === REPLAY_CODE_VERSION_SEALED || text[0] === REPLAY_CODE_VERSION_SEALED_LESSON;
    if (!CODE_VERSIONS.includes(text[0]!)) {
      return failure(
        'bad-format',
        `this is not a replay code of a version this game reads (codes start with ${CODE_VERSIONS.map((v) => `"${v}"`).join(', ')})`,
      );
    }
    const bytes = base64urlDecode(text.slice(1));
    if (!bytes)
      return failure('bad-characters', 'the code has characters that do not belong in it, or it was cut or changed: copy it again');
    const r = new Reader(bytes);
    let compressed: Uint8Array;
    try {
      compressed = r.take(r.varint(bytes.length, 'the length of the moves'));
    } catch (e) {
      return failure('bad-format', `the code is damaged: ${e instanceof FormatError ? e.message : 'unreadable content'}`);
    }
    const inflated = inflateBounded(compressed);
    if (!inflated.ok) {
      return inflated.kind === 'too-large'
        ? failure('too-large', `the code unpacks to more than ${MAX_PAYLOAD_BYTES} bytes; no replay is that large`)
        : failure('bad-compression', 'the code is damaged (it does not unpack): copy it again');
    }
    let value: unknown;
    try {
      value = readHashes(r, unpackMoves(inflated.bytes, lesson, classroom), sealed);
    } catch (e) {
      return failure('bad-format', `the code is damaged: ${e instanceof FormatError ? e.message : 'unreadable content'}`);
    }
    const checked = parseReplay(value);
    if (!checked.ok) {
      const first = checked.issues[0]!;
      return failure('bad-format', `the code does not hold a valid replay: ${['$', ...first.path].join('.')}: ${first.message}`);
    }
    return { ok: true, replay: checked.replay };
  } catch {
    // Defence in depth: nothing above should throw, but a pasted code must never crash the page.
    return failure('bad-format', 'the code could not be read');
  }
}

/** The code in a pasted link (`…#replay=CODE` or `?replay=CODE`), or the text itself, trimmed. */
export function replayCodeFromLink(textOrUrl: string): string {
  const text = String(textOrUrl).trim();
  const match = /[#?&]replay=([^&#\s]*)/.exec(text);
  if (!match) return text;
  const raw = match[1]!;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
