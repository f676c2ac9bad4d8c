// The teacher's console protocol (issue 5): the messages between the game's window (the single source of truth: it
// holds the GameSession) and a console in a second window, over BroadcastChannel('trust-deficit-console'). The console
// sends commands; the game answers every change with a state snapshot. Pure: every message is untrusted and is
// validated here, field by field and with bounded sizes; anything malformed is ignored (null).

export const CONSOLE_CHANNEL = 'trust-deficit-console';
export const MESSAGE_TYPE = 'td-console';
export const PROTOCOL_VERSION = 1;

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
  | { kind: 'annotate'; text: string };

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
}

/** The answer to one command: accepted, or why not (shown to the teacher). */
export interface Ack {
  to: string;
  ok: boolean;
  message: string | null;
}

export type ConsoleMessage =
  | { type: typeof MESSAGE_TYPE; v: typeof PROTOCOL_VERSION; kind: 'command'; from: string; seq: number; pin: string; command: Command }
  | { type: typeof MESSAGE_TYPE; v: typeof PROTOCOL_VERSION; kind: 'state'; state: ConsoleSnapshot; ack: Ack | null };

export const commandMessage = (from: string, seq: number, pin: string, command: Command): ConsoleMessage => ({
  type: MESSAGE_TYPE,
  v: PROTOCOL_VERSION,
  kind: 'command',
  from,
  seq,
  pin,
  command,
});

export const stateMessage = (state: ConsoleSnapshot, ack: Ack | null = null): ConsoleMessage => ({
  type: MESSAGE_TYPE,
  v: PROTOCOL_VERSION,
  kind: 'state',
  state,
  ack,
});

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
      return hasOnly(value, ['kind']) ? { kind: value.kind } : null;
    case 'inject':
      return hasOnly(value, ['kind', 'event']) && str(value.event, ID_MAX) && value.event.length > 0
        ? { kind: 'inject', event: value.event }
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
] as const;

export function parseSnapshot(value: unknown): ConsoleSnapshot | null {
  if (!isObj(value) || !hasOnly(value, SNAPSHOT_KEYS)) return null;
  const v = value;
  if (!strOrNull(v.scenario, ID_MAX) || !strOrNull(v.title, 200) || !strOrNull(v.turnLabel, ID_MAX) || !str(v.phase, 40)) return null;
  let teams: ConsoleSnapshot['teams'] = null;
  if (v.teams !== null) {
    if (!isObj(v.teams) || !hasOnly(v.teams, ['nato', 'russia']) || !str(v.teams.nato, ID_MAX) || !str(v.teams.russia, ID_MAX)) return null;
    teams = { nato: v.teams.nato, russia: v.teams.russia };
  }
  for (const flag of ['fog', 'revealed', 'paused', 'canInject', 'canAnnotate'] as const) if (typeof v[flag] !== 'boolean') return null;
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
  };
}

function parseAck(value: unknown): Ack | null | undefined {
  if (value === null) return null;
  if (!isObj(value) || !hasOnly(value, ['to', 'ok', 'message'])) return undefined;
  if (!str(value.to, ID_MAX) || typeof value.ok !== 'boolean' || !strOrNull(value.message, TEXT_MAX)) return undefined;
  return { to: value.to, ok: value.ok, message: value.message };
}

/** A message received on the channel, validated; null for anything malformed, of another version or unknown. */
export function parseMessage(data: unknown): ConsoleMessage | null {
  if (!isObj(data) || data.type !== MESSAGE_TYPE || data.v !== PROTOCOL_VERSION) return null;
  if (data.kind === 'command') {
    if (!hasOnly(data, ['type', 'v', 'kind', 'from', 'seq', 'pin', 'command'])) return null;
    if (!str(data.from, ID_MAX) || !str(data.pin, 8) || !Number.isSafeInteger(data.seq)) return null;
    const command = parseCommand(data.command);
    return command ? commandMessage(data.from, data.seq as number, data.pin, command) : null;
  }
  if (data.kind === 'state') {
    if (!hasOnly(data, ['type', 'v', 'kind', 'state', 'ack'])) return null;
    const state = parseSnapshot(data.state);
    const ack = parseAck(data.ack);
    return state && ack !== undefined ? stateMessage(state, ack) : null;
  }
  return null;
}
