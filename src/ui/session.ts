// One game in the browser: the engine's game actor, the player's side, the opponent doctrine; saves and replays.
import {
  createGame,
  recordReplay,
  scenarioHash,
  type CompiledScenario,
  type DoctrineId,
  type GameActor,
  type GameSnapshot,
  type Refusal,
  type Replay,
  type Side,
} from '../engine/index.js';

export interface SessionConfig {
  scenario: CompiledScenario;
  /** The side the person plays; `null` in hot-seat play (both sides human, issue 5). */
  side: Side;
  opponent: DoctrineId;
  seed: string;
  /** Misperception rate in basis points, or undefined for the scenario's. */
  noise?: number | undefined;
}

/** What is written to storage: enough to restore the game exactly, and to check it belongs to this scenario. */
export interface SavedGame {
  kind: 'trust-deficit-save';
  version: 1;
  scenario: string;
  scenarioSha256: string;
  side: Side;
  opponent: DoctrineId;
  seed: string;
  noise: number | null;
  snapshot: unknown;
}

export type Phase = 'setup' | 'briefing' | 'choosing' | 'report' | 'debrief';

export class GameSession {
  readonly actor: GameActor;

  constructor(
    readonly config: SessionConfig,
    snapshot?: unknown,
  ) {
    this.actor = createGame(config.scenario, { seed: config.seed, noise: config.noise, interactive: true }, snapshot);
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

  get phase(): Phase {
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

  /** From the report to the next turn (or the debrief after the last). */
  next(): void {
    this.actor.send({ type: 'NEXT' });
  }

  replay(): Replay {
    return recordReplay(this.sc, this.context);
  }

  save(): SavedGame {
    return {
      kind: 'trust-deficit-save',
      version: 1,
      scenario: this.sc.id,
      scenarioSha256: scenarioHash(this.sc),
      side: this.config.side,
      opponent: this.config.opponent,
      seed: this.config.seed,
      noise: this.config.noise ?? null,
      snapshot: this.actor.getPersistedSnapshot(),
    };
  }

  stop(): void {
    this.actor.stop();
  }
}
