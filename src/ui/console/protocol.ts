// The teacher's console protocol (issue 5, paired in issue 14): the messages between the game's window (the single
// source of truth: it holds the GameSession) and a console in a second window. The game's window opens the console
// window; the console window asks its opener for a private MessagePort (pairing, checked for origin and source on both
// sides) and everything else goes over that port, which no other tab can read or write. Over the port the console
// proves it knows the PIN (a challenge answered with an HMAC of the PIN's PBKDF2 key, see pin-hash.ts), then sends
// commands; the game answers every change with a state snapshot. Pure: every message is untrusted and is validated
// here, field by field and with bounded sizes; anything malformed is ignored (null).
import { SIDES } from '../../engine/index.js';

/** The pairing messages, on the windows themselves (window.postMessage). */
export const PAIRING_TYPE = 'td-console-pair';
/** The messages over the private port. */
export const MESSAGE_TYPE = 'td-console';
export const PROTOCOL_VERSION = 2;

/** Longest note a teacher may add (the engine's limit). */
export const NOTE_MAX = 500;
const ID_MAX = 80;
const TEXT_MAX = 1000;
const LIST_MAX = 250;

export type Command =
  | { kind: 'hello' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'reveal' }
  | { kind: 'hide' }
  | { kind: 'inject'; event: string }
  /** Take back an injection that has not fired yet (it never enters the game or its replay). */
  | { kind: 'withdraw'; event: string }
  | { kind: 'annotate'; text: string }
  /** End the game now and show the debrief (the panel asks the teacher to confirm first). */
  | { kind: 'end' };

/** One side as only the teacher's own console window sees it (never the shared screen): trust, true types, choices. */
export interface PrivateSide {
  /** Trust in the other side, in percent: the headline and per area. */
  trust: number;
  practical: number;
  order: number;
  /** Its true type per area: 'partner' or 'adversary' (TypeId). */
  types: { practical: string; order: string };
  /** What it did in the last half-year played (action names), or null before the first. */
  last: string[] | null;
  /** Hot-seat: its sealed choice in the half-year in progress (action names), or null when it has not chosen. */
  sealed: string[] | null;
}

/** What the teacher's own window adds: both sides' hidden state. Sent only over the paired port, never to the overlay. */
export interface PrivateView {
  lastLabel: string | null;
  nato: PrivateSide;
  russia: PrivateSide;
}

export interface ConsoleEvent {
  id: string;
  name: string;
  text: string;
  kind: 'scheduled' | 'random';
}

export interface TurnNotes {
  label: string;
  notes: string[];
}

/** What the console shows: the game's state as the teacher needs it. */
export interface ConsoleSnapshot {
  /** The scenario's id and title, or null when no game is running. */
  scenario: string | null;
  title: string | null;
  turnLabel: string | null;
  /** 'none' | 'briefing' | 'choosing' | 'report' | 'debrief' | … */
  phase: string;
  /** Hot-seat: the teams' names; null in single-player play. */
  teams: { nato: string; russia: string } | null;
  /** The game's fog of trust setting, and whether the teacher shows both trusts anyway. */
  fog: boolean;
  revealed: boolean;
  paused: boolean;
  pending: string[];
  events: ConsoleEvent[];
  notes: TurnNotes[];
  /** Whether this game accepts injections and notes. */
  canInject: boolean;
  canAnnotate: boolean;
  /** Whether the teacher can end the game now (a half-year played, not over), and whether it was ended early. */
  canEnd: boolean;
  endedEarly: boolean;
  /** The hidden state, in the teacher's own console window only (null in the game window's overlay and with no game). */
  private: PrivateView | null;
}

/** The answer to one command: accepted, or why not (shown to the teacher). */
export interface Ack {
  ok: boolean;
  message: string | null;
}

/** What the game asks before it takes commands: a proof of the PIN for this challenge, or a PIN set first. */
export interface Challenge {
  salt: string;
  iterations: number;
  challenge: string;
  /** Why the last proof was refused, for the teacher; null for the first challenge. */
  message: string | null;
  /** Wrong PINs lock the console out: milliseconds before the next proof is even checked. */
  retryInMs: number;
}

type Envelope = { type: typeof MESSAGE_TYPE; v: typeof PROTOCOL_VERSION };

/** From the game's window to its console window. */
export type GameMessage =
  | (Envelope & { kind: 'challenge' } & Challenge)
  | (Envelope & { kind: 'no-pin'; message: string })
  | (Envelope & { kind: 'state'; state: ConsoleSnapshot; ack: Ack | null });

/** From the console window to the game's window. */
export type ConsoleMessage =
  | (Envelope & { kind: 'hello' })
  /** `typed`: made from a PIN the teacher just typed (not from the key kept to reconnect); only that clears the lockout. */
  | (Envelope & { kind: 'proof'; challenge: string; proof: string; typed: boolean })
  | (Envelope & { kind: 'command'; seq: number; command: Command });

export type PairingMessage = { type: typeof PAIRING_TYPE; v: typeof PROTOCOL_VERSION; kind: 'ready' | 'port' };

const envelope: Envelope = { type: MESSAGE_TYPE, v: PROTOCOL_VERSION };

export const helloMessage = (): ConsoleMessage => ({ ...envelope, kind: 'hello' });
export const proofMessage = (challenge: string, proof: string, typed: boolean): ConsoleMessage => ({
  ...envelope,
  kind: 'proof',
  challenge,
  proof,
  typed,
});
export const commandMessage = (seq: number, command: Command): ConsoleMessage => ({ ...envelope, kind: 'command', seq, command });
export const challengeMessage = (challenge: Challenge): GameMessage => ({ ...envelope, kind: 'challenge', ...challenge });
export const noPinMessage = (message: string): GameMessage => ({ ...envelope, kind: 'no-pin', message });
export const stateMessage = (state: ConsoleSnapshot, ack: Ack | null = null): GameMessage => ({ ...envelope, kind: 'state', state, ack });
export const pairingMessage = (kind: PairingMessage['kind']): PairingMessage => ({ type: PAIRING_TYPE, v: PROTOCOL_VERSION, kind });

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const strOrNull = (value: unknown, max: number): value is string | null => value === null || str(value, max);
const strList = (value: unknown, max: number): value is string[] =>
  Array.isArray(value) && value.length <= LIST_MAX && value.every((v) => str(v, max));
const hasOnly = (value: Obj, keys: readonly string[]): boolean => Object.keys(value).every((k) => keys.includes(k));

function parseCommand(value: unknown): Command | null {
  if (!isObj(value)) return null;
  switch (value.kind) {
    case 'hello':
    case 'pause':
    case 'resume':
    case 'reveal':
    case 'hide':
    case 'end':
      return hasOnly(value, ['kind']) ? { kind: value.kind } : null;
    case 'inject':
    case 'withdraw':
      return hasOnly(value, ['kind', 'event']) && str(value.event, ID_MAX) && value.event.length > 0
        ? { kind: value.kind, event: value.event }
        : null;
    case 'annotate':
      return hasOnly(value, ['kind', 'text']) && str(value.text, NOTE_MAX) && value.text.trim().length > 0
        ? { kind: 'annotate', text: value.text }
        : null;
    default:
      return null;
  }
}

function parseEvent(value: unknown): ConsoleEvent | null {
  if (!isObj(value) || !hasOnly(value, ['id', 'name', 'text', 'kind'])) return null;
  const { id, name, text, kind } = value;
  if (!str(id, ID_MAX) || !str(name, ID_MAX) || !str(text, TEXT_MAX) || (kind !== 'scheduled' && kind !== 'random')) return null;
  return { id, name, text, kind };
}

function parseNotes(value: unknown): TurnNotes | null {
  if (!isObj(value) || !hasOnly(value, ['label', 'notes'])) return null;
  return str(value.label, ID_MAX) && strList(value.notes, NOTE_MAX) ? { label: value.label, notes: [...value.notes] } : null;
}

const SNAPSHOT_KEYS = [
  'scenario',
  'title',
  'turnLabel',
  'phase',
  'teams',
  'fog',
  'revealed',
  'paused',
  'pending',
  'events',
  'notes',
  'canInject',
  'canAnnotate',
  'canEnd',
  'endedEarly',
  'private',
] as const;

const percent = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 100;
const names = (value: unknown): value is string[] | null => value === null || strList(value, TEXT_MAX);

function parsePrivateSide(value: unknown): PrivateSide | null {
  if (!isObj(value) || !hasOnly(value, ['trust', 'practical', 'order', 'types', 'last', 'sealed'])) return null;
  const { trust, practical, order, types, last, sealed } = value;
  if (!percent(trust) || !percent(practical) || !percent(order) || !names(last) || !names(sealed)) return null;
  if (!isObj(types) || !hasOnly(types, ['practical', 'order']) || !str(types.practical, ID_MAX) || !str(types.order, ID_MAX)) return null;
  return {
    trust,
    practical,
    order,
    types: { practical: types.practical, order: types.order },
    last: last && [...last],
    sealed: sealed && [...sealed],
  };
}

function parsePrivate(value: unknown): PrivateView | null | undefined {
  if (value === null) return null;
  if (!isObj(value) || !hasOnly(value, ['lastLabel', 'nato', 'russia']) || !strOrNull(value.lastLabel, ID_MAX)) return undefined;
  const nato = parsePrivateSide(value.nato);
  const russia = parsePrivateSide(value.russia);
  return nato && russia ? { lastLabel: value.lastLabel, nato, russia } : undefined;
}

export function parseSnapshot(value: unknown): ConsoleSnapshot | null {
  if (!isObj(value) || !hasOnly(value, SNAPSHOT_KEYS)) return null;
  const v = value;
  if (!strOrNull(v.scenario, ID_MAX) || !strOrNull(v.title, 200) || !strOrNull(v.turnLabel, ID_MAX) || !str(v.phase, 40)) return null;
  let teams: ConsoleSnapshot['teams'] = null;
  if (v.teams !== null) {
    if (!isObj(v.teams) || !hasOnly(v.teams, SIDES) || !str(v.teams.nato, ID_MAX) || !str(v.teams.russia, ID_MAX)) return null;
    teams = { nato: v.teams.nato, russia: v.teams.russia };
  }
  for (const flag of ['fog', 'revealed', 'paused', 'canInject', 'canAnnotate', 'canEnd', 'endedEarly'] as const)
    if (typeof v[flag] !== 'boolean') return null;
  const hidden = parsePrivate(v.private);
  if (hidden === undefined) return null;
  if (!strList(v.pending, ID_MAX)) return null;
  if (!Array.isArray(v.events) || v.events.length > LIST_MAX || !Array.isArray(v.notes) || v.notes.length > LIST_MAX) return null;
  const events = v.events.map(parseEvent);
  const notes = v.notes.map(parseNotes);
  if (events.some((e) => e === null) || notes.some((n) => n === null)) return null;
  return {
    scenario: v.scenario,
    title: v.title,
    turnLabel: v.turnLabel,
    phase: v.phase,
    teams,
    fog: v.fog as boolean,
    revealed: v.revealed as boolean,
    paused: v.paused as boolean,
    pending: [...v.pending],
    events: events as ConsoleEvent[],
    notes: notes as TurnNotes[],
    canInject: v.canInject as boolean,
    canAnnotate: v.canAnnotate as boolean,
    canEnd: v.canEnd as boolean,
    endedEarly: v.endedEarly as boolean,
    private: hidden,
  };
}

function parseAck(value: unknown): Ack | null | undefined {
  if (value === null) return null;
  if (!isObj(value) || !hasOnly(value, ['ok', 'message'])) return undefined;
  if (typeof value.ok !== 'boolean' || !strOrNull(value.message, TEXT_MAX)) return undefined;
  return { ok: value.ok, message: value.message };
}

const HEX = /^[0-9a-f]+$/;
const hex = (value: unknown, length: number): value is string => typeof value === 'string' && value.length === length && HEX.test(value);
const isEnvelope = (data: unknown): data is Obj => isObj(data) && data.type === MESSAGE_TYPE && data.v === PROTOCOL_VERSION;

/** A message from the console window, validated; null for anything malformed, of another version or unknown. */
export function parseConsoleMessage(data: unknown): ConsoleMessage | null {
  if (!isEnvelope(data)) return null;
  switch (data.kind) {
    case 'hello':
      return hasOnly(data, ['type', 'v', 'kind']) ? helloMessage() : null;
    case 'proof':
      return hasOnly(data, ['type', 'v', 'kind', 'challenge', 'proof', 'typed']) &&
        hex(data.challenge, 64) &&
        hex(data.proof, 64) &&
        typeof data.typed === 'boolean'
        ? proofMessage(data.challenge, data.proof, data.typed)
        : null;
    case 'command': {
      if (!hasOnly(data, ['type', 'v', 'kind', 'seq', 'command']) || !Number.isSafeInteger(data.seq)) return null;
      const command = parseCommand(data.command);
      return command ? commandMessage(data.seq as number, command) : null;
    }
    default:
      return null;
  }
}

/** A message from the game's window, validated; null for anything malformed. */
export function parseGameMessage(data: unknown): GameMessage | null {
  if (!isEnvelope(data)) return null;
  switch (data.kind) {
    case 'challenge': {
      if (!hasOnly(data, ['type', 'v', 'kind', 'salt', 'iterations', 'challenge', 'message', 'retryInMs'])) return null;
      const { salt, iterations, challenge, message, retryInMs } = data;
      if (!hex(salt, 32) || !hex(challenge, 64) || !strOrNull(message, TEXT_MAX)) return null;
      if (!Number.isSafeInteger(iterations) || (iterations as number) < 10_000 || (iterations as number) > 2_000_000) return null;
      if (!Number.isSafeInteger(retryInMs) || (retryInMs as number) < 0 || (retryInMs as number) > 3_600_000) return null;
      return challengeMessage({ salt, iterations: iterations as number, challenge, message, retryInMs: retryInMs as number });
    }
    case 'no-pin':
      return hasOnly(data, ['type', 'v', 'kind', 'message']) && str(data.message, TEXT_MAX) ? noPinMessage(data.message) : null;
    case 'state': {
      if (!hasOnly(data, ['type', 'v', 'kind', 'state', 'ack'])) return null;
      const state = parseSnapshot(data.state);
      const ack = parseAck(data.ack);
      return state && ack !== undefined ? stateMessage(state, ack) : null;
    }
    default:
      return null;
  }
}

/** A pairing message on a window, validated; null for anything else (other scripts' messages included). */
export function parsePairingMessage(data: unknown): PairingMessage | null {
  if (!isObj(data) || data.type !== PAIRING_TYPE || data.v !== PROTOCOL_VERSION || !hasOnly(data, ['type', 'v', 'kind'])) return null;
  return data.kind === 'ready' || data.kind === 'port' ? pairingMessage(data.kind) : null;
}
