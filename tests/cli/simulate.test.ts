import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/engine/index.js';
import { playPairing, summarize } from '../../src/analysis/stats.js';
import { Progress, group, progressWanted } from '../../src/cli/batch.js';
import type { SimulateJson } from '../../src/cli/commands/simulate.js';
import { nodeIo } from '../../src/cli/io.js';
import { chunkRanges, playPairings, resolveWorkers } from '../../src/cli/parallel.js';
import { resolveScenario } from '../../src/cli/scenarios.js';
import { cli, miniScenariosDir, parseJson } from './helpers.js';

const dir = miniScenariosDir();
const simulate = (...args: string[]) => cli(['simulate', ...args], dir);
const RESET = ['--scenario', 'reset-2010'];
/** The fields that depend on the machine, not on the games. */
const withoutSpeed = ({ gamesPerSecond: _g, workers: _w, ...rest }: SimulateJson) => rest;

describe('simulate --json', () => {
  it('prints one object with every field; the outcome counts sum to the runs', async () => {
    const r = await cli(['simulate', ...RESET, '--nato', 'reciprocator', '--russia', 'grim', '--seeds', '20', '--workers', '1', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = parseJson<SimulateJson>(r.out);
    expect(Object.keys(json).sort()).toEqual(
      [
        'scenario',
        'seed',
        'noise',
        'nato',
        'russia',
        'runs',
        'outcomes',
        'trust',
        'trustSd',
        'security',
        'delivered',
        'perceivedDefectionRate',
        'echoesPerGame',
        'collapsedShare',
        'collapsedWhenProvoked',
        'score',
        'calibration',
        'saturation',
        'gamesPerSecond',
        'workers',
      ].sort(),
    );
    expect(json).toMatchObject({
      scenario: 'reset-2010',
      seed: 'trust-deficit',
      noise: null,
      nato: 'reciprocator',
      russia: 'grim',
      runs: 20,
      workers: 1,
    });
    expect(Object.keys(json.outcomes)).toEqual([...OUTCOMES]);
    expect(Object.values(json.outcomes).reduce((a, b) => a + b, 0)).toBe(20);
    for (const side of ['nato', 'russia'] as const) {
      // calibration: the Brier score of the side's beliefs and of the prior alone, each in [0, 1]
      for (const b of [json.calibration[side].beliefs, json.calibration[side].prior]) {
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
      }
      expect(typeof json.score[side]).toBe('number');
      expect(json.trust[side]).toBeGreaterThanOrEqual(0);
      expect(json.trust[side]).toBeLessThanOrEqual(100);
      expect(json.trustSd[side]).toBeGreaterThanOrEqual(0);
      expect(typeof json.security[side]).toBe('number');
    }
    for (const share of [json.perceivedDefectionRate, json.collapsedShare, json.collapsedWhenProvoked]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(json.gamesPerSecond).toBeGreaterThan(0);
  });

  it('is the analysis summary of the games on seeds BASE/0 … BASE/N-1, with --noise in percent', async () => {
    const r = await simulate(
      '--scenario',
      'mini',
      '--nato',
      'random',
      '--russia',
      'pavlov',
      '--seeds',
      '15',
      '--seed',
      'lesson',
      '--noise',
      '12.5',
      '--json',
    );
    expect(r.code).toBe(0);
    const json = parseJson<SimulateJson>(r.out);
    expect(json.noise).toBe(12.5);
    expect(json.seed).toBe('lesson');
    const { sc } = resolveScenario(nodeIo({ scenariosDir: dir }), 'mini', 'simulate');
    const { runs, ...summary } = summarize(
      playPairing(sc, { nato: 'random', russia: 'pavlov', runs: 15, baseSeed: 'lesson', noise: 1250 }),
    );
    expect(withoutSpeed(json)).toEqual({
      scenario: 'mini',
      seed: 'lesson',
      noise: 12.5,
      nato: 'random',
      russia: 'pavlov',
      runs,
      ...summary,
    });
  });

  it('the same seed gives the same result; another seed other games', async () => {
    const args = ['--scenario', 'mini', '--nato', 'random', '--russia', 'random', '--seeds', '20', '--noise', '30', '--json'];
    const a = parseJson<SimulateJson>((await simulate(...args, '--seed', 'x')).out);
    const b = parseJson<SimulateJson>((await simulate(...args, '--seed', 'x')).out);
    const c = parseJson<SimulateJson>((await simulate(...args, '--seed', 'y')).out);
    expect(withoutSpeed(a)).toEqual(withoutSpeed(b));
    expect({ ...withoutSpeed(c), seed: 'x' }).not.toEqual(withoutSpeed(a));
  });

  it('--workers 1 and --workers 2 give identical results (a scenario given as a file)', async () => {
    const args = [
      '--scenario',
      join(dir, 'mini.json'),
      '--nato',
      'generous',
      '--russia',
      'random',
      '--seeds',
      '30',
      '--noise',
      '20',
      '--json',
    ];
    const two = await simulate(...args, '--workers', '2');
    expect(two.code, two.err).toBe(0);
    expect(two.err).toBe('');
    const one = await simulate(...args, '--workers', '1');
    const a = parseJson<SimulateJson>(one.out);
    const b = parseJson<SimulateJson>(two.out);
    expect(a.workers).toBe(1);
    expect(b.workers).toBe(2);
    expect(withoutSpeed(b)).toEqual(withoutSpeed(a));
  });
});

describe('simulate (table)', () => {
  it('prints every outcome with count and percent, trust, security, misreadings and the speed', async () => {
    const r = await cli(['simulate', ...RESET, '--nato', 'cooperator', '--russia', 'cooperator', '--seeds', '10']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const o of OUTCOMES) expect(r.out).toMatch(new RegExp(`^  ${o} +\\d+ +\\d+\\.\\d %`, 'm'));
    expect(r.out).toMatch(/10 games on seeds "trust-deficit\/0" to "trust-deficit\/9"/);
    expect(r.out).toMatch(/Final trust, 0-100: +NATO in Russia \d+\.\d \(sd \d+\.\d\), Russia in NATO \d+\.\d \(sd \d+\.\d\)/);
    expect(r.out).toMatch(/Security, mean: +NATO -?\d+\.\d, Russia -?\d+\.\d/);
    expect(r.out).toMatch(/Projects delivered: +\d+\.\d per game/);
    expect(r.out).toMatch(/perceived as defections; \d+\.\d echoes per game/);
    expect(r.out).toMatch(/misperception \d+\.\d\d % \(the scenario's\)/);
    expect(r.out).toMatch(/10 games in \d+\.\d\d s: [\d,]+ games\/s on 1 core \(in-process\)/);
  });
});

describe('simulate usage errors exit 2 with the usage', () => {
  const BASE = ['--scenario', 'mini', '--nato', 'cooperator', '--russia', 'hardliner'];
  const cases: [string, string[], RegExp][] = [
    ['missing --seeds', BASE, /missing required option --seeds/],
    ['--seeds 0', [...BASE, '--seeds', '0'], /--seeds must be a whole number of games from 1 to 1,000,000, not "0"/],
    ['--seeds not an integer', [...BASE, '--seeds', '2.5'], /--seeds must be a whole number/],
    ['--seeds not a number', [...BASE, '--seeds', 'many'], /--seeds must be a whole number/],
    ['--seeds negative', [...BASE, '--seeds=-3'], /--seeds must be a whole number/],
    ['--seeds above a million', [...BASE, '--seeds', '1000001'], /--seeds must be a whole number/],
    [
      'unknown doctrine',
      ['--scenario', 'mini', '--nato', 'dove', '--russia', 'grim', '--seeds', '5'],
      /unknown doctrine "dove" for --nato/,
    ],
    ['missing --russia', ['--scenario', 'mini', '--nato', 'grim', '--seeds', '5'], /missing required option --russia/],
    ['unknown scenario', ['--scenario', 'nope', '--nato', 'grim', '--russia', 'grim', '--seeds', '5'], /unknown scenario "nope"/],
    ['--workers 0', [...BASE, '--seeds', '5', '--workers', '0'], /--workers must be a whole number from 1/],
    ['--workers not a number', [...BASE, '--seeds', '5', '--workers', 'all'], /--workers must be a whole number/],
    ['--noise above 100', [...BASE, '--seeds', '5', '--noise', '101'], /--noise must be a percentage/],
    ['empty --seed', [...BASE, '--seeds', '5', '--seed', ''], /--seed must be 1 to 200 characters/],
    ['extra positional', [...BASE, '--seeds', '5', 'more'], /unexpected argument "more"/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await simulate(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Usage: npm run cli -- COMMAND \[OPTIONS\]\n\n {2}simulate --scenario/);
      expect(r.out).toBe('');
    });
  }
});

describe('progress', () => {
  it('prints nothing in the first second, then plain lines at most once a second', () => {
    let now = 0;
    const lines: string[] = [];
    const p = new Progress('simulate', 10_000, (l) => lines.push(l), { now: () => now, enabled: true });
    for (const [t, games] of [
      [200, 500],
      [900, 2_000],
      [1_100, 3_000],
      [1_600, 3_500],
      [2_050, 3_900],
      [2_200, 4_000],
      [3_100, 4_000],
      [3_300, 4_100],
      [3_500, 10_000],
    ] as const) {
      now = t;
      p.update(games);
    }
    expect(lines).toEqual([
      'simulate: 3,000/10,000 games (1.1 s)',
      'simulate: 4,000/10,000 games (2.2 s)',
      'simulate: 4,100/10,000 games (3.3 s)',
    ]);
    expect(group(1_234_567)).toBe('1,234,567');
  });

  it('is off unless stderr is a terminal, and off under TD_NO_PROGRESS (which the tests set) even then', () => {
    const saved = { tty: process.stderr.isTTY, env: process.env.TD_NO_PROGRESS };
    try {
      delete process.env.TD_NO_PROGRESS;
      process.stderr.isTTY = false;
      expect(progressWanted()).toBe(false);
      process.stderr.isTTY = true;
      expect(progressWanted()).toBe(true);
      process.env.TD_NO_PROGRESS = '1';
      expect(progressWanted()).toBe(false);
      // Off: no line however long the run takes.
      const lines: string[] = [];
      let now = 0;
      const p = new Progress('simulate', 10, (l) => lines.push(l), { now: () => now });
      now = 60_000;
      p.update(5);
      expect(lines).toEqual([]);
    } finally {
      process.stderr.isTTY = saved.tty;
      if (saved.env === undefined) delete process.env.TD_NO_PROGRESS;
      else process.env.TD_NO_PROGRESS = saved.env;
    }
  });

  it('never reaches stdout: with --json, stdout is exactly one JSON object and stderr is empty', async () => {
    const r = await simulate('--scenario', 'mini', '--nato', 'grim', '--russia', 'pavlov', '--seeds', '40', '--json', '--workers', '1');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.out) as unknown).not.toThrow();
    expect(r.err).toBe('');
  });

  it('batches report the games played so far, up to the total, and give the same totals on any threads', async () => {
    const { sc, file } = resolveScenario(nodeIo({ scenariosDir: dir }), 'mini', 'simulate');
    const pairings = [
      { nato: 'cooperator', russia: 'grim' },
      { nato: 'grim', russia: 'random' },
    ] as const;
    const results = [];
    // In-process; this thread with one worker; two workers alone (so that the workers surely play).
    for (const threads of [{ workers: 1 }, { workers: 2 }, { workers: 2, thisThreadPlays: false }]) {
      const seen: number[] = [];
      const totals = await playPairings(pairings, {
        sc,
        file,
        baseSeed: 'p',
        noise: 700,
        runs: 120,
        ...threads,
        onProgress: (g) => seen.push(g),
      });
      expect(totals.map((t) => t.runs)).toEqual([120, 120]);
      expect(seen.at(-1)).toBe(240);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      results.push(totals);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('worker failures', () => {
  it('a worker that cannot load the scenario fails the batch with a readable error (exit 1), without hanging', async () => {
    const { sc } = resolveScenario(nodeIo({ scenariosDir: dir }), 'mini', 'simulate');
    const batch = playPairings([{ nato: 'grim', russia: 'grim' }], {
      sc,
      file: join(dir, 'gone.json'),
      baseSeed: 'f',
      noise: undefined,
      runs: 10,
      workers: 2,
      thisThreadPlays: false,
    });
    await expect(batch).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/^worker failed: .*gone\.json: cannot read: no such file/) as unknown,
    });
  });
});

describe('splitting', () => {
  it('chunks are contiguous, in order, and cover every run once', () => {
    for (const [runs, parts] of [
      [10, 3],
      [3, 8],
      [1, 1],
      [1000, 8],
    ] as const) {
      const chunks = chunkRanges(runs, parts);
      expect(chunks.length).toBe(Math.min(runs, parts));
      let from = 0;
      for (const c of chunks) {
        expect(c.from).toBe(from);
        expect(c.runs).toBeGreaterThan(0);
        from += c.runs;
      }
      expect(from).toBe(runs);
    }
  });

  it('uses the workers asked for (at most one per game); without --workers, cores only for big batches', () => {
    expect(resolveWorkers(4, 2)).toBe(2);
    expect(resolveWorkers(3, 100)).toBe(3);
    expect(resolveWorkers(undefined, 20)).toBe(1);
    expect(resolveWorkers(undefined, 1_000_000)).toBeGreaterThanOrEqual(1);
  });
});
