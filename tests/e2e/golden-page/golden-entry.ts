// The engine alone in the browser: re-simulates a replay turn by turn and reports each turn's state hash and the
// final state, for the browser suite to compare with Node's (tests/e2e/golden.test.ts).
import { scenarioHash, startGame, type Replay, loadAndCompile } from '../../../src/engine/index.js';
import { playTurn } from '../../../src/engine/testing.js';
import { formatError } from '../../../src/scenario/index.js';

export interface BrowserRun {
  scenarioSha256: string;
  hashes: string[];
  outcome: string | null;
  trust: { nato: number; russia: number };
  channels: string;
  flashpoints: Record<string, string>;
  projects: Record<string, string>;
}

function run(scenarioText: string, replay: Replay): BrowserRun {
  const loaded = loadAndCompile(scenarioText, `${replay.scenario}.json`);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  const sc = loaded.value;
  let ctx = startGame(sc, { seed: replay.seed, noise: replay.noise });
  for (const turn of replay.turns) ctx = playTurn(sc, ctx, { nato: [...turn.nato], russia: [...turn.russia] });
  const w = ctx.world;
  return {
    scenarioSha256: scenarioHash(sc),
    hashes: ctx.history.map((t) => t.hash),
    outcome: ctx.outcome ?? null,
    trust: { nato: w.trust.nato, russia: w.trust.russia },
    channels: w.channels,
    flashpoints: { ...w.flashpoints },
    projects: Object.fromEntries(Object.entries(w.projects).map(([id, p]) => [id, p.state])),
  };
}

(window as unknown as { __tdGolden: { run: typeof run } }).__tdGolden = { run };
document.getElementById('status')!.textContent = 'ready';
