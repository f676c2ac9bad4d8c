// One game in the browser: the engine's game actor, the player's side, the opponent doctrine; saves and replays.
import {
  createGame,
  recordReplay,
  type CompiledScenario,
  type DoctrineId,
  type GameActor,
  type GameContext,
  type GameSnapshot,
  type Refusal,
  type Replay,
  type Side,
  SIDES,
} from '../engine/index.js';
import { t } from './strings.js';

/** One person against a doctrine, or two teams taking turns on one device (hot-seat, issue 5). */
export type PlayMode = 'single' | 'hotseat';

/** The teams' names in hot-seat play. */
export type TeamNames = Record<Side, string>;

export interface SessionConfig {
  scenario: CompiledScenario;
  /** The side the person plays (single player); in hot-seat play both sides are human and this is 'nato', unused. */
  side: Side;
  /** The opponent doctrine (single player); unused in hot-seat play. */
  opponent: DoctrineId;
  seed: string;
  /** Misperception rate in basis points, or undefined for the scenario's. */
  noise?: number | undefined;
  /** 'single' when absent. */
  mode?: PlayMode | undefined;
  /** Hot-seat: the teams' names. */
  teams?: TeamNames | undefined;
  /** Fog of trust: each side sees only its own trust until the debrief. Off when absent. */
  fog?: boolean | undefined;
  /** Hot-seat: the decision timer per team per turn, in seconds (0 or absent: none). Interface only. */
  timerSeconds?: number | undefined;
}

/**
 * What is written to storage: the game so far as a replay, the session's settings and where the player was. Nothing
 * in it is a world state: Continue re-simulates the replay through the turn kernel (storage.ts) and refuses a save
 * that does not verify, so an edited save is either a game the rules produce or no game at all.
 */
export interface SavedGame {
  kind: 'trust-deficit-save';
  version: 2;
  /** The turns played so far, with the teacher's injections and notes, and the state hash after each turn. */
  replay: Replay;
  side: Side;
  opponent: DoctrineId;
  /** Written only for a hot-seat game (absent: single player). */
  mode?: PlayMode;
  teams?: TeamNames;
  /** Written only when on. */
  fog?: boolean;
  /** Written only for a hot-seat game with a timer. */
  timerSeconds?: number;
  /** Where the game stands, and what was entered in the turn in progress: replayed through the game's own checks. */
  at: SavedPosition;
  /** The class's answers to the debrief questions (written only at the debrief, and only those not empty). */
  answers?: DebriefAnswers;
}

/** The debrief's six questions, by id, in their order on the page. */
export const DEBRIEF_QUESTIONS = ['feel', 'happened', 'learned', 'real', 'whatIf', 'next'] as const;
export type DebriefQuestion = (typeof DEBRIEF_QUESTIONS)[number];
export type DebriefAnswers = Partial<Record<DebriefQuestion, string>>;
/** Longest answer kept per question. */
export const ANSWER_MAX = 4000;

/** The screen a save was made on and what the turn in progress holds so far (lists written only when not empty). */
export interface SavedPosition {
  phase: Phase;
  /** Events a teacher injected that fired in the events phase of the turn in progress. */
  injected?: string[];
  /** Events a teacher injected for the turn after the one in progress (not fired yet). */
  scheduled?: string[];
  /** A teacher's notes on the turn in progress. */
  notes?: string[];
  /** Hot-seat: the hidden choice of the team that has already chosen in the turn in progress. */
  chosen?: Partial<Record<Side, string[]>>;
  /** At the debrief: the teacher ended the game before the calendar's last half-year (written only then). */
  endedEarly?: true;
}

/** Longest team name kept (a save with a longer one is refused). */
export const TEAM_NAME_MAX = 40;

export const defaultTeams = (): TeamNames => ({ nato: t('hotseat.team.default.nato'), russia: t('hotseat.team.default.russia') });

/** A team's name as typed: trimmed, inner whitespace collapsed, cut to TEAM_NAME_MAX; the default when empty. */
export function teamName(typed: string, side: Side): string {
  const name = typed.replace(/\s+/g, ' ').trim().slice(0, TEAM_NAME_MAX).trim();
  return name || defaultTeams()[side];
}

export type Phase = 'setup' | 'briefing' | 'choosing' | 'report' | 'debrief';

export class GameSession {
  readonly actor: GameActor;
  /** What the class wrote under the debrief questions (interface only: a replay records the game, not the lesson). */
  private readonly answerTexts: DebriefAnswers = {};
  /** The teacher ended the game before its last half-year (the console's "End now and debrief"). */
  private ended = false;

  /**
   * `from`: start from a game already under way, whose turns the kernel replayed (a fork of a replay, a restored
   * autosave). There is no way to start from a stored state: every game state is computed by the kernel.
   */
  constructor(
    readonly config: SessionConfig,
    from?: GameContext,
  ) {
    this.actor = createGame(config.scenario, { seed: config.seed, noise: config.noise, interactive: true, from });
  }

  get sc(): CompiledScenario {
    return this.config.scenario;
  }

  get snapshot(): GameSnapshot {
    return this.actor.getSnapshot();
  }

  get context(): GameSnapshot['context'] {
    return this.snapshot.context;
  }

  get hotseat(): boolean {
    return this.config.mode === 'hotseat';
  }

  get fog(): boolean {
    return this.config.fog === true;
  }

  /** Hot-seat: the teams' names (the defaults, "Team NATO" and "Team Russia", when none were given). */
  get teams(): TeamNames {
    return this.config.teams ?? defaultTeams();
  }

  /** Hot-seat: the side to choose now (NATO first, then Russia), or null when not choosing. */
  get toChoose(): Side | null {
    if (this.phase !== 'choosing') return null;
    const { choices } = this.context;
    return choices.nato === null ? 'nato' : choices.russia === null ? 'russia' : null;
  }

  get phase(): Phase {
    if (this.ended) return 'debrief';
    const value = this.snapshot.value;
    if (typeof value === 'string') return value;
    return (value as { turn: Phase }).turn;
  }

  /** From setup through the briefing to the first turn. */
  begin(): void {
    if (this.phase === 'setup') this.actor.send({ type: 'START' });
    if (this.phase === 'briefing') this.actor.send({ type: 'BEGIN' });
  }

  /** Plays the person's actions against the opponent doctrine; returns the refusals (empty when the turn resolved). */
  play(actions: readonly string[]): Refusal[] {
    const { side, opponent } = this.config;
    const mine = { actions };
    const theirs = { doctrine: opponent };
    this.actor.send(side === 'nato' ? { type: 'PLAY', nato: mine, russia: theirs } : { type: 'PLAY', nato: theirs, russia: mine });
    return this.context.refusals;
  }

  /** Plays a turn with both sides' actions given (a turn replayed from a record, e.g. a fork); returns the refusals. */
  playBoth(nato: readonly string[], russia: readonly string[]): Refusal[] {
    this.actor.send({ type: 'PLAY', nato: { actions: nato }, russia: { actions: russia } });
    return this.context.refusals;
  }

  /**
   * Hot-seat: one side's hidden choice (CHOOSE); the turn resolves when both sides have chosen. Returns the refusals
   * (empty when the choice was recorded).
   */
  choose(side: Side, actions: readonly string[]): Refusal[] {
    this.actor.send({ type: 'CHOOSE', side, actions });
    return this.context.refusals;
  }

  /** From the report to the next turn (or the debrief after the last). */
  next(): void {
    this.actor.send({ type: 'NEXT' });
  }

  /** Classroom: a teacher injects a scenario event into the next turn; returns why it was refused, or null. */
  inject(eventId: string): string | null {
    this.actor.send({ type: 'INJECT', event: eventId });
    return this.context.teacherError ?? null;
  }

  /** Classroom: the teacher withdraws an injection before its turn opens (it never fires); why not, or null. */
  withdraw(eventId: string): string | null {
    this.actor.send({ type: 'WITHDRAW', event: eventId });
    return this.context.teacherError ?? null;
  }

  /** Events injected for the next turn, not yet fired. */
  get pendingInjections(): readonly string[] {
    return this.context.pendingInjections ?? [];
  }

  /** Classroom: a teacher's note on the turn in progress (or the one just resolved, on its report); null when added. */
  annotate(text: string): string | null {
    this.actor.send({ type: 'ANNOTATE', text });
    return this.context.teacherError ?? null;
  }

  /** Whether the teacher ended the game before the calendar's last half-year. */
  get endedEarly(): boolean {
    return this.ended;
  }

  /**
   * Classroom: the teacher ends the game now, for the debrief; the turn in progress (a sealed choice included) is
   * dropped. Returns why not, or null: at least one half-year must be played, and the game not be over already.
   */
  endNow(): string | null {
    if (this.phase === 'debrief') return t('console.end.over');
    if (this.context.history.length === 0) return t('console.end.tooSoon');
    this.ended = true;
    return null;
  }

  /** The class's answers, in the questions' order (only those not empty). */
  get answers(): DebriefAnswers {
    const out: DebriefAnswers = {};
    for (const id of DEBRIEF_QUESTIONS) {
      const text = this.answerTexts[id];
      if (text && text.trim() !== '') out[id] = text;
    }
    return out;
  }

  /** Keeps an answer as typed (cut to ANSWER_MAX). */
  setAnswer(id: DebriefQuestion, text: string): void {
    this.answerTexts[id] = text.slice(0, ANSWER_MAX);
  }

  /** The replay to share: with the teams' names (hot-seat) and whether the teacher ended the game early. */
  replay(): Replay {
    return recordReplay(this.sc, this.context, {
      ...(this.hotseat ? { teams: { ...this.teams } } : {}),
      ...(this.ended ? { endedEarly: true as const } : {}),
    });
  }

  /** The autosave: the replay so far and the position in it, never the game's state itself. */
  save(): SavedGame {
    const ctx = this.context;
    const phase = this.phase;
    const at: SavedPosition = { phase };
    if (this.ended) at.endedEarly = true;
    if (phase === 'choosing' || phase === 'report') {
      if (ctx.current.injected?.length) at.injected = [...ctx.current.injected];
      if (ctx.pendingInjections?.length) at.scheduled = [...ctx.pendingInjections];
      if (ctx.current.annotations?.length) at.notes = [...ctx.current.annotations];
      const chosen: Partial<Record<Side, string[]>> = {};
      for (const side of SIDES) if (ctx.choices[side] !== null) chosen[side] = [...ctx.choices[side]];
      if (chosen.nato || chosen.russia) at.chosen = chosen;
    }
    const answers = this.answers;
    return {
      kind: 'trust-deficit-save',
      version: 2,
      // The game's own record: the teams and the early end are the save's own fields (older saves stay readable).
      replay: recordReplay(this.sc, ctx),
      side: this.config.side,
      opponent: this.config.opponent,
      ...(this.hotseat ? { mode: 'hotseat' as const, teams: { ...this.teams } } : {}),
      ...(this.fog ? { fog: true } : {}),
      ...(this.hotseat && this.config.timerSeconds ? { timerSeconds: this.config.timerSeconds } : {}),
      at,
      ...(phase === 'debrief' && Object.keys(answers).length > 0 ? { answers } : {}),
    };
  }

  stop(): void {
    this.actor.stop();
  }
}
