// The figures of Model v2 part 2, for notes and the model card: how often and how soon the flashpoints resolve under
// cooperative play, and the decade as the historical record plays it. `npx tsx scripts/decade.ts [runs] [scenario…]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  classifyOutcome,
  loadAndCompile,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type OutcomeId,
} from '../src/engine/index.js';
import { seedOf } from '../src/analysis/stats.js';

const runs = Number(process.argv[2] ?? 300);
const ids = process.argv.length > 3 ? process.argv.slice(3) : ['reset-2010', 'missile-defence-clock'];
const pct = (n: number): string => `${((100 * n) / runs).toFixed(1)} %`;

function load(id: string): CompiledScenario {
  const path = fileURLToPath(new URL(`../scenarios/${id}.json`, import.meta.url));
  const loaded = loadAndCompile(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.value;
}

function flashpoints(sc: CompiledScenario, nato: DoctrineId, russia: DoctrineId): string {
  let joint = 0;
  let settled = 0;
  const firsts: number[] = [];
  for (let i = 0; i < runs; i++) {
    let first = -1;
    const run = simulateGame(sc, {
      seed: seedOf('decade', i),
      doctrines: { nato, russia },
      onTurn: (g) => {
        if (first < 0 && g.world.flashpoints.md === 'joint-system') first = g.history.length - 1;
      },
    });
    if (first >= 0) firsts.push(first);
    if (run.game.world.flashpoints.md === 'joint-system') joint += 1;
    if (run.game.world.flashpoints.transnistria === 'settled') settled += 1;
  }
  firsts.sort((a, b) => a - b);
  const label = (i: number | undefined): string => (i === undefined ? 'never' : (sc.labels[i] ?? '?'));
  return `${nato}×${russia}: joint system reached ${pct(firsts.length)} (at the end ${pct(joint)}), earliest ${label(firsts[0])}, median ${label(firsts[Math.floor(firsts.length / 2)])}; Transnistria settled ${pct(settled)}`;
}

function decade(sc: CompiledScenario): string[] {
  const outcomes: OutcomeId[][] = sc.labels.map(() => []);
  const order = sc.labels.map(() => ({ nato: 0, russia: 0, practicalNato: 0, practicalRussia: 0 }));
  for (let i = 0; i < runs; i++) {
    let t = 0;
    simulateGame(sc, {
      seed: seedOf('decade/history', i),
      doctrines: { nato: 'historical', russia: 'historical' },
      onTurn: (g) => {
        outcomes[t]!.push(classifyOutcome(sc, g.world));
        const o = order[t]!;
        o.nato += g.world.trustBy.nato.order;
        o.russia += g.world.trustBy.russia.order;
        o.practicalNato += g.world.trustBy.nato.practical;
        o.practicalRussia += g.world.trustBy.russia.practical;
        t += 1;
      },
    });
  }
  return sc.labels.map((label, t) => {
    const counts = new Map<OutcomeId, number>();
    for (const o of outcomes[t]!) counts.set(o, (counts.get(o) ?? 0) + 1);
    const [mode, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const o = order[t]!;
    const m = (x: number): string => (x / runs / 100).toFixed(1).padStart(5);
    return `${label}  order N→R ${m(o.nato)} R→N ${m(o.russia)}  practical N→R ${m(o.practicalNato)} R→N ${m(o.practicalRussia)}  ${mode} ${pct(n)}`;
  });
}

for (const id of ids) {
  const sc = load(id);
  console.log(`# ${id} (${runs} games a line)`);
  for (const [nato, russia] of [
    ['cooperator', 'cooperator'],
    ['reciprocator', 'reciprocator'],
    ['generous', 'generous'],
  ] as const)
    console.log(flashpoints(sc, nato, russia));
  if (sc.data.historical.nato.length > 0) for (const line of decade(sc)) console.log(line);
}
