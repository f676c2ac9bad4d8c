// The game as a pure reducer over plain data: start, choose, resolve, report. The statechart in machine.ts drives it.
import { refusalsOf, type Refusal } from './availability.js';
import type { CompiledScenario } from './compile.js';
import { decide, sideView, type DoctrineId } from './doctrines.js';
import { stateHash } from './hash.js';
import { MAX_ACTIONS_PER_SIDE, MAX_ANNOTATION_LENGTH, MAX_ANNOTATIONS_PER_TURN, MAX_INJECTIONS_PER_TURN } from '../scenario/limits.js';
import { classifyOutcome, type OutcomeId } from './outcome.js';
import { openTurn, resolveTurn } from './resolve.js';
import { Rng, type RngState } from './rng.js';
import { beginStep, cloneWorld, endStep, nextPhase } from './step.js';
import { SIDES, type PendingTurn, type PerSide, type Side, type TurnRecord, type WorldState } from './state.js';
import { newWorld, type GameOptions } from './world.js';

/** What a side plays in a turn: its own list of actions, or a doctrine's choice. */
export type Choice = { actions: readonly string[]; reason?: string | null } | { doctrine: DoctrineId };

export interface GameContext {
  seed: string;
  world: WorldState;
  /** The events and log of the turn in progress (its events phase has run). */
  current: PendingTurn;
  history: TurnRecord[];
  /** Choices already made in the turn in progress (hot-seat: one side may have chosen, hidden from the other). */
  choices: PerSide<string[] | null>;
  /** The last refused choice, with reasons; cleared by the next legal one. */
  refusals: Refusal[];
  /** Each side's doctrine stream: separate from the world's, so a recorded game replays without the doctrines. */
  doctrineRng: PerSide<RngState>;
  /** Events a teacher injected for the next turn's events phase (classroom); absent in saves made before the console. */
  pendingInjections?: string[];
  outcome: OutcomeId | null;
}

export function startGame(sc: CompiledScenario, options: GameOptions): GameContext {
  const step = beginStep(sc, newWorld(sc, options));
  const events = openTurn(step);
  endStep(step);
  return {
    seed: options.seed,
    world: step.s,
    current: { events, changes: step.changes, notes: step.notes },
    history: [],
    choices: { nato: null, russia: null },
    refusals: [],
    doctrineRng: { nato: Rng.fromSeed(`nato/${options.seed}`).state(), russia: Rng.fromSeed(`russia/${options.seed}`).state() },
    outcome: null,
  };
}

export const isOver = (sc: CompiledScenario, ctx: GameContext): boolean => ctx.world.turn >= sc.labels.length;

// The teacher's limits are the replay's (limits.ts): a lesson that could not be shared cannot be given.
export { MAX_INJECTIONS_PER_TURN, MAX_ANNOTATION_LENGTH, MAX_ANNOTATIONS_PER_TURN } from '../scenario/limits.js';

/** Why a teacher cannot inject this event now, or null: the event fires at the start of the next turn. */
export function injectionRefusal(sc: CompiledScenario, ctx: GameContext, eventId: unknown): string | null {
  if (typeof eventId !== 'string' || !sc.events.has(eventId)) return `there is no event "${String(eventId)}" in scenario ${sc.id}`;
  if (ctx.world.turn >= sc.labels.length - 1) return 'there is no next turn to inject it into';
  const pending = ctx.pendingInjections ?? [];
  if (pending.includes(eventId)) return 'it is already injected for the next turn';
  if (pending.length >= MAX_INJECTIONS_PER_TURN) return `at most ${MAX_INJECTIONS_PER_TURN} events can be injected into one turn`;
  return null;
}

/** Schedules an injected event for the next turn (the caller checked injectionRefusal). */
export function injectEvent(ctx: GameContext, eventId: string): GameContext {
  return { ...ctx, pendingInjections: [...(ctx.pendingInjections ?? []), eventId] };
}

/** Why a teacher cannot withdraw this injection, or null: only an event still waiting for the next turn can be. */
export function withdrawalRefusal(ctx: GameContext, eventId: unknown): string | null {
  // Events can come from another window (the teacher's console): their payload is checked, not trusted.
  if (typeof eventId !== 'string' || !(ctx.pendingInjections ?? []).includes(eventId)) {
    return `"${String(eventId)}" is not injected for the next turn`;
  }
  return null;
}

/** Withdraws a pending injection before its turn opens (the caller checked withdrawalRefusal): it never fires. */
export function withdrawInjection(ctx: GameContext, eventId: string): GameContext {
  return { ...ctx, pendingInjections: (ctx.pendingInjections ?? []).filter((id) => id !== eventId) };
}

/** Why a note cannot be added, or null. */
export function annotationRefusal(text: unknown): string | null {
  // Events can come from another window (the teacher's console): their payload is checked, not trusted.
  if (typeof text !== 'string') return 'a note must be text';
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'the note is empty';
  if (trimmed.length > MAX_ANNOTATION_LENGTH) return `a note has at most ${MAX_ANNOTATION_LENGTH} characters`;
  return null;
}

/**
 * Adds a teacher's note to a turn: the turn in progress, or (`toLastResolved`, on the report of a turn) the turn just
 * resolved. Notes never change the world: they are carried in the record and the replay for the debrief.
 */
export function annotate(ctx: GameContext, text: string, toLastResolved: boolean): GameContext {
  const note = text.trim();
  const last = ctx.history[ctx.history.length - 1];
  if (toLastResolved && last) {
    const annotations = [...(last.annotations ?? []), note].slice(-MAX_ANNOTATIONS_PER_TURN);
    return { ...ctx, history: [...ctx.history.slice(0, -1), { ...last, annotations }] };
  }
  const annotations = [...(ctx.current.annotations ?? []), note].slice(-MAX_ANNOTATIONS_PER_TURN);
  return { ...ctx, current: { ...ctx.current, annotations } };
}

/** Turns each side's Choice into a list of action ids (running doctrines on their own streams) and its reason. */
export function concreteChoices(
  sc: CompiledScenario,
  ctx: GameContext,
  choices: PerSide<Choice>,
): { actions: PerSide<string[]>; reasons: PerSide<string | null>; doctrineRng: PerSide<RngState> } {
  const actions: PerSide<string[]> = { nato: [], russia: [] };
  const reasons: PerSide<string | null> = { nato: null, russia: null };
  const doctrineRng = { ...ctx.doctrineRng };
  for (const side of SIDES) {
    const choice = choices[side];
    if ('actions' in choice) {
      actions[side] = [...choice.actions];
      reasons[side] = choice.reason ?? null;
      continue;
    }
    const view = sideView(sc, ctx.world, side, ctx.history);
    const { decision, rng } = decide(choice.doctrine, view, sc, ctx.doctrineRng[side]);
    // A doctrine takes no more actions than the rules allow a side in one turn (limits.ts).
    actions[side] = decision.actions.slice(0, MAX_ACTIONS_PER_SIDE);
    reasons[side] = `${choice.doctrine}: ${decision.reason}`;
    doctrineRng[side] = rng;
  }
  return { actions, reasons, doctrineRng };
}

export function refusalsFor(sc: CompiledScenario, ctx: GameContext, side: Side, actions: readonly string[]): Refusal[] {
  return refusalsOf(sc, ctx.world, side, actions);
}

/** Resolves a turn from both sides' (checked) action lists, records it and opens the next turn. */
export function playTurn(
  sc: CompiledScenario,
  ctx: GameContext,
  actions: PerSide<string[]>,
  reasons: PerSide<string | null> = { nato: null, russia: null },
  doctrineRng: PerSide<RngState> = ctx.doctrineRng,
  log = true,
): GameContext {
  const step = beginStep(sc, ctx.world, log);
  const { perceived, moves, payoff } = resolveTurn(step, actions);
  endStep(step);
  const record: TurnRecord = {
    turn: ctx.world.turn,
    label: sc.labels[ctx.world.turn]!,
    events: ctx.current.events,
    actions,
    perceived,
    changes: [...ctx.current.changes, ...step.changes],
    notes: [...ctx.current.notes, ...step.notes],
    reasons,
    moves,
    payoff,
    // Bulk simulations skip the hash: they keep outcomes, not replays (record a replay with the log on).
    hash: log ? stateHash(step.s) : '',
  };
  if (log) record.end = cloneWorld(step.s);
  if (ctx.current.injected?.length) record.injected = ctx.current.injected;
  if (ctx.current.annotations?.length) record.annotations = ctx.current.annotations;
  const injected = ctx.pendingInjections ?? [];
  const next = nextPhase(step);
  const events = openTurn(next, injected);
  endStep(next);
  const over = next.s.turn >= sc.labels.length;
  const current: PendingTurn = { events, changes: next.changes, notes: next.notes };
  if (injected.length > 0 && !over) current.injected = [...injected];
  return {
    ...ctx,
    world: next.s,
    current,
    pendingInjections: [],
    history: [...ctx.history, record],
    choices: { nato: null, russia: null },
    refusals: [],
    doctrineRng,
    outcome: over ? classifyOutcome(sc, next.s) : null,
  };
}
