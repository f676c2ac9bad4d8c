// Model-based tests of the browser shell (xstate/graph): every screen is reached by events a keyboard user can send,
// on no path is one team's hidden choice shown to the other team (the hot-seat hand-over), and under the fog of trust
// on no path is NATO's private screen shown before NATO's team has taken the device (issue 12); mutant charts that
// skip either hand-over are caught by the same checks.
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import type { GameSession } from '../../../src/ui/session.js';
import { shellConfig, shellMachine, shellSetup, type ShellEvent } from '../../../src/ui/shell/machine.js';
import {
  gameTarget,
  isHandover,
  positionOf,
  screenFor,
  SCREENS,
  TURN_STEPS,
  turnStepFor,
  type Position,
} from '../../../src/ui/shell/screens.js';

type Snapshot = SnapshotFrom<typeof shellMachine>;
/** xstate/graph's adjacency map, typed for the shell: each state's outgoing edges by event. */
type Graph = Record<string, { state: Snapshot; transitions: Record<string, { event: ShellEvent; state: Snapshot }> }>;
const graphOf = (machine: AnyStateMachine, fromState: Snapshot): Graph =>
  getAdjacencyMap(machine, { ...graphOptions, fromState }) as unknown as Graph;

/** A game as the shell sees it: only `stop` is called (when another game replaces it). */
const game = { stop: () => undefined } as unknown as GameSession;

const single: Position = { phase: 'choosing', hotseat: false, toChoose: null, fog: false };
const natoToChoose: Position = { phase: 'choosing', hotseat: true, toChoose: 'nato', fog: false };
const russiaToChoose: Position = { phase: 'choosing', hotseat: true, toChoose: 'russia', fog: false };
const report: Position = { phase: 'report', hotseat: true, toChoose: null, fog: false };
const over: Position = { phase: 'debrief', hotseat: false, toChoose: null, fog: false };
const briefing: Position = { phase: 'briefing', hotseat: false, toChoose: null, fog: false };
// The same hot-seat positions under the fog of trust (each team's screen private).
const natoFog: Position = { ...natoToChoose, fog: true };
const russiaFog: Position = { ...russiaToChoose, fog: true };
const reportFog: Position = { ...report, fog: true };
const POSITIONS = [single, natoToChoose, russiaToChoose, report, over, briefing, natoFog, russiaFog, reportFog];

/** Every event a keyboard user can cause (the title menu, Enter, Escape, the ready field, the teacher's console), each with the games it can carry. */
const KEYBOARD_EVENTS: ShellEvent[] = [
  { type: 'TITLE' },
  { type: 'NEW_GAME' },
  { type: 'CLASS_BOARD' },
  { type: 'ROLE_CARDS' },
  { type: 'LESSON_KIT' },
  { type: 'OPEN_REPLAY', replay: 'a replay' },
  { type: 'CLOSE_REPLAY', at: null },
  { type: 'CLOSE_REPLAY', at: over },
  { type: 'STARTED', session: game },
  ...POSITIONS.map((at): ShellEvent => ({ type: 'RESUMED', session: game, at })),
  // After the briefing and after a report, a game is choosing (single or hot-seat, NATO first, fogged or not) or over.
  ...[single, natoToChoose, natoFog].map((at): ShellEvent => ({ type: 'BEGIN', at })),
  ...[single, natoToChoose, natoFog, over].map((at): ShellEvent => ({ type: 'NEXT', at })),
  { type: 'CONFIRMED' },
  { type: 'READY' },
  { type: 'REDRAW', data: { instant: true } },
  { type: 'ENDED' },
  { type: 'PAUSE' },
  { type: 'UNPAUSE' },
  { type: 'REVEAL' },
  { type: 'HIDE' },
];

/** A state is its value and the reveal (the game, the screen's data and the visit count are not part of it). */
const serializeState = (s: Snapshot): string => JSON.stringify([s.value, s.context.revealed]);
const graphOptions = { events: KEYBOARD_EVENTS, serializeState, fromState: booted(shellMachine) };

/** The shell after the page has loaded (BOOTED is sent by the boot scene, not by a person). */
function booted(machine: AnyStateMachine): Snapshot {
  const actor = createActor(machine, { input: { settings: { reducedMotion: false, textScale: 1, linkAddress: '' } } });
  actor.start();
  actor.send({ type: 'BOOTED' });
  return actor.getSnapshot() as Snapshot;
}

/** The leaf of the screen region: 'title', 'turn.handover'… */
function where(s: Snapshot): string {
  const value = (s.value as { screen: string | Record<string, string> }).screen;
  return typeof value === 'string' ? value : Object.entries(value).map(([k, v]) => `${k}.${v}`)[0]!;
}

/** Whose cards (and so whose choice in the making) the screen shows: a team on the turn screen, else nobody. */
function showing(s: Snapshot): 'nato' | 'russia' | null {
  const at = where(s);
  return at === 'turn.nato' ? 'nato' : at === 'turn.russia' ? 'russia' : null;
}

/**
 * Every path of the chart, checked: a breadth-first walk of the chart's graph (xstate/graph's adjacency map) times
 * what a path remembers (`M`, folded over its edges by `step`). Returns the shortest path to each edge that `step`
 * calls a leak (the walk does not go on from there).
 */
function walkPaths<M>(machine: AnyStateMachine, initial: M, step: (memory: M, from: Snapshot, edge: Edge) => Step<M>): string[] {
  const start = booted(machine);
  const map = graphOf(machine, start);
  type Walk = { key: string; state: Snapshot; memory: M; trail: string[] };
  const queue: Walk[] = [{ key: serializeState(start), state: start, memory: initial, trail: [] }];
  const seen = new Set<string>();
  const found: string[] = [];
  while (queue.length > 0) {
    const walk = queue.shift()!;
    const id = `${walk.key}|${JSON.stringify(walk.memory)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of Object.values(map[walk.key]?.transitions ?? {})) {
      const { memory, leak } = step(walk.memory, walk.state, edge);
      const trail = [...walk.trail, `${edge.event.type}→${where(edge.state)}`];
      if (leak) found.push(trail.join(' '));
      else queue.push({ key: serializeState(edge.state), state: edge.state, memory, trail });
    }
  }
  return found;
}
type Edge = { event: ShellEvent; state: Snapshot };
type Step<M> = { memory: M; leak: boolean };

/**
 * The hand-over between the teams: whose choice of the turn is sealed, and whether the device was handed over since.
 * A leak: a team's screen shown while the other team's choice is sealed and the device was not handed over (the first
 * team's choice, or its cards, before the second team's eyes).
 */
function leaks(machine: AnyStateMachine): string[] {
  type Sealed = { sealed: 'nato' | 'russia' | null; handedOver: boolean };
  return walkPaths<Sealed>(machine, { sealed: null, handedOver: false }, (memory, from, { event, state }) => {
    let { sealed, handedOver } = memory;
    const was = showing(from);
    if (was !== null && event.type === 'CONFIRMED') [sealed, handedOver] = [was, false];
    const at = where(state);
    if (at === 'turn.handover' || at === 'turn.toNato') handedOver = true;
    // Off the turn screen (Escape, the title, Continue) the device may be back in the first team's hands.
    else if (!at.startsWith('turn.')) handedOver = false;
    if (at === 'resolution' || at === 'debrief') sealed = null;
    const now = showing(state);
    return { memory: { sealed, handedOver }, leak: sealed !== null && now !== null && now !== sealed && !handedOver };
  });
}

/**
 * The fog of trust: whether the game last shown is fogged hot-seat play, and whether NATO's team has taken the device
 * (typed its initial on its hand-over) since a game position was last shown. A leak: NATO's private screen (its trust)
 * shown under fog before that, when Russia's team may still be looking (a report, the briefing, the title's Continue).
 */
function fogLeaks(machine: AnyStateMachine): string[] {
  type Fog = { fogged: boolean; natoTook: boolean };
  return walkPaths<Fog>(machine, { fogged: false, natoTook: false }, (memory, from, { event, state }) => {
    let { fogged, natoTook } = memory;
    // A game position shown (an event the chart took: its screen or step changed, or a screen was entered).
    const taken = where(state) !== where(from) || state.context.visit !== from.context.visit;
    if (taken && 'at' in event && event.at !== null) [fogged, natoTook] = [event.at.hotseat && event.at.fog, false];
    if (where(from) === 'turn.toNato' && event.type === 'READY') natoTook = true;
    const at = where(state);
    if (!at.startsWith('turn.')) natoTook = false;
    return { memory: { fogged, natoTook }, leak: fogged && at === 'turn.nato' && !natoTook };
  });
}

/** Every edge of the chart into Russia's cards (from another state), as 'from --EVENT-->'. */
function edgesIntoRussia(machine: AnyStateMachine): string[] {
  const map = graphOf(machine, booted(machine));
  const into: string[] = [];
  for (const node of Object.values(map)) {
    const from = where(node.state);
    for (const edge of Object.values(node.transitions))
      if (where(edge.state) === 'turn.russia' && from !== 'turn.russia') into.push(`${from} --${edge.event.type}-->`);
  }
  return [...new Set(into)].sort();
}

/** The chart with one transition changed: NATO's confirmed choice goes straight to Russia's cards. */
function skipHandover(): AnyStateMachine {
  const { turn } = shellConfig.states.screen.states;
  const mutant = {
    ...shellConfig,
    states: {
      ...shellConfig.states,
      screen: {
        ...shellConfig.states.screen,
        states: {
          ...shellConfig.states.screen.states,
          turn: { ...turn, states: { ...turn.states, nato: { on: { CONFIRMED: 'russia' } } } },
        },
      },
    },
  };
  return shellSetup.createMachine(mutant);
}

/** The chart with every transition into `from` sent to `to` instead (the same guards). */
function retarget(from: string, to: string): AnyStateMachine {
  type Transition = { target?: string };
  const move = (t: unknown): unknown => (Array.isArray(t) ? t.map((x: Transition) => (x.target === from ? { ...x, target: to } : x)) : t);
  const states = Object.fromEntries(
    Object.entries(shellConfig.states.screen.states).map(([name, state]) => {
      const on = (state as { on?: Record<string, unknown> }).on;
      return [name, on ? { ...state, on: Object.fromEntries(Object.entries(on).map(([e, t]) => [e, move(t)])) } : state];
    }),
  );
  const mutant = { ...shellConfig, states: { ...shellConfig.states, screen: { ...shellConfig.states.screen, states } } };
  return shellSetup.createMachine(mutant as typeof shellConfig);
}

describe('the one rule: which screen shows a game', () => {
  test('each phase has its screen, and a hot-seat turn where NATO has chosen opens on the hand-over', () => {
    expect(screenFor(briefing)).toBe('briefing');
    expect(screenFor({ ...briefing, phase: 'setup' })).toBe('briefing');
    expect(screenFor(single)).toBe('turn');
    expect(screenFor(report)).toBe('resolution');
    expect(screenFor(over)).toBe('debrief');
    expect([single, natoToChoose, russiaToChoose].map(turnStepFor)).toEqual(['single', 'nato', 'handover']);
    expect(POSITIONS.map(gameTarget)).toEqual([
      'turn.single',
      'turn.nato',
      'turn.handover',
      'resolution',
      'debrief',
      'briefing',
      'turn.toNato',
      'turn.handover',
      'resolution',
    ]);
  });

  test.each([
    // [hot-seat, fog, side to choose, step]
    [false, false, null, 'single'],
    [false, true, null, 'single'],
    [true, false, 'nato', 'nato'],
    [true, true, 'nato', 'toNato'],
    [true, false, 'russia', 'handover'],
    [true, true, 'russia', 'handover'],
  ] as const)('turnStepFor: hot-seat %s, fog %s, %s to choose: %s', (hotseat, fog, toChoose, step) => {
    expect(turnStepFor({ phase: 'choosing', hotseat, toChoose, fog })).toBe(step);
  });

  test('positionOf reads the fog from the game, and nothing else of it', () => {
    const session = { phase: 'choosing', hotseat: true, toChoose: 'nato', fog: true, config: {} } as unknown as Position;
    expect(positionOf(session)).toEqual(natoFog);
  });
});

describe('the shell chart', () => {
  test('getShortestPaths: every screen, every step of the turn and the pause are reached by keyboard events', () => {
    const paths = getShortestPaths(shellMachine, graphOptions);
    const reached = new Set(paths.map((p) => where(p.state)));
    const expected = [...SCREENS.filter((s) => s !== 'boot' && s !== 'turn'), ...TURN_STEPS.map((s) => `turn.${s}`)];
    expect([...reached].sort()).toEqual(expected.sort());
    expect(paths.some((p) => p.state.matches({ teacher: 'paused' }))).toBe(true);
    // Every screen is at most four keyboard events from the title (e.g. title → new game → briefing → turn).
    for (const p of paths) expect(p.steps.length, where(p.state)).toBeLessThanOrEqual(6);
  });

  test('a hot-seat game: NATO chooses, the hand-over, Russia chooses, the report, the next turn', () => {
    const actor = createActor(shellMachine, { input: { settings: { reducedMotion: false, textScale: 1, linkAddress: '' } } }).start();
    const seen: string[] = [];
    actor.subscribe((s) => seen.push(where(s)));
    const events: ShellEvent[] = [
      { type: 'BOOTED' },
      { type: 'NEW_GAME' },
      { type: 'STARTED', session: game },
      { type: 'BEGIN', at: natoToChoose },
      { type: 'READY' }, // ignored: nobody has chosen yet
      { type: 'CONFIRMED' },
      { type: 'CONFIRMED' }, // ignored: a second Enter of NATO's team on the hand-over
      { type: 'READY' },
      { type: 'CONFIRMED' },
      { type: 'NEXT', at: natoToChoose },
    ];
    for (const e of events) actor.send(e);
    expect([...new Set(seen)]).toEqual(['title', 'newGame', 'briefing', 'turn.nato', 'turn.handover', 'turn.russia', 'resolution']);
    expect(where(actor.getSnapshot())).toBe('turn.nato');
    // Each screen entered is one scene start (the turn's steps are one screen).
    expect(actor.getSnapshot().context.visit).toBe(6);
  });

  test('under fog, a half-year opens on the hand-over to NATO’s team, after the briefing, a report and Continue alike', () => {
    const actor = createActor(shellMachine, { input: { settings: { reducedMotion: false, textScale: 1, linkAddress: '' } } }).start();
    const seen: string[] = [];
    actor.subscribe((s) => seen.push(where(s)));
    const events: ShellEvent[] = [
      { type: 'BOOTED' },
      { type: 'NEW_GAME' },
      { type: 'STARTED', session: game },
      { type: 'BEGIN', at: natoFog },
      { type: 'CONFIRMED' }, // ignored: no cards on the hand-over (a held Enter from the briefing)
      { type: 'READY' }, // NATO's team typed N
      { type: 'CONFIRMED' },
      { type: 'READY' },
      { type: 'CONFIRMED' },
      { type: 'NEXT', at: natoFog },
    ];
    for (const e of events) actor.send(e);
    expect([...new Set(seen)]).toEqual([
      'title',
      'newGame',
      'briefing',
      'turn.toNato',
      'turn.nato',
      'turn.handover',
      'turn.russia',
      'resolution',
    ]);
    expect(where(actor.getSnapshot())).toBe('turn.toNato');
    actor.send({ type: 'TITLE' });
    actor.send({ type: 'RESUMED', session: game, at: natoFog });
    expect(where(actor.getSnapshot())).toBe('turn.toNato');
  });

  test('the teacher’s reveal does not change who takes the device: the fogged half-year still opens on NATO’s hand-over', () => {
    const actor = createActor(shellMachine, { input: { settings: { reducedMotion: false, textScale: 1, linkAddress: '' } } }).start();
    for (const e of [{ type: 'BOOTED' }, { type: 'RESUMED', session: game, at: reportFog }, { type: 'REVEAL' }] as ShellEvent[])
      actor.send(e);
    expect(actor.getSnapshot().context.revealed).toBe(true);
    actor.send({ type: 'NEXT', at: natoFog });
    expect(where(actor.getSnapshot())).toBe('turn.toNato');
    expect(actor.getSnapshot().context.revealed).toBe(true);
  });

  test('the hand-over steps are the two hand-overs', () => {
    expect(TURN_STEPS.filter(isHandover)).toEqual(['toNato', 'handover']);
  });

  test('only the hand-over leads to Russia’s cards', () => {
    expect(edgesIntoRussia(shellMachine)).toEqual(['turn.handover --READY-->']);
  });

  test('every path: no team’s screen is shown while the other team’s choice is sealed and the device not handed over', () => {
    expect(leaks(shellMachine)).toEqual([]);
  });

  test('every path: under fog, NATO’s screen is shown only after NATO’s team has taken the device', () => {
    expect(fogLeaks(shellMachine)).toEqual([]);
  });

  test('the fog check catches a mutant chart that opens a fogged half-year on NATO’s cards', () => {
    const found = fogLeaks(retarget('turn.toNato', 'turn.nato'));
    expect(found.length).toBeGreaterThan(0);
    // The shortest: Continue on a fogged hot-seat game opens NATO's cards before Russia's team has looked away.
    expect(found[0]).toBe('RESUMED→turn.nato');
    // And after the briefing and after a report.
    for (const leak of ['BEGIN→turn.nato', 'NEXT→turn.nato'])
      expect(
        found.some((f) => f.endsWith(` ${leak}`)),
        leak,
      ).toBe(true);
  });

  test('getSimplePaths: the ways to Russia’s cards from the title all pass the hand-over', () => {
    const fromTitle = getSimplePaths(shellMachine, {
      ...graphOptions,
      // The hot-seat part of the chart: a game started, begun, chosen, handed over (the other screens lead back to these).
      events: KEYBOARD_EVENTS.filter((e) => ['NEW_GAME', 'STARTED', 'BEGIN', 'CONFIRMED', 'READY', 'RESUMED'].includes(e.type)),
      toState: (s) => where(s) === 'turn.russia',
    });
    expect(fromTitle.length).toBeGreaterThan(1);
    for (const path of fromTitle) expect(path.steps.map((s) => where(s.state))).toContain('turn.handover');
  });

  test('the checks catch a mutant chart whose NATO confirmation skips the hand-over', () => {
    const mutant = skipHandover();
    expect(edgesIntoRussia(mutant)).toContain('turn.nato --CONFIRMED-->');
    const found = leaks(mutant);
    expect(found.length).toBeGreaterThan(0);
    // The shortest: Continue on a hot-seat game, NATO's team confirms, and Russia's team sees the screen at once.
    expect(found[0]).toBe('RESUMED→turn.nato CONFIRMED→turn.russia');
  });

  test('the teacher’s pause stands beside every screen, and ending the game opens the debrief from the play screens only', () => {
    const actor = createActor(shellMachine, { input: { settings: { reducedMotion: false, textScale: 1, linkAddress: '' } } }).start();
    for (const e of [{ type: 'BOOTED' }, { type: 'RESUMED', session: game, at: single }, { type: 'PAUSE' }] as ShellEvent[]) actor.send(e);
    expect(actor.getSnapshot().matches({ screen: { turn: 'single' }, teacher: 'paused' })).toBe(true);
    actor.send({ type: 'ENDED' });
    expect(where(actor.getSnapshot())).toBe('debrief');
    actor.send({ type: 'TITLE' });
    actor.send({ type: 'ENDED' });
    expect(where(actor.getSnapshot())).toBe('title');
  });
});
