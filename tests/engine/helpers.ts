// Shared helpers for the engine tests: the mini scenario with overrides, scripted play that fails loudly on a refusal.
import type { ActionData, ProjectData, ScenarioData } from '../../src/scenario/schema.js';
import {
  compileScenario,
  startGame,
  type Change,
  type CompiledScenario,
  type GameContext,
  type Note,
  type WorldState,
} from '../../src/engine/index.js';
import { playTurn, refusalsFor } from '../../src/engine/testing.js';
import { bothAreas, miniScenario } from '../fixtures/mini.js';

export type Turn = readonly [nato: readonly string[], russia: readonly string[]];
export const PASS: Turn = [[], []];

export interface MiniOptions {
  trust?: { nato: number; russia: number };
  cohesion?: number;
  end?: string;
  /** Patches for named actions (merged into the fixture's action). */
  actions?: Record<string, Partial<ActionData>>;
  /** Patches for named projects (merged into the fixture's project). */
  projects?: Record<string, Partial<ProjectData>>;
  model?: Partial<ScenarioData['model']>;
  flashpoints?: Partial<ScenarioData['flashpoints']>;
  scheduled?: ScenarioData['events']['scheduled'];
  extraActions?: ActionData[];
}

/** The mini fixture with the test's changes; a fresh object each call, so the compile cache never mixes variants. */
export function miniData(o: MiniOptions = {}): ScenarioData {
  const base = miniScenario();
  return {
    ...base,
    calendar: o.end ? { ...base.calendar, end: o.end } : base.calendar,
    initial: {
      ...base.initial,
      trust: o.trust ? { nato: bothAreas(o.trust.nato), russia: bothAreas(o.trust.russia) } : base.initial.trust,
      cohesion: o.cohesion ?? base.initial.cohesion,
    },
    types: o.trust ? { ...base.types, prior: { nato: bothAreas(o.trust.russia), russia: bothAreas(o.trust.nato) } } : base.types,
    model: { ...base.model, ...o.model },
    actions: [...base.actions.map((a) => ({ ...a, ...o.actions?.[a.id] })), ...(o.extraActions ?? [])],
    projects: base.projects.map((p) => ({ ...p, ...o.projects?.[p.id] })),
    flashpoints: { ...base.flashpoints, ...o.flashpoints },
    events: { ...base.events, scheduled: o.scheduled ?? base.events.scheduled },
  };
}

export const mini = (o: MiniOptions = {}): CompiledScenario => compileScenario(miniData(o));

/** Plays the turns in order; throws with the reasons if any choice is refused (a script bug, not an engine result). */
export function play(sc: CompiledScenario, turns: readonly Turn[], seed = 'test', noise?: number, from?: GameContext): GameContext {
  let ctx = from ?? startGame(sc, { seed, noise });
  for (const [nato, russia] of turns) {
    const refused = [...refusalsFor(sc, ctx, 'nato', nato), ...refusalsFor(sc, ctx, 'russia', russia)];
    if (refused.length > 0) throw new Error(`turn ${ctx.world.turn} (${sc.labels[ctx.world.turn]}) refused: ${JSON.stringify(refused)}`);
    ctx = playTurn(sc, ctx, { nato: [...nato], russia: [...russia] });
  }
  return ctx;
}

export const passes = (n: number): Turn[] => Array.from({ length: n }, () => PASS);

/** The record of the turn at calendar index i. */
export function turnAt(ctx: GameContext, i: number) {
  const record = ctx.history[i];
  if (!record) throw new Error(`no turn ${i} in history (length ${ctx.history.length})`);
  return record;
}

export const notesOf = (ctx: GameContext, i: number, kind?: Note['kind']): Note[] =>
  turnAt(ctx, i).notes.filter((n) => kind === undefined || n.kind === kind);

export const changesOf = (ctx: GameContext, i: number, pred: (c: Change) => boolean = () => true): Change[] =>
  turnAt(ctx, i).changes.filter(pred);

/** Every world state of a game: the start and the end of each turn (replayed from the history's actions). */
export function worldsOf(sc: CompiledScenario, ctx: GameContext): WorldState[] {
  let g = startGame(sc, { seed: ctx.seed, noise: ctx.world.noise });
  const worlds = [g.world];
  for (const t of ctx.history) {
    g = playTurn(sc, g, { nato: [...t.actions.nato], russia: [...t.actions.russia] });
    worlds.push(g.world);
  }
  return worlds;
}

/** Keeps, in order, each wanted action that the side can still take together with the ones kept before it. */
export function legalSubset(sc: CompiledScenario, ctx: GameContext, side: 'nato' | 'russia', wanted: readonly string[]): string[] {
  const kept: string[] = [];
  for (const id of wanted) if (refusalsFor(sc, ctx, side, [...kept, id]).length === 0) kept.push(id);
  return kept;
}
