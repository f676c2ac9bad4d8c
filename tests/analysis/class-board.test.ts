// The class board's analysis (src/analysis/class-board.ts): where games diverged on decisions in the same situation,
// the trust gaps, each team's story (events, injections, notes, misreadings) and the historical path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionRows,
  biggestGaps,
  comparePair,
  comparePairs,
  firstDivergence,
  historicalPaths,
  startKey,
  teamStory,
  turnDiffers,
  type BoardGame,
} from '../../src/analysis/class-board.js';
import { historicalGame, trustSeries } from '../../src/analysis/debrief.js';
import { createGame, loadAndCompile, runGame, type CompiledScenario, type DoctrineId, type GameContext } from '../../src/engine/index.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  return loaded.value;
}

const tutorial = scenario('tutorial');

function gameOf(seed: string, nato: DoctrineId, russia: DoctrineId, noise?: number): BoardGame & { game: GameContext } {
  const run = runGame(tutorial, { seed, noise, doctrines: { nato, russia } });
  if (!run.ok) throw new Error('the game did not run');
  return { history: run.game.history, start: startKey('tutorial', seed, noise), game: run.game };
}

/** A hand-made turn: only what the comparison reads. */
const turn = (label: string, nato: string[], russia: string[], hash: string, injected?: string[]) =>
  ({ label, actions: { nato, russia }, hash, ...(injected ? { injected } : {}) }) as unknown as GameContext['history'][number];

describe('where the games diverged, on decisions in the same situation', () => {
  const coop = gameOf('class-1', 'cooperator', 'reciprocator');
  const hard = gameOf('class-1', 'hardliner', 'reciprocator');
  const other = gameOf('class-2', 'cooperator', 'reciprocator');

  it('two teams from the same start part at the first turn they chose differently, and the sides that did', () => {
    const pair = comparePair([coop, hard], 0, 1);
    expect(pair.kind).toBe('diverged');
    if (pair.kind !== 'diverged') return;
    const { turn: at, sides, actions, label } = pair.divergence;
    for (let i = 0; i < at; i++) expect(coop.history[i]!.actions).toEqual(hard.history[i]!.actions);
    expect(coop.history[at]!.actions).not.toEqual(hard.history[at]!.actions);
    expect(label).toBe(tutorial.labels[at]);
    // The sides named are exactly those whose actions differ there.
    for (const side of ['nato', 'russia'] as const)
      expect(sides.includes(side)).toBe([...actions[0][side]].sort().join() !== [...actions[1][side]].sort().join());
    expect(actions).toEqual([coop.history[at]!.actions, hard.history[at]!.actions]);
  });

  it('games of different seeds were never in the same situation, however alike their choices (no hash comparison)', () => {
    expect(comparePair([coop, other], 0, 1)).toEqual({ kind: 'apart', a: 0, b: 1, turn: 0 });
    expect(firstDivergence([coop, other])).toBeNull();
    // The board's first divergence is the pair that shared a start.
    const first = firstDivergence([coop, other, hard]);
    expect(first && [first.a, first.b]).toEqual([0, 2]);
    expect(comparePairs([coop, other, hard]).map((p) => p.kind)).toEqual(['apart', 'diverged', 'apart']);
  });

  it('a game and its partial copy made the same choices in every half-year both played', () => {
    const partial = { ...coop, history: coop.history.slice(0, 2) };
    expect(comparePair([coop, partial], 0, 1)).toEqual({ kind: 'same', a: 0, b: 1, turns: 2 });
    expect(firstDivergence([coop, coop])).toBeNull();
  });

  it("ignores the order of a side's actions; a teacher's different injection parts the situation before any choice", () => {
    const a: BoardGame = { start: 's', history: [turn('H1', ['a', 'b'], [], 'h1'), turn('H2', ['x'], [], 'h2')] };
    const b: BoardGame = { start: 's', history: [turn('H1', ['b', 'a'], [], 'h1'), turn('H2', ['y'], [], 'h2')] };
    expect(turnDiffers([a, b], 0)).toBe(false);
    expect(comparePair([a, b], 0, 1)).toMatchObject({ kind: 'diverged', divergence: { turn: 1, sides: ['nato'] } });
    const injected: BoardGame = { start: 's', history: [a.history[0]!, turn('H2', ['y'], [], 'h2', ['lisbon-summit'])] };
    expect(comparePair([a, injected], 0, 1)).toEqual({ kind: 'apart', a: 0, b: 1, turn: 1 });
  });

  it('the actions table marks the turn where two teams from the same start first chose differently', () => {
    const rows = actionRows([coop, hard], tutorial.labels);
    expect(rows).toHaveLength(tutorial.labels.length);
    expect(rows.findIndex((r) => r.differs)).toBe(firstDivergence([coop, hard])!.turn);
    expect(rows[0]!.actions).toHaveLength(2);
  });

  it('marks a turn "differ" only between teams in the same situation: not across seeds, nor after an injection parted them', () => {
    // Different seeds, different choices: a difference of situation, not of choice (it was marked before issue 12).
    const apart = actionRows([hard, other], tutorial.labels);
    expect(hard.history[0]!.actions).not.toEqual(other.history[0]!.actions);
    expect(apart.some((r) => r.differs)).toBe(false);
    // The same seed: marked at the turn the divergence text names, and with a third team on another seed as well.
    const at = firstDivergence([coop, hard])!.turn;
    expect(actionRows([coop, hard], tutorial.labels)[at]!.differs).toBe(true);
    expect(actionRows([other, coop, hard], tutorial.labels)[at]!.differs).toBe(true);
    // Hand-made: the same hashes but a teacher's injection in the second half-year parts the two there.
    const a: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1'), turn('H2', ['x'], [], 'h2')] };
    const b: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1'), turn('H2', ['y'], [], 'h2', ['lisbon-summit'])] };
    expect(actionRows([a, b], ['H1', 'H2']).map((r) => r.differs)).toEqual([false, false]);
    expect(actionRows([a, { ...b, history: [b.history[0]!, turn('H2', ['y'], [], 'h2')] }], ['H1', 'H2']).map((r) => r.differs)).toEqual([
      false,
      true,
    ]);
  });

  it('marks a row "same" only when every team was in the same situation; otherwise "partly" or "not comparable"', () => {
    const a: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1'), turn('H2', ['x'], [], 'h2')] };
    const b: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1'), turn('H2', ['x'], [], 'h2')] };
    const elsewhere: BoardGame = { start: 't', history: [turn('H1', ['a'], [], 'h1'), turn('H2', ['x'], [], 'h2')] };
    const partial: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1')] };
    expect(actionRows([a, b], ['H1', 'H2']).map((r) => r.comparison)).toEqual(['same', 'same']);
    // Another seed: it made the same choices, but they are not comparable, and the row must not say "same".
    expect(actionRows([a, elsewhere], ['H1', 'H2']).map((r) => r.comparison)).toEqual(['apart', 'apart']);
    expect(actionRows([a, b, elsewhere], ['H1', 'H2']).map((r) => r.comparison)).toEqual(['partly', 'partly']);
    // A partial game is left out of the turns it did not play; parted by the state, the second turn compares nothing.
    expect(actionRows([a, b, partial], ['H1', 'H2']).map((r) => r.comparison)).toEqual(['same', 'same']);
    const parted: BoardGame = { start: 's', history: [turn('H1', ['a'], [], 'h1-other'), turn('H2', ['x'], [], 'h2')] };
    expect(actionRows([a, parted], ['H1', 'H2']).map((r) => r.comparison)).toEqual(['same', 'apart']);
    expect(actionRows([a, { ...b, history: [b.history[0]!, turn('H2', ['y'], [], 'h2')] }], ['H1', 'H2'])[1]!.comparison).toBe('differ');
  });

  it('lists the biggest trust gaps between teams, largest first, and none between a game and itself', () => {
    const teams = [coop, hard, other].map((g, i) => ({ number: i + 1, series: trustSeries(g.game, tutorial) }));
    const gaps = biggestGaps(teams, 4);
    expect(gaps.length).toBeGreaterThan(0);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1]!.gap).toBeGreaterThanOrEqual(gaps[i]!.gap);
    for (const g of gaps) {
      const high = teams.find((t) => t.number === g.high.team)!.series[g.index]![g.side];
      const low = teams.find((t) => t.number === g.low.team)!.series[g.index]![g.side];
      expect(high - low).toBe(g.gap);
    }
    expect(biggestGaps([teams[0]!, { ...teams[0]!, number: 2 }])).toEqual([]);
  });
});

describe("a team's story", () => {
  it("lists the events, the teacher's injections and notes, and every misreading, by half-year", () => {
    const actor = createGame(tutorial, { seed: 'story', noise: 5000 });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    const play = (): void => {
      actor.send({ type: 'PLAY', nato: { doctrine: 'cooperator' }, russia: { doctrine: 'hardliner' } });
    };
    play();
    actor.send({ type: 'INJECT', event: 'lisbon-summit' });
    actor.send({ type: 'ANNOTATE', text: 'Why was this read as hostile?' });
    for (let i = 1; i < tutorial.labels.length; i++) play();
    const game = actor.getSnapshot().context;
    const story = teamStory(game);
    expect(story.injections).toEqual([{ label: tutorial.labels[2], ids: ['lisbon-summit'] }]);
    expect(story.notes).toEqual([{ label: tutorial.labels[1], notes: ['Why was this read as hostile?'] }]);
    expect(story.events.find((e) => e.label === tutorial.labels[2])?.ids).toContain('lisbon-summit');
    const misread = game.history.flatMap((r) => [...r.perceived.nato, ...r.perceived.russia].filter((p) => p.misread));
    expect(misread.length).toBeGreaterThan(0);
    expect(story.misreadings).toHaveLength(misread.length);
    expect(story.misreadings.every((m) => m.reading === 'hostile' || m.reading === 'benign')).toBe(true);
  });
});

describe('the historical path', () => {
  it('is the historical doctrine pair on the same scenario, seed and noise, once per distinct start', () => {
    const paths = historicalPaths(tutorial, [{ seed: 'a' }, { seed: 'b', noise: 0 }, { seed: 'a' }], 'start');
    expect(paths.map((p) => [p.seed, p.noise])).toEqual([
      ['a', undefined],
      ['b', 0],
    ]);
    expect(paths[0]!.series).toEqual(trustSeries(historicalGame(tutorial, 'a')!, tutorial, 'start'));
    expect(paths[1]!.series).toEqual(trustSeries(historicalGame(tutorial, 'b', 0)!, tutorial, 'start'));
    expect(historicalPaths(tutorial, [{ seed: 'a' }, { seed: 'b' }, { seed: 'c' }], 'start', 2)).toHaveLength(2);
  });
});
