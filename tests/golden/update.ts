// Regenerates the golden files after a deliberate change to the model or a scenario: review the diff before committing.
import { writeFileSync } from 'node:fs';
import { recordReplay, runGame } from '../../src/engine/index.js';
import { goldenPath, loadShippedScenario, type GoldenFile } from './golden-files.js';
import { GOLDEN_SPECS } from './specs.js';

for (const spec of GOLDEN_SPECS) {
  const sc = loadShippedScenario(spec.scenario);
  const run = runGame(sc, { seed: spec.seed, noise: spec.noise, doctrines: { nato: spec.nato, russia: spec.russia } });
  if (!run.ok) throw new Error(`${spec.name}: ${run.label}: ${run.refusals.map((r) => r.reason).join('; ')}`);
  const w = run.game.world;
  const golden: GoldenFile = {
    shows: spec.shows,
    doctrines: { nato: spec.nato, russia: spec.russia },
    replay: recordReplay(sc, run.game),
    expected: {
      outcome: run.game.outcome!,
      trust: { ...w.trust },
      channels: w.channels,
      flashpoints: { ...w.flashpoints },
      projects: Object.fromEntries(Object.entries(w.projects).map(([id, p]) => [id, p.state])),
    },
  };
  writeFileSync(goldenPath(spec.name), `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`${spec.name}: ${golden.expected.outcome}, ${JSON.stringify(golden.expected.flashpoints)}`);
}
