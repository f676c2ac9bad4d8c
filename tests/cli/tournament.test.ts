import { describe, expect, it } from 'vitest';
import { DOCTRINES, OUTCOMES } from '../../src/engine/index.js';
import { modalOutcome, type TournamentJson } from '../../src/cli/commands/tournament.js';
import { cli, miniScenariosDir, parseJson } from './helpers.js';

const dir = miniScenariosDir();
const tournament = (...args: string[]) => cli(['tournament', ...args], dir);
const withoutSpeed = ({ gamesPerSecond: _g, workers: _w, ...rest }: TournamentJson) => rest;

describe('tournament --json', () => {
  it('plays the 64 pairings, NATO doctrine × Russia doctrine, and ranks the 8 doctrines by mean score', async () => {
    const r = await cli(['tournament', '--scenario', 'reset-2010', '--seeds', '2', '--workers', '1', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const json = parseJson<TournamentJson>(r.out);
    expect(json).toMatchObject({ scenario: 'reset-2010', seed: 'trust-deficit', noise: null, runsPerPairing: 2, workers: 1 });
    expect(json.gamesPerSecond).toBeGreaterThan(0);
    expect(json.pairings).toHaveLength(64);
    expect(json.pairings.map((p) => `${p.nato}/${p.russia}`)).toEqual(DOCTRINES.flatMap((n) => DOCTRINES.map((r) => `${n}/${r}`)));
    for (const p of json.pairings) {
      expect(p.runs).toBe(2);
      expect(Object.keys(p.outcomes)).toEqual([...OUTCOMES]);
      expect(Object.values(p.outcomes).reduce((a, b) => a + b, 0)).toBe(2);
      expect(p.trust.nato).toBeGreaterThanOrEqual(0);
      expect(p.trust.russia).toBeLessThanOrEqual(100);
    }
    expect(json.ranking).toHaveLength(8);
    expect(json.ranking.map((r) => r.doctrine).sort()).toEqual([...DOCTRINES].sort());
    for (const [i, row] of json.ranking.entries()) {
      expect(row.games).toBe(2 * 8 * 2);
      if (i > 0) expect(row.meanScore).toBeLessThanOrEqual(json.ranking[i - 1]!.meanScore);
    }
  });

  it('ranks by the mean over every game on either side; trust earned is the other side’s trust in the doctrine', async () => {
    const json = parseJson<TournamentJson>((await tournament('--scenario', 'mini', '--seeds', '3', '--noise', '10', '--json')).out);
    expect(json.noise).toBe(10);
    for (const row of json.ranking) {
      const asNato = json.pairings.filter((p) => p.nato === row.doctrine);
      const asRussia = json.pairings.filter((p) => p.russia === row.doctrine);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      // The pairings' summaries are rounded to 0.1; the ranking comes from the exact sums.
      expect(
        Math.abs(row.meanSecurity - mean([...asNato.map((p) => p.security.nato), ...asRussia.map((p) => p.security.russia)])),
      ).toBeLessThanOrEqual(0.06);
      expect(
        Math.abs(row.meanScore - mean([...asNato.map((p) => p.score.nato), ...asRussia.map((p) => p.score.russia)])),
      ).toBeLessThanOrEqual(0.06);
      expect(
        Math.abs(row.meanTrustEarned - mean([...asNato.map((p) => p.trust.russia), ...asRussia.map((p) => p.trust.nato)])),
      ).toBeLessThanOrEqual(0.06);
    }
  });

  it('--workers 1 and --workers 2 give identical results', async () => {
    const args = ['--scenario', 'mini', '--seeds', '4', '--seed', 'cup', '--noise', '25', '--json'];
    const one = await tournament(...args, '--workers', '1');
    const two = await tournament(...args, '--workers', '2');
    expect(two.code, two.err).toBe(0);
    const a = parseJson<TournamentJson>(one.out);
    const b = parseJson<TournamentJson>(two.out);
    expect([a.workers, b.workers]).toEqual([1, 2]);
    expect(withoutSpeed(b)).toEqual(withoutSpeed(a));
  });
});

describe('tournament (tables)', () => {
  it('prints the ranking, the trust matrix "N/R" and the most frequent outcome per pairing', async () => {
    const r = await tournament('--scenario', 'mini', '--seeds', '2', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/tournament of 8 doctrines, 64 pairings/);
    expect(r.out).toMatch(/Ranking by mean score/);
    for (const d of DOCTRINES) {
      expect(r.out).toMatch(new RegExp(`^ +\\d  ${d} +-?\\d+\\.\\d\\d +-?\\d+\\.\\d\\d +\\d+\\.\\d +32$`, 'm'));
      // A row of each matrix: the doctrine then eight cells.
      expect(r.out).toMatch(new RegExp(`^${d} +(\\d+/\\d+ +){7}\\d+/\\d+$`, 'm'));
      expect(r.out).toMatch(
        new RegExp(`^${d} +((roof|partnership|selective|cold-peace|confront) +){7}(roof|partnership|selective|cold-peace|confront)$`, 'm'),
      );
    }
  });

  it('the most frequent outcome breaks ties in the order of OUTCOMES', () => {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<(typeof OUTCOMES)[number], number>;
    counts['cold-peace'] = 3;
    counts.confrontation = 3;
    expect(modalOutcome(counts)).toBe('cold-peace');
    counts.confrontation = 4;
    expect(modalOutcome(counts)).toBe('confrontation');
  });
});

describe('tournament usage errors exit 2 with the usage', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing --seeds', ['--scenario', 'mini'], /missing required option --seeds/],
    ['missing --scenario', ['--seeds', '3'], /missing required option --scenario/],
    ['--seeds 0', ['--scenario', 'mini', '--seeds', '0'], /--seeds must be a whole number/],
    ['--seeds above a million', ['--scenario', 'mini', '--seeds', '2000000'], /--seeds must be a whole number/],
    ['unknown scenario', ['--scenario', 'nope', '--seeds', '3'], /unknown scenario "nope"/],
    ['--workers 1.5', ['--scenario', 'mini', '--seeds', '3', '--workers', '1.5'], /--workers must be a whole number/],
    ['a doctrine option', ['--scenario', 'mini', '--seeds', '3', '--nato', 'grim'], /Unknown option '--nato'/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await tournament(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Usage: npm run cli -- COMMAND \[OPTIONS\]\n\n {2}tournament --scenario/);
      expect(r.out).toBe('');
    });
  }
});
