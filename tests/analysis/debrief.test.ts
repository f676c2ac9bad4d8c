// The debrief's analysis: top decisions, trust over time, the historical path, and "choices or luck".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparePaths,
  emptyLuck,
  historicalGame,
  luckSeed,
  mergeLuck,
  playLuck,
  playLuckRun,
  sideScript,
  summarizeLuck,
  topDecisions,
  trustSeries,
  initialHeadline,
  type LuckTotals,
} from '../../src/analysis/debrief.js';
import { OUTCOMES, runGame, type CompiledScenario, type GameContext, loadAndCompile } from '../../src/engine/index.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  return loaded.value;
}

const tutorial = scenario('tutorial');

function play(
  sc: CompiledScenario,
  seed: string,
  nato: 'historical' | 'hardliner' | 'cooperator',
  russia: 'historical' | 'hardliner' | 'cooperator',
  noise?: number,
): GameContext {
  const run = runGame(sc, { seed, noise, doctrines: { nato, russia } });
  if (!run.ok) throw new Error('the game did not run');
  return run.game;
}

describe('topDecisions', () => {
  const game = play(tutorial, 'debrief-1', 'historical', 'historical', 3000);
  const top = topDecisions(tutorial, game);

  it('ranks at most ten decisions, the largest trust movement first', () => {
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.magnitude).toBeGreaterThanOrEqual(top[i]!.magnitude);
  });

  it('sums |Δtrust| of the changes each action caused, and nothing else', () => {
    for (const d of top) {
      const record = game.history[d.turn]!;
      const caused = record.changes.filter(
        (c) => c.cause.kind === 'action' && c.cause.id === d.action && c.cause.by === d.side && c.meter.startsWith('trust.'),
      );
      expect(d.magnitude).toBe(caused.reduce((s, c) => s + Math.abs(c.after - c.before), 0));
      expect(d.delta).toBe(caused.reduce((s, c) => s + c.after - c.before, 0));
      expect(record.actions[d.side]).toContain(d.action);
      expect(d.name).toBe(tutorial.actions.get(d.action)!.name);
      expect(d.citation).toBe(tutorial.citations.get(d.action));
      expect(d.misread).toBe(caused.some((c) => c.cause.misread === true));
    }
  });

  it('covers every action that moved trust when n is large', () => {
    const all = topDecisions(tutorial, game, 1000);
    const moved = new Set<string>();
    for (const t of game.history) {
      for (const c of t.changes)
        if (c.cause.kind === 'action' && c.meter.startsWith('trust.') && c.after !== c.before)
          moved.add(`${t.turn}|${c.cause.by}|${c.cause.id}`);
    }
    expect(new Set(all.map((d) => `${d.turn}|${d.side}|${d.action}`))).toEqual(moved);
    expect(topDecisions(tutorial, game, 3)).toEqual(all.slice(0, 3));
  });

  it('marks misread decisions: a hardliner Russia at high noise gets NATO sites misread', () => {
    const sc = scenario('reset-2010');
    const g = play(sc, 'misread-1', 'historical', 'hardliner', 9000);
    const all = topDecisions(sc, g, 1000);
    const misreads = g.history.flatMap((t) => t.changes.filter((c) => c.cause.misread && c.meter.startsWith('trust.')));
    expect(misreads.length).toBeGreaterThan(0);
    expect(all.some((d) => d.misread)).toBe(true);
  });
});

describe('trustSeries', () => {
  const game = play(tutorial, 'series-1', 'cooperator', 'hardliner');

  it('gives both trusts at the end of each turn, matching the recorded end states', () => {
    const series = trustSeries(game);
    expect(series.map((p) => p.label)).toEqual([...tutorial.labels]);
    series.forEach((p, i) => expect({ nato: p.nato, russia: p.russia }).toEqual(game.history[i]!.end!.trust));
    expect(series.at(-1)).toMatchObject(game.world.trust);
  });

  it('starts from the initial trust when given the scenario', () => {
    const series = trustSeries(game, tutorial, 'start');
    expect(series[0]).toEqual({ turn: -1, label: 'start', ...initialHeadline(tutorial) });
    expect(series).toHaveLength(tutorial.labels.length + 1);
  });

  it('falls back on the logged trust changes when the end states were not kept', () => {
    const stripped = { history: game.history.map(({ end: _end, ...rest }) => rest) };
    const withEnd = trustSeries(game, tutorial);
    const without = trustSeries(stripped, tutorial);
    // A turn's record logs its own events and resolution; the next turn's events go to the next record.
    expect(without).toEqual(withEnd);
  });
});

describe('the historical path', () => {
  it('plays both historical records on the same seed and lines them up with the player turn by turn', () => {
    const h = historicalGame(tutorial, 'path-1');
    expect(h).not.toBeNull();
    const direct = play(tutorial, 'path-1', 'historical', 'historical');
    expect(h!.history.at(-1)!.hash).toBe(direct.history.at(-1)!.hash);
    const player = play(tutorial, 'path-1', 'cooperator', 'hardliner');
    const rows = comparePaths(tutorial, player, h);
    expect(rows).toHaveLength(tutorial.labels.length);
    expect(rows[0]!.historical!.actions).toEqual(direct.history[0]!.actions);
    expect(rows[0]!.player!.actions).toEqual(player.history[0]!.actions);
  });

  it('handles a game in progress', () => {
    const player = play(tutorial, 'path-2', 'cooperator', 'hardliner');
    const rows = comparePaths(tutorial, { history: player.history.slice(0, 2) }, historicalGame(tutorial, 'path-2'));
    expect(rows.filter((r) => r.player !== null)).toHaveLength(2);
    expect(rows.every((r) => r.historical !== null)).toBe(true);
  });
});

describe('choices or luck', () => {
  const game = play(tutorial, 'luck-1', 'cooperator', 'hardliner');
  const request = { side: 'nato' as const, script: sideScript(game, 'nato'), opponent: 'hardliner' as const, seed: 'luck-1' };

  it('replays the player choices on seeds seed/luck/i with the opponent doctrine', () => {
    expect(luckSeed('abc', 7)).toBe('abc/luck/7');
    const one = playLuckRun(tutorial, request, 0);
    expect(one.runs).toBe(1);
    expect(OUTCOMES.reduce((s, o) => s + one.outcomes[o], 0)).toBe(1);
  });

  it('adds up the same whatever the split', () => {
    const whole = playLuck(tutorial, request, 0, 20);
    const split = mergeLuck(playLuck(tutorial, request, 0, 7), playLuck(tutorial, request, 7, 13));
    expect(split).toEqual(whole);
    expect(whole.runs).toBe(20);
  });

  it('reports progress after each run', () => {
    const seen: number[] = [];
    playLuck(tutorial, request, 0, 5, (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  /** Totals of 200 runs that all followed the choices exactly, with these outcome counts. */
  const exactTotals = (counts: Partial<Record<(typeof OUTCOMES)[number], number>>): LuckTotals => {
    const totals: LuckTotals = { ...emptyLuck(), runs: 200, trust: { nato: 200 * 5000, russia: 200 * 4000 } };
    for (const [o, n] of Object.entries(counts)) {
      totals.outcomes[o as (typeof OUTCOMES)[number]] = n;
      totals.exactOutcomes[o as (typeof OUTCOMES)[number]] = n;
    }
    return totals;
  };

  it('summarizes shares and a verdict', () => {
    const totals = exactTotals({ 'selective-cooperation': 150, 'cold-peace': 50 });
    const s = summarizeLuck(totals, 'selective-cooperation');
    expect(s.samePercent).toBe(75);
    expect(s.exactRuns).toBe(200);
    expect(s.exactPercent).toBe(75);
    expect(s.verdict).toBe('choices');
    expect(s.mode).toBe('selective-cooperation');
    expect(s.meanTrust).toEqual({ nato: 5000, russia: 4000 });
    expect(s.distribution.map((d) => d.outcome)).toEqual([...OUTCOMES]);
    expect(summarizeLuck(totals, 'cold-peace').verdict).toBe('luck');
    const even = exactTotals({ 'selective-cooperation': 100, 'cold-peace': 100 });
    expect(summarizeLuck(even, 'cold-peace').verdict).toBe('mixed');
    expect(summarizeLuck(emptyLuck(), null).verdict).toBe('unclear');
  });

  it('shares add up to exactly 100 % (where rounding each gives 101 %)', () => {
    const s = summarizeLuck(exactTotals({ 'strategic-partnership': 23, 'selective-cooperation': 177 }), 'selective-cooperation');
    expect(s.distribution.reduce((sum, d) => sum + d.percent, 0)).toBe(100);
    expect(s.distribution.find((d) => d.outcome === 'selective-cooperation')!.percent).toBe(s.samePercent);
  });

  it('does not list an outcome the scenario cannot produce', () => {
    const s = summarizeLuck(exactTotals({ 'cold-peace': 200 }), 'cold-peace', ['strategic-partnership', 'cold-peace', 'confrontation']);
    expect(s.distribution.map((d) => d.outcome)).toEqual(['strategic-partnership', 'cold-peace', 'confrontation']);
  });

  it('judges only on the replays that followed every choice; too few of them is no verdict', () => {
    // 200 replays reached the player's outcome, but 194 of them had to drop some of the player's actions.
    const totals = exactTotals({});
    totals.outcomes['selective-cooperation'] = 200;
    totals.runsWithDrops = 194;
    totals.exactOutcomes['selective-cooperation'] = 6;
    const s = summarizeLuck(totals, 'selective-cooperation');
    expect(s.samePercent).toBe(100);
    expect(s.exactRuns).toBe(6);
    expect(s.verdict).toBe('unclear');
    // 60 exact replays, 15 of them the same: luck.
    totals.runsWithDrops = 140;
    totals.exactOutcomes['selective-cooperation'] = 15;
    totals.exactOutcomes['cold-peace'] = 45;
    expect(summarizeLuck(totals, 'selective-cooperation')).toMatchObject({
      exactRuns: 60,
      exactSame: 15,
      exactPercent: 25,
      verdict: 'luck',
    });
  });

  it('counts the exact replays of real runs: a run that dropped nothing is one', () => {
    const totals = playLuck(tutorial, request, 0, 20);
    const exact = OUTCOMES.reduce((sum, o) => sum + totals.exactOutcomes[o], 0);
    expect(exact).toBe(totals.runs - totals.runsWithDrops);
  });
});
