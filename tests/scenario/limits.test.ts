// One set of limits (issue 14): a scenario at each limit of src/scenario/limits.ts makes a game that can be shared (its
// replay passes the replay schema, encodes into a code, decodes and verifies); one past the limit is refused, by the
// scenario format or by the rules, so that no game is made that could not be shared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createGame,
  decodeReplay,
  encodeReplay,
  MAX_ACTIONS_PER_SIDE,
  MAX_ANNOTATION_LENGTH,
  MAX_ANNOTATIONS_PER_TURN,
  MAX_INJECTIONS_PER_TURN,
  MAX_REPLAY_TURNS,
  MAX_SEED_LENGTH,
  parseReplay,
  recordReplay,
  runGame,
  verifyReplay,
  type CompiledScenario,
  type GameActor,
  type GameContext,
  loadAndCompile,
} from '../../src/engine/index.js';
import { MAX_CODE_LENGTH, MAX_ID_LENGTH, MAX_TURNS } from '../../src/engine/testing.js';
import { CALENDAR_MAX_TURNS, type ScenarioData } from '../../src/scenario/index.js';
import { seedOption } from '../../src/cli/args.js';

const minimal = JSON.parse(readFileSync(new URL('../scenarios-bad/_valid-minimal.json', import.meta.url), 'utf8')) as ScenarioData;

function load(data: ScenarioData): { ok: true; sc: CompiledScenario } | { ok: false; errors: string[] } {
  const r = loadAndCompile(JSON.stringify(data), 'limits.json');
  return r.ok ? { ok: true, sc: r.value } : { ok: false, errors: r.errors.map((e) => `${e.path}: ${e.message}`) };
}

function loaded(data: ScenarioData): CompiledScenario {
  const r = load(data);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.sc;
}

/** The half-year `n` turns after 2013-H2. */
function label(n: number): string {
  const index = 2013 * 2 + 1 + n;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/** A played game can be shared: its replay passes the schema, encodes, decodes to itself and verifies. */
function expectShareable(sc: CompiledScenario, game: GameActor | GameContext): void {
  const replay = recordReplay(sc, 'getSnapshot' in game ? game.getSnapshot().context : game);
  expect(parseReplay(replay).ok).toBe(true);
  const code = encodeReplay(replay);
  expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
  expect(decodeReplay(code)).toEqual({ ok: true, replay });
  expect(verifyReplay(sc, replay).ok).toBe(true);
}

function started(sc: CompiledScenario, seed = 'limits'): GameActor {
  const actor = createGame(sc, { seed });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  return actor;
}

const freeAction = (id: string): ScenarioData['actions'][number] => ({ ...minimal.actions[0]!, id, side: 'nato', cost: 0 });

describe('one set of limits', () => {
  it('the scenario format, the rules and the replay format share their numbers', () => {
    expect(CALENDAR_MAX_TURNS).toBe(MAX_TURNS);
    expect(MAX_REPLAY_TURNS).toBe(MAX_TURNS);
  });

  it(`a calendar of ${MAX_TURNS} turns plays to a shareable game; one of ${MAX_TURNS + 1} is refused`, () => {
    const sc = loaded({ ...minimal, calendar: { start: label(0), end: label(MAX_TURNS - 1) } });
    expect(sc.labels).toHaveLength(MAX_TURNS);
    const run = runGame(sc, { seed: 'long', doctrines: { nato: 'reciprocator', russia: 'hardliner' } });
    if (!run.ok) throw new Error(run.label);
    expect(run.game.history).toHaveLength(MAX_TURNS);
    expectShareable(sc, run.game);
    const past = load({ ...minimal, calendar: { start: label(0), end: label(MAX_TURNS) } });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.errors.join('\n')).toMatch(new RegExp(`at most ${MAX_TURNS} are allowed`));
  });

  it(`${MAX_ACTIONS_PER_SIDE} actions by one side in one turn are a shareable game; the ${MAX_ACTIONS_PER_SIDE + 1}st is refused`, () => {
    const free = Array.from({ length: MAX_ACTIONS_PER_SIDE + 5 }, (_, i) => `nato.free-${i}`);
    const sc = loaded({ ...minimal, actions: [...minimal.actions, ...free.map(freeAction)] });
    const refused = started(sc);
    refused.send({ type: 'PLAY', nato: { actions: free.slice(0, MAX_ACTIONS_PER_SIDE + 1) }, russia: { actions: [] } });
    const refusals = refused.getSnapshot().context.refusals;
    expect(refusals.map((r) => r.reason)).toContainEqual(
      expect.stringMatching(new RegExp(`at most ${MAX_ACTIONS_PER_SIDE} actions in one turn`)),
    );
    expect(refused.getSnapshot().context.history).toHaveLength(0);
    const actor = started(sc);
    actor.send({ type: 'PLAY', nato: { actions: free.slice(0, MAX_ACTIONS_PER_SIDE) }, russia: { actions: [] } });
    expect(actor.getSnapshot().context.history[0]!.actions.nato).toHaveLength(MAX_ACTIONS_PER_SIDE);
    expectShareable(sc, actor);
    // A doctrine offered more free cards than the limit takes no more than it.
    const run = runGame(sc, { seed: 'free', doctrines: { nato: 'cooperator', russia: 'cooperator' } });
    if (!run.ok) throw new Error(run.label);
    for (const t of run.game.history) expect(t.actions.nato.length).toBeLessThanOrEqual(MAX_ACTIONS_PER_SIDE);
    expectShareable(sc, run.game);
  });

  it(`an action id of ${MAX_ID_LENGTH} characters is carried by a replay; one of ${MAX_ID_LENGTH + 1} is refused`, () => {
    const id = `nato.${'a'.repeat(MAX_ID_LENGTH - 5)}`;
    const sc = loaded({ ...minimal, actions: [...minimal.actions, freeAction(id)] });
    const actor = started(sc);
    actor.send({ type: 'PLAY', nato: { actions: [id] }, russia: { actions: [] } });
    expect(actor.getSnapshot().context.history).toHaveLength(1);
    expectShareable(sc, actor);
    const past = load({ ...minimal, actions: [...minimal.actions, freeAction(`${id}a`)] });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.errors.join('\n')).toMatch(new RegExp(`an id has at most ${MAX_ID_LENGTH}, the longest a replay carries`));
  });

  it(`a teacher's ${MAX_ANNOTATIONS_PER_TURN} notes of ${MAX_ANNOTATION_LENGTH} characters are shareable; a longer note is refused`, () => {
    const sc = loaded(minimal);
    const actor = started(sc);
    for (let i = 0; i < MAX_ANNOTATIONS_PER_TURN; i++) actor.send({ type: 'ANNOTATE', text: String(i).padEnd(MAX_ANNOTATION_LENGTH, 'n') });
    expect(actor.getSnapshot().context.teacherError).toBeNull();
    actor.send({ type: 'ANNOTATE', text: 'x'.repeat(MAX_ANNOTATION_LENGTH + 1) });
    expect(actor.getSnapshot().context.teacherError).toMatch(new RegExp(`at most ${MAX_ANNOTATION_LENGTH} characters`));
    actor.send({ type: 'PLAY', nato: { actions: [] }, russia: { actions: [] } });
    expect(actor.getSnapshot().context.history[0]!.annotations).toHaveLength(MAX_ANNOTATIONS_PER_TURN);
    expectShareable(sc, actor);
  });

  it(`a teacher injects at most ${MAX_INJECTIONS_PER_TURN} events into one turn, and they are shareable`, () => {
    const events = Array.from({ length: MAX_INJECTIONS_PER_TURN + 1 }, (_, i) => ({
      ...minimal.events.scheduled[0]!,
      id: `event.extra-${i}`,
      at: label(2),
      effects: {},
    }));
    const sc = loaded({ ...minimal, events: { ...minimal.events, scheduled: [...minimal.events.scheduled, ...events] } });
    const actor = started(sc);
    for (const e of events.slice(0, MAX_INJECTIONS_PER_TURN)) actor.send({ type: 'INJECT', event: e.id });
    expect(actor.getSnapshot().context.teacherError).toBeNull();
    actor.send({ type: 'INJECT', event: events.at(-1)!.id });
    expect(actor.getSnapshot().context.teacherError).toMatch(new RegExp(`at most ${MAX_INJECTIONS_PER_TURN} events`));
    actor.send({ type: 'PLAY', nato: { actions: [] }, russia: { actions: [] } });
    expectShareable(sc, actor);
  });

  it(`a seed of ${MAX_SEED_LENGTH} characters is shareable; the command line refuses a longer one`, () => {
    const sc = loaded(minimal);
    const actor = started(sc, 's'.repeat(MAX_SEED_LENGTH));
    actor.send({ type: 'PLAY', nato: { actions: [] }, russia: { actions: [] } });
    expectShareable(sc, actor);
    expect(seedOption('run', 's'.repeat(MAX_SEED_LENGTH))).toHaveLength(MAX_SEED_LENGTH);
    expect(() => seedOption('run', 's'.repeat(MAX_SEED_LENGTH + 1))).toThrow(new RegExp(`1 to ${MAX_SEED_LENGTH} characters`));
  });
});
