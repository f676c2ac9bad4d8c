// A played game for research use, pure and node-testable: the whole game as JSON (every turn, every action, every
// change with its cause) and as two CSV tables (one row per change; one row per action). Deterministic: the same
// scenario and game always give the same bytes (no clocks, no locales, fixed key and row order).
import { changeText, noteText } from './render-log.js';
import {
  classifyOutcome,
  otherSide,
  scenarioHash,
  SIDES,
  type CauseKind,
  type CompiledScenario,
  type Fact,
  type GameContext,
  type Meter,
  type Note,
  type PerSide,
  type Side,
  type Stance,
  type TurnRecord,
  type WorldState,
} from '../engine/index.js';
import { metersOf, type TurnMeters } from './meters.js';

/** What the game record itself does not say: who played each side, and the lesson around the game. */
export interface ExportMeta {
  /** Per side: 'player' (a person, or a team in hot-seat play), 'doctrine' (an AI policy) or 'script'. */
  sides?: Partial<PerSide<'player' | 'doctrine' | 'script'>>;
  /** The doctrine of each side played by one. */
  doctrines?: Partial<PerSide<string>>;
  /** Hot-seat: the teams' names. */
  teams?: PerSide<string>;
  /** The class's answers to the debrief questions, in their order. */
  answers?: readonly ExportedAnswer[];
}

export interface ExportedAnswer {
  id: string;
  question: string;
  answer: string;
}

export interface ExportedAction {
  id: string;
  /** The scenario's name of the action (content text). */
  name: string;
  stance: Stance | null;
}

export interface ExportedPerceived {
  id: string;
  name: string;
  /** The stance as the observer read it. */
  stance: Stance;
  misread: boolean;
  /** What a misread action was taken for (the scenario's `misread.as`), else null. */
  as: string | null;
}

export interface ExportedChange {
  meter: Meter;
  before: number;
  after: number;
  delta: number;
  cause: { kind: CauseKind; id: string; by: Side | null; misread: boolean };
  /** What happened as data (ids and the engine's integer units), for analysis without parsing `text`. */
  fact: Fact;
  /** The same fact in English, as the game shows it. */
  text: string;
  source: string | null;
}

/** A note of a turn (a misreading, a transition, an event…): its fact as data, and in English. */
export interface ExportedNote {
  kind: Note['kind'];
  id: string;
  fact: Fact;
  text: string;
  source: string | null;
}

/** The meters at the end of a turn. */
export type ExportedEnd = TurnMeters;

export interface ExportedTurn {
  /** 1-based number of the turn in the game. */
  number: number;
  label: string;
  events: { id: string; name: string }[];
  actions: PerSide<ExportedAction[]>;
  /** What each side perceived of the other's actions: `perceived.nato` is NATO's view of Russia's moves. */
  perceived: PerSide<ExportedPerceived[]>;
  reasons: PerSide<string | null>;
  changes: ExportedChange[];
  notes: ExportedNote[];
  /** Events a teacher injected into this turn. */
  injected: { id: string; name: string }[];
  /** The teacher's notes on this turn. */
  teacherNotes: string[];
  /** The meters at the end of the turn (null when the game was not simulated with the log on). */
  end: ExportedEnd | null;
  hash: string;
}

export interface GameExport {
  format: 'trust-deficit-game-export';
  version: 1;
  scenario: string;
  scenarioTitle: string;
  scenarioSha256: string;
  seed: string;
  /** Misperception rate in basis points. */
  noise: number;
  sides: Partial<PerSide<string>> | null;
  doctrines: Partial<PerSide<string>> | null;
  teams: PerSide<string> | null;
  outcome: string | null;
  /** Units of the numbers: trust, security and capital are in basis points (10000 = 100%). */
  units: string;
  turns: ExportedTurn[];
  answers: ExportedAnswer[];
}

export type ExportableGame = Pick<GameContext, 'seed' | 'world' | 'history' | 'outcome'>;

const eventName = (sc: CompiledScenario, id: string): string =>
  sc.data.events.scheduled.find((e) => e.id === id)?.name ?? sc.data.events.random.find((e) => e.id === id)?.name ?? id;

const actionOf = (sc: CompiledScenario, id: string): ExportedAction => {
  const a = sc.actions.get(id);
  return { id, name: a?.name ?? id, stance: a?.stance ?? null };
};

function perceivedOf(sc: CompiledScenario, record: TurnRecord, observer: Side): ExportedPerceived[] {
  return record.perceived[observer].map((p) => {
    const a = sc.actions.get(p.id);
    const as = !p.misread ? null : p.reading === 'benign' ? (a?.benign?.as ?? 'routine') : (a?.misread?.as ?? 'a hostile move');
    return { id: p.id, name: a?.name ?? p.id, stance: p.stance, misread: p.misread, as };
  });
}

const endOf = (w: WorldState | undefined): ExportedEnd | null => (w ? metersOf(w) : null);

/** The whole game as one JSON-ready object. `game` should come from verifyReplay(...).final (re-simulated with the log on). */
export function exportJson(sc: CompiledScenario, game: ExportableGame, meta: ExportMeta = {}): GameExport {
  const turns = game.history.map((record, i): ExportedTurn => ({
    number: i + 1,
    label: record.label,
    events: record.events.map((id) => ({ id, name: eventName(sc, id) })),
    actions: { nato: record.actions.nato.map((id) => actionOf(sc, id)), russia: record.actions.russia.map((id) => actionOf(sc, id)) },
    perceived: { nato: perceivedOf(sc, record, 'nato'), russia: perceivedOf(sc, record, 'russia') },
    reasons: { nato: record.reasons.nato, russia: record.reasons.russia },
    changes: record.changes.map((c) => ({
      meter: c.meter,
      before: c.before,
      after: c.after,
      delta: c.after - c.before,
      cause: { kind: c.cause.kind, id: c.cause.id, by: c.cause.by ?? null, misread: c.cause.misread === true },
      fact: c.fact,
      text: changeText(sc, c),
      source: c.source ?? null,
    })),
    notes: record.notes.map((n) => ({ kind: n.kind, id: n.id, fact: n.fact, text: noteText(sc, n), source: n.source ?? null })),
    injected: (record.injected ?? []).map((id) => ({ id, name: eventName(sc, id) })),
    teacherNotes: [...(record.annotations ?? [])],
    end: endOf(record.end),
    hash: record.hash,
  }));
  return {
    format: 'trust-deficit-game-export',
    version: 1,
    scenario: sc.id,
    scenarioTitle: sc.data.title,
    scenarioSha256: scenarioHash(sc),
    seed: game.seed,
    noise: game.world.noise,
    sides: meta.sides ? { ...meta.sides } : null,
    doctrines: meta.doctrines ? { ...meta.doctrines } : null,
    teams: meta.teams ? { ...meta.teams } : null,
    outcome: game.outcome,
    units: 'trust, security and capital in basis points (10000 = 100%); delta = after - before',
    turns,
    answers: (meta.answers ?? []).map((a) => ({ id: a.id, question: a.question, answer: a.answer })),
  };
}

/** The JSON text of the export (two-space indent, fixed key order). */
export const exportJsonText = (sc: CompiledScenario, game: ExportableGame, meta: ExportMeta = {}): string =>
  `${JSON.stringify(exportJson(sc, game, meta), null, 2)}\n`;

// ---------------------------------------------------------------- CSV (RFC 4180)

/** Line break between records, as RFC 4180 asks. */
export const CSV_EOL = '\r\n';

/**
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, so that opening a hostile scenario's export in a spreadsheet runs nothing. Numbers are not text.
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: quoted when it holds a comma, a quote, a CR or LF (or leading/trailing space), with quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (fields: readonly (string | number | boolean | null | undefined)[]): string => fields.map(csvField).join(',');

export const csvTable = (header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string =>
  [header, ...rows].map(csvRow).join(CSV_EOL) + CSV_EOL;

export const CHANGE_COLUMNS = [
  'turn',
  'label',
  'meter',
  'before',
  'after',
  'delta',
  'cause_kind',
  'cause_id',
  'by',
  'misread',
  'text',
  'source',
] as const;

export const ACTION_COLUMNS = ['turn', 'label', 'side', 'action', 'name', 'stance', 'perceived_stance', 'perceived_as', 'misread'] as const;

export interface GameCsv {
  /** One row per change of a meter, in the order the game logged them. */
  changes: string;
  /** One row per action a side played: its stance, and how the other side perceived it. */
  actions: string;
}

/** The game as two CSV tables. `game` should come from verifyReplay(...).final (re-simulated with the log on). */
export function exportCsv(sc: CompiledScenario, game: Pick<GameContext, 'history'>): GameCsv {
  const changeRows: (string | number | boolean | null)[][] = [];
  const actionRows: (string | number | boolean | null)[][] = [];
  game.history.forEach((record, i) => {
    const turn = i + 1;
    for (const c of record.changes) {
      changeRows.push([
        turn,
        csvText(record.label),
        c.meter,
        c.before,
        c.after,
        c.after - c.before,
        c.cause.kind,
        csvText(c.cause.id),
        c.cause.by ?? '',
        c.cause.misread === true,
        csvText(changeText(sc, c)),
        csvText(c.source ?? ''),
      ]);
    }
    for (const side of SIDES) {
      // The other side's view of this side's moves, matched by id in order (an action is played at most once a turn).
      const seen = [...record.perceived[otherSide(side)]];
      for (const id of record.actions[side]) {
        const a = sc.actions.get(id);
        const at = seen.findIndex((p) => p.id === id);
        const p = at >= 0 ? seen.splice(at, 1)[0] : undefined;
        const as = p ? (p.misread ? (a?.misread?.as ?? 'a hostile move') : (a?.name ?? id)) : '';
        actionRows.push([
          turn,
          csvText(record.label),
          side,
          csvText(id),
          csvText(a?.name ?? id),
          a?.stance ?? '',
          p?.stance ?? '',
          csvText(as),
          p ? p.misread : '',
        ]);
      }
    }
  });
  return { changes: csvTable(CHANGE_COLUMNS, changeRows), actions: csvTable(ACTION_COLUMNS, actionRows) };
}

// ---------------------------------------------------------------- the spreadsheet: one row per half-year

/** A spreadsheet's list separator: ',' (English locales) or ';' (most European ones, where ',' is the decimal mark). */
export type ListSeparator = ',' | ';';

/** The byte order mark that tells a spreadsheet the file is UTF-8 (without it, Excel reads "Moscow’s" as mojibake). */
export const UTF8_BOM = '\uFEFF';

export const TURN_COLUMNS = [
  'turn',
  'label',
  'nato_trust_pct',
  'russia_trust_pct',
  'nato_trust_practical_pct',
  'nato_trust_order_pct',
  'russia_trust_practical_pct',
  'russia_trust_order_pct',
  'nato_score',
  'russia_score',
  'outcome_if_ended',
  'nato_actions',
  'russia_actions',
  'events',
  'injected',
  'teacher_notes',
] as const;

/** The columns added after TURN_COLUMNS for a hot-seat game: its teams' names on every row (to tell games apart in one sheet). */
export const TEAM_COLUMNS = ['nato_team', 'russia_team'] as const;

/** Basis points as a percent, exactly (5125 → "51.25"), with the decimal mark of the separator's locale. */
export function percentOf(bp: number, separator: ListSeparator = ','): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(Math.round(bp));
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  const text = cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${separator === ';' ? text.replace('.', ',') : text}`;
}

/** One field for a table with `separator`: quoted when it holds the separator, a quote, a CR or LF (or edge spaces). */
function fieldFor(value: string | number | null | undefined, separator: ListSeparator): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.includes(separator) || /["\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The game as a spreadsheet opens it: one row per half-year with both sides' trust in percent (headline and per issue
 * area), the scores, the outcome the game would have had if it had ended then, both sides' actions, the events, the
 * teacher's injections and notes. UTF-8 with a byte order mark, CRLF between records; `separator` ';' gives the variant
 * for European spreadsheets (decimal comma). `game` should come from verifyReplay(...).final (with each turn's end).
 */
export function exportTurnTable(
  sc: CompiledScenario,
  game: Pick<GameContext, 'history'>,
  separator: ListSeparator = ',',
  teams?: PerSide<string>,
): string {
  const names = (ids: readonly string[], name: (id: string) => string): string => ids.map((id) => csvText(name(id))).join(' | ');
  const action = (id: string): string => sc.actions.get(id)?.name ?? id;
  const event = (id: string): string => eventName(sc, id);
  const rows = game.history.map((record, i) => {
    const end = record.end;
    const pctOf = (bp: number | undefined): string => (bp === undefined ? '' : percentOf(bp, separator));
    return [
      i + 1,
      csvText(record.label),
      pctOf(end?.trust.nato),
      pctOf(end?.trust.russia),
      pctOf(end?.trustBy.nato.practical),
      pctOf(end?.trustBy.nato.order),
      pctOf(end?.trustBy.russia.practical),
      pctOf(end?.trustBy.russia.order),
      end?.score.nato ?? '',
      end?.score.russia ?? '',
      end ? classifyOutcome(sc, end) : '',
      names(record.actions.nato, action),
      names(record.actions.russia, action),
      names(record.events, event),
      names(record.injected ?? [], event),
      (record.annotations ?? []).map(csvText).join(' | '),
      ...(teams ? [csvText(teams.nato), csvText(teams.russia)] : []),
    ];
  });
  const header: readonly string[] = teams ? [...TURN_COLUMNS, ...TEAM_COLUMNS] : TURN_COLUMNS;
  const line = (fields: readonly (string | number | null | undefined)[]): string =>
    fields.map((f) => fieldFor(f, separator)).join(separator);
  return UTF8_BOM + [header, ...rows].map(line).join(CSV_EOL) + CSV_EOL;
}

/** A file-name-safe piece of text: letters, digits, dot, dash and underscore only, at most `max` characters. */
export function fileSafe(text: string, max = 40): string {
  const safe = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, max);
  return safe || 'game';
}

/** `trust-deficit-SCENARIO-SEED.EXT`, with the scenario and seed made safe for a file name. */
export const exportFileName = (scenario: string, seed: string, ext: string): string =>
  `trust-deficit-${fileSafe(scenario)}-${fileSafe(seed)}.${ext}`;
