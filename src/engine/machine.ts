// The game statechart: setup → briefing → turn (choosing → report)* → debrief, over the pure reducer in game.ts.
import { assign, createActor, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Refusal } from './availability.js';
import type { CompiledScenario } from './compile.js';
import {
  annotate,
  annotationRefusal,
  injectEvent,
  injectionRefusal,
  isOver,
  refusalsFor,
  startGame,
  type Choice,
  type GameContext,
  withdrawalRefusal,
  withdrawInjection,
} from './game.js';
import { applyTurn, type TurnOutcome } from './kernel.js';
import { SIDES, type PerSide, type Side } from './state.js';
import type { GameOptions } from './world.js';

export interface GameInput extends GameOptions {
  /** Stop at a report after each turn until NEXT (the UI); a simulation runs straight through. */
  interactive?: boolean;
  /** Start from this game instead of a new one (a fork of a replay: its first turns replayed by the kernel). */
  from?: GameContext | undefined;
}

export type GameEvent =
  | { type: 'START' }
  | { type: 'BEGIN' }
  | { type: 'CHOOSE'; side: Side; actions: readonly string[] }
  | { type: 'PLAY'; nato: Choice; russia: Choice }
  | { type: 'NEXT' }
  /**
   * Classroom: a teacher injects a scenario event into the next turn (or withdraws one not yet fired), or notes
   * something on a turn for the debrief.
   */
  | { type: 'INJECT'; event: string }
  | { type: 'WITHDRAW'; event: string }
  | { type: 'ANNOTATE'; text: string };

export interface MachineContext extends GameContext {
  interactive: boolean;
  /** Why the teacher's last injection, withdrawal or note was refused, or null. */
  teacherError?: string | null;
}

/**
 * A PLAY applied by the turn kernel once per event: the guards that route the transition and the action that applies
 * it share the result, so that a turn costs one microstep. One slot, not a WeakMap from events: a weak map whose values
 * hold whole games made every garbage collection trace them as ephemerons, and that was most of a simulated game's cost.
 * The slot is keyed by the event and the context it was applied to, and the action that uses the result empties it.
 */
let prepared: { event: object; context: GameContext; play: TurnOutcome } | null = null;

function preparePlay(sc: CompiledScenario, context: GameContext, event: Extract<GameEvent, { type: 'PLAY' }>): TurnOutcome {
  if (prepared?.event === event && prepared.context === context) return prepared.play;
  const play = applyTurn(sc, context, { nato: event.nato, russia: event.russia });
  prepared = { event, context, play };
  return play;
}

/** The prepared result for the action that applies it; the slot is emptied so that it holds no game afterwards. */
function takePlay(sc: CompiledScenario, context: GameContext, event: Extract<GameEvent, { type: 'PLAY' }>): TurnOutcome {
  const play = preparePlay(sc, context, event);
  prepared = null;
  return play;
}

const refusalsOfPlay = (play: TurnOutcome): Refusal[] =>
  play.ok ? [] : play.kind === 'refused' ? play.refusals : [{ side: 'nato', action: '(teacher)', reason: play.problem }];

/** Where a resolved turn leads: the report (interactive), the debrief, or the next turn's choosing. */
const afterResolution = [
  { guard: 'pausesForReport', target: 'report' },
  { guard: 'isOver', target: '#game.debrief' },
  { target: 'choosing' },
] as const;

export function createGameMachine(sc: CompiledScenario) {
  return setup({
    types: { context: {} as MachineContext, events: {} as GameEvent, input: {} as GameInput },
    guards: {
      choiceIsLegal: ({ context, event }) => event.type === 'CHOOSE' && refusalsFor(sc, context, event.side, event.actions).length === 0,
      bothChosen: ({ context }) => context.choices.nato !== null && context.choices.russia !== null,
      isOver: ({ context }) => isOver(sc, context),
      pausesForReport: ({ context }) => context.interactive,
      playIsRefused: ({ context, event }) => event.type === 'PLAY' && !preparePlay(sc, context, event).ok,
      isLastTurn: ({ context }) => context.world.turn === sc.labels.length - 1,
    },
    actions: {
      recordChoice: assign(({ context, event }) => {
        if (event.type !== 'CHOOSE') return {};
        return { choices: { ...context.choices, [event.side]: [...event.actions] }, refusals: [] };
      }),
      refuseChoice: assign(({ context, event }) =>
        event.type === 'CHOOSE' ? { refusals: refusalsFor(sc, context, event.side, event.actions) } : {},
      ),
      resolveChosen: assign(({ context }) => {
        const { nato, russia } = context.choices as PerSide<string[]>;
        const played = applyTurn(sc, context, { nato: { actions: nato }, russia: { actions: russia } });
        // Each choice was checked when it was made; the pair is checked again by the kernel.
        return played.ok ? played.game : { choices: { nato: null, russia: null }, refusals: refusalsOfPlay(played) };
      }),
      inject: assign(({ context, event }) => {
        if (event.type !== 'INJECT') return {};
        const refusal = injectionRefusal(sc, context, event.event);
        return refusal ? { teacherError: refusal } : { ...injectEvent(context, event.event), teacherError: null };
      }),
      withdraw: assign(({ context, event }) => {
        if (event.type !== 'WITHDRAW') return {};
        const refusal = withdrawalRefusal(context, event.event);
        return refusal ? { teacherError: refusal } : { ...withdrawInjection(context, event.event), teacherError: null };
      }),
      annotate: assign(({ context, event, self }) => {
        if (event.type !== 'ANNOTATE') return {};
        const refusal = annotationRefusal(event.text);
        if (refusal) return { teacherError: refusal };
        // On the report of a turn, the note belongs to the turn just resolved.
        const onReport = self.getSnapshot().matches({ turn: 'report' });
        return { ...annotate(context, event.text, onReport), teacherError: null };
      }),
      refusePlay: assign(({ context, event }) => (event.type === 'PLAY' ? { refusals: refusalsOfPlay(takePlay(sc, context, event)) } : {})),
      play: assign(({ context, event }) => {
        if (event.type !== 'PLAY') return {};
        const played = takePlay(sc, context, event);
        return played.ok ? played.game : {};
      }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({ ...(input.from ?? startGame(sc, input)), interactive: input.interactive ?? false }),
    initial: 'setup',
    states: {
      setup: { on: { START: 'briefing' } },
      // A game started from a finished one (a fork at its last turn) goes straight to the debrief.
      briefing: { on: { BEGIN: [{ guard: 'isOver', target: 'debrief' }, { target: 'turn' }] } },
      turn: {
        on: { INJECT: { actions: 'inject' }, WITHDRAW: { actions: 'withdraw' }, ANNOTATE: { actions: 'annotate' } },
        initial: 'choosing',
        states: {
          choosing: {
            on: {
              CHOOSE: [{ guard: 'choiceIsLegal', actions: 'recordChoice', target: 'collecting' }, { actions: 'refuseChoice' }],
              // A refused PLAY leaves the turn unresolved, with the reasons in context; a legal one resolves it in one step.
              PLAY: [
                { guard: 'playIsRefused', actions: 'refusePlay' },
                { guard: 'pausesForReport', actions: 'play', target: 'report' },
                { guard: 'isLastTurn', actions: 'play', target: '#game.debrief' },
                { actions: 'play' },
              ],
            },
          },
          collecting: {
            always: [{ guard: 'bothChosen', actions: 'resolveChosen', target: 'resolved' }, { target: 'choosing' }],
          },
          resolved: { always: afterResolution },
          report: { on: { NEXT: [{ guard: 'isOver', target: '#game.debrief' }, { target: 'choosing' }] } },
        },
      },
      debrief: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
export type GameActor = ActorRefFrom<GameMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;

const machines = new WeakMap<CompiledScenario, GameMachine>();

/** One machine per scenario: its guards and actions close over the compiled scenario. */
export function gameMachineFor(sc: CompiledScenario): GameMachine {
  let machine = machines.get(sc);
  if (!machine) {
    machine = createGameMachine(sc);
    machines.set(sc, machine);
  }
  return machine;
}

/** Starts a game actor, fresh or restored from a persisted snapshot. */
export function createGame(sc: CompiledScenario, input: GameInput, snapshot?: unknown) {
  const machine = gameMachineFor(sc);
  const actor =
    snapshot === undefined ? createActor(machine, { input }) : createActor(machine, { input, snapshot: snapshot as GameSnapshot });
  return actor.start();
}

export const sidesChosen = (ctx: GameContext): Side[] => SIDES.filter((side) => ctx.choices[side] !== null);
