// `tournament`: every doctrine against every doctrine, on both sides; doctrines ranked by mean score (as Axelrod ranked them).
import { DOCTRINES, OUTCOMES, type DoctrineId, type OutcomeId } from '../../engine/index.js';
import { summarize, type PairingSummary, type PairingTotals } from '../../analysis/stats.js';
import { flag, noiseOption, parseCommand, positionals, seedOption, stringOption } from '../args.js';
import { DEFAULT_BASE_SEED, Progress, group, noisePercent, rate, seedsOption, threadsText, workersOption } from '../batch.js';
import type { Io } from '../io.js';
import { playPairings, resolveWorkers } from '../parallel.js';
import { resolveScenario } from '../scenarios.js';
import { noiseText } from './simulate.js';

export interface RankingRow {
  doctrine: DoctrineId;
  /** Mean final score of the doctrine's side by its own type's payoffs, over all its games on either side. */
  meanScore: number;
  /** Mean final security of the doctrine's side, over all its games on either side. */
  meanSecurity: number;
  /** Mean final trust, 0–100, of the other side in it. */
  meanTrustEarned: number;
  /** Side-games: a doctrine playing itself counts once per side. */
  games: number;
}

export interface TournamentJson {
  scenario: string;
  seed: string;
  noise: number | null;
  runsPerPairing: number;
  pairings: ({ nato: DoctrineId; russia: DoctrineId } & PairingSummary)[];
  ranking: RankingRow[];
  gamesPerSecond: number;
  workers: number;
}

/** Short names for the table of most frequent outcomes. */
const SHORT: Record<OutcomeId, string> = {
  'security-roof': 'roof',
  'strategic-partnership': 'partnership',
  'selective-cooperation': 'selective',
  'cold-peace': 'cold-peace',
  confrontation: 'confront',
};

/** The most frequent outcome; a tie goes to the one listed first in OUTCOMES. */
export const modalOutcome = (outcomes: Record<OutcomeId, number>): OutcomeId =>
  OUTCOMES.reduce((best, o) => (outcomes[o] > outcomes[best] ? o : best), OUTCOMES[0]);

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Ranks from the exact totals (sums of integers), not from the rounded summaries. */
export function rankDoctrines(pairings: readonly { nato: DoctrineId; russia: DoctrineId; totals: PairingTotals }[]): RankingRow[] {
  const rows = DOCTRINES.map((doctrine) => {
    let security = 0;
    let score = 0;
    let trust = 0;
    let games = 0;
    for (const p of pairings) {
      if (p.nato === doctrine) {
        security += p.totals.security.nato;
        score += p.totals.score.nato;
        trust += p.totals.trust.russia;
        games += p.totals.runs;
      }
      if (p.russia === doctrine) {
        security += p.totals.security.russia;
        score += p.totals.score.russia;
        trust += p.totals.trust.nato;
        games += p.totals.runs;
      }
    }
    const n = Math.max(1, games);
    return {
      doctrine,
      meanScore: round2(score / n),
      meanSecurity: round2(security / n),
      meanTrustEarned: round1(trust / n / 100),
      games,
      exact: { score: score / n, security: security / n, trust: trust / n },
    };
  });
  rows.sort(
    (a, b) =>
      b.exact.score - a.exact.score ||
      b.exact.security - a.exact.security ||
      b.exact.trust - a.exact.trust ||
      DOCTRINES.indexOf(a.doctrine) - DOCTRINES.indexOf(b.doctrine),
  );
  return rows.map(({ exact: _exact, ...row }) => row);
}

export async function tournamentCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand('tournament', argv, {
    scenario: { type: 'string' },
    seeds: { type: 'string' },
    seed: { type: 'string' },
    noise: { type: 'string' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
  });
  positionals('tournament', parsed, [], 0, 0);
  const scenario = stringOption('tournament', parsed, 'scenario', true);
  const runs = seedsOption('tournament', stringOption('tournament', parsed, 'seeds', true));
  const seed = seedOption('tournament', stringOption('tournament', parsed, 'seed') ?? DEFAULT_BASE_SEED);
  const noise = noiseOption('tournament', stringOption('tournament', parsed, 'noise'));
  const requested = workersOption('tournament', stringOption('tournament', parsed, 'workers'));
  const { sc, file } = resolveScenario(io, scenario, 'tournament');

  const pairs = DOCTRINES.flatMap((nato) => DOCTRINES.map((russia) => ({ nato, russia })));
  const total = pairs.length * runs;
  const workers = resolveWorkers(requested, total);
  const progress = new Progress('tournament', total, (line) => io.err(line));
  const totals = await playPairings(pairs, {
    sc,
    file,
    baseSeed: seed,
    noise,
    runs,
    workers,
    onProgress: (games) => progress.update(games),
  });
  const seconds = progress.elapsed();
  const played = pairs.map((p, i) => ({ ...p, totals: totals[i]! }));
  const json: TournamentJson = {
    scenario: sc.id,
    seed,
    noise: noisePercent(noise),
    runsPerPairing: runs,
    pairings: played.map((p) => ({ nato: p.nato, russia: p.russia, ...summarize(p.totals) })),
    ranking: rankDoctrines(played),
    gamesPerSecond: rate(total, seconds),
    workers,
  };
  if (flag(parsed, 'json')) {
    io.out(JSON.stringify(json, null, 2));
    return 0;
  }

  const cell = (nato: DoctrineId, russia: DoctrineId): PairingSummary =>
    json.pairings[DOCTRINES.indexOf(nato) * DOCTRINES.length + DOCTRINES.indexOf(russia)]!;
  const matrix = (title: string, text: (s: PairingSummary) => string): void => {
    const rowWidth = Math.max('NATO \\ Russia'.length, ...DOCTRINES.map((d) => d.length));
    const widths = DOCTRINES.map((r) => Math.max(r.length, ...DOCTRINES.map((n) => text(cell(n, r)).length)));
    io.out(title);
    io.out(['NATO \\ Russia'.padEnd(rowWidth), ...DOCTRINES.map((d, c) => d.padStart(widths[c]!))].join('  ').trimEnd());
    for (const n of DOCTRINES)
      io.out([n.padEnd(rowWidth), ...DOCTRINES.map((r, c) => text(cell(n, r)).padStart(widths[c]!))].join('  ').trimEnd());
    io.out('');
  };

  io.out(
    `${sc.data.title} (${sc.id}): tournament of ${DOCTRINES.length} doctrines, ${pairs.length} pairings (NATO doctrine × Russia doctrine), ${noiseText(sc, noise)}`,
  );
  io.out(`${group(runs)} games per pairing on seeds "${seed}/0" to "${seed}/${runs - 1}", ${group(total)} games in all`);
  io.out('');
  io.out("Ranking by mean score over all its games, on either side (each side scored by its own type's payoffs):");
  io.out('   #  doctrine         score  security  trust earned  side-games');
  json.ranking.forEach((r, i) => {
    io.out(
      `  ${String(i + 1).padStart(2)}  ${r.doctrine.padEnd(12)}  ${r.meanScore.toFixed(2).padStart(8)}  ${r.meanSecurity.toFixed(2).padStart(8)}  ${r.meanTrustEarned.toFixed(1).padStart(12)}  ${group(r.games).padStart(10)}`,
    );
  });
  io.out("  (trust earned: the other side's mean final trust in the doctrine, 0-100)");
  io.out('');
  matrix(
    'Mean final trust "N/R", 0-100 (NATO in Russia / Russia in NATO); rows NATO doctrine, columns Russia doctrine:',
    (s) => `${s.trust.nato.toFixed(0)}/${s.trust.russia.toFixed(0)}`,
  );
  matrix('Most frequent outcome per pairing:', (s) => SHORT[modalOutcome(s.outcomes)]);
  io.out(`Outcomes: ${OUTCOMES.map((o) => `${SHORT[o]} = ${o}`).join(', ')}`);
  io.out('');
  io.out(`${group(total)} games in ${seconds.toFixed(2)} s: ${group(json.gamesPerSecond)} games/s on ${threadsText(workers)}`);
  return 0;
}
