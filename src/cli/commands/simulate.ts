// `simulate`: many seeded games of one pairing; the distribution of outcomes, trust, security and misreadings.
import { OUTCOMES, type CompiledScenario } from '../../engine/index.js';
import { summarize, type PairingSummary } from '../../analysis/stats.js';
import { doctrineOption, flag, noiseOption, parseCommand, positionals, seedOption, stringOption } from '../args.js';
import { DEFAULT_BASE_SEED, Progress, group, noisePercent, rate, seedsOption, threadsText, workersOption } from '../batch.js';
import type { Io } from '../io.js';
import { outcomeMeaning } from '../outcomes.js';
import { playPairings, resolveWorkers } from '../parallel.js';
import { resolveScenario } from '../scenarios.js';

export interface SimulateJson extends Omit<PairingSummary, 'runs'> {
  scenario: string;
  seed: string;
  noise: number | null;
  nato: string;
  russia: string;
  runs: number;
  gamesPerSecond: number;
  workers: number;
}

/** "misperception 15.00 % (the scenario's)" or "(--noise)". */
export const noiseText = (sc: CompiledScenario, noise: number | undefined): string =>
  `misperception ${((noise ?? sc.data.model.misperception) / 100).toFixed(2)} % (${noise === undefined ? "the scenario's" : '--noise'})`;

const pctText = (share: number): string => `${(share * 100).toFixed(1)} %`;

export async function simulateCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand('simulate', argv, {
    scenario: { type: 'string' },
    nato: { type: 'string' },
    russia: { type: 'string' },
    seeds: { type: 'string' },
    seed: { type: 'string' },
    noise: { type: 'string' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
  });
  positionals('simulate', parsed, [], 0, 0);
  const scenario = stringOption('simulate', parsed, 'scenario', true);
  const nato = doctrineOption('simulate', stringOption('simulate', parsed, 'nato', true), 'nato');
  const russia = doctrineOption('simulate', stringOption('simulate', parsed, 'russia', true), 'russia');
  const runs = seedsOption('simulate', stringOption('simulate', parsed, 'seeds', true));
  const seed = seedOption('simulate', stringOption('simulate', parsed, 'seed') ?? DEFAULT_BASE_SEED);
  const noise = noiseOption('simulate', stringOption('simulate', parsed, 'noise'));
  const requested = workersOption('simulate', stringOption('simulate', parsed, 'workers'));
  const { sc, file } = resolveScenario(io, scenario, 'simulate');

  const workers = resolveWorkers(requested, runs);
  const progress = new Progress('simulate', runs, (line) => io.err(line));
  const [totals] = await playPairings([{ nato, russia }], {
    sc,
    file,
    baseSeed: seed,
    noise,
    runs,
    workers,
    onProgress: (games) => progress.update(games),
  });
  const seconds = progress.elapsed();
  const { runs: played, ...summary } = summarize(totals!);
  const json: SimulateJson = {
    scenario: sc.id,
    seed,
    noise: noisePercent(noise),
    nato,
    russia,
    runs: played,
    ...summary,
    gamesPerSecond: rate(played, seconds),
    workers,
  };
  if (flag(parsed, 'json')) {
    io.out(JSON.stringify(json, null, 2));
    return 0;
  }

  const s = summary;
  const countWidth = Math.max(...OUTCOMES.map((o) => group(s.outcomes[o]).length));
  const idWidth = Math.max(...OUTCOMES.map((o) => o.length));
  io.out(`${sc.data.title} (${sc.id}), NATO: ${nato}, Russia: ${russia}, ${noiseText(sc, noise)}`);
  io.out(`${group(played)} games on seeds "${seed}/0" to "${seed}/${played - 1}"`);
  io.out('');
  io.out('Outcomes:');
  for (const o of OUTCOMES) {
    const n = s.outcomes[o];
    io.out(
      `  ${o.padEnd(idWidth)}  ${group(n).padStart(countWidth)}  ${pctText(n / Math.max(1, played)).padStart(7)}  ${outcomeMeaning(o)}`,
    );
  }
  io.out('');
  io.out(
    `Final trust, 0-100:  NATO in Russia ${s.trust.nato.toFixed(1)} (sd ${s.trustSd.nato.toFixed(1)}), Russia in NATO ${s.trust.russia.toFixed(1)} (sd ${s.trustSd.russia.toFixed(1)})`,
  );
  io.out(`Security, mean:      NATO ${s.security.nato.toFixed(1)}, Russia ${s.security.russia.toFixed(1)}`);
  io.out(`Projects delivered:  ${s.delivered.toFixed(1)} per game`);
  io.out(`Score, mean:         NATO ${s.score.nato.toFixed(1)}, Russia ${s.score.russia.toFixed(1)} (each by its own type's payoffs)`);
  io.out(
    `Calibration (Brier): NATO's beliefs ${s.calibration.nato.beliefs.toFixed(3)} (prior alone ${s.calibration.nato.prior.toFixed(3)}), Russia's ${s.calibration.russia.beliefs.toFixed(3)} (prior alone ${s.calibration.russia.prior.toFixed(3)}); lower is better`,
  );
  io.out(`Uncertainty:         ${pctText(s.saturation)} of side-area-turns within 2 points of a trust bound`);
  io.out(
    `Misreadings:         ${pctText(s.perceivedDefectionRate)} of side-turns perceived as defections; ${s.echoesPerGame.toFixed(1)} echoes per game`,
  );
  io.out(
    `Collapse:            ${pctText(s.collapsedShare)} of games end with a side's trust below 20; ${pctText(s.collapsedWhenProvoked)} of those with a perceived defection`,
  );
  io.out('');
  io.out(`${group(played)} games in ${seconds.toFixed(2)} s: ${group(json.gamesPerSecond)} games/s on ${threadsText(workers)}`);
  return 0;
}
