// Measures Kyiv's choice and when (whether) the Ukraine crisis breaks, by pairing: `npx tsx scripts/ukraine-path.ts RUNS [scenario…]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScenario, simulateGame, type CompiledScenario, type DoctrineId } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';
import { seedOf } from '../src/analysis/stats.js';

function load(id: string): CompiledScenario {
  const path = fileURLToPath(new URL(`../scenarios/${id}.json`, import.meta.url));
  const loaded = loadScenario(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return compileScenario(loaded.value);
}

const runs = Number(process.argv[2] ?? 100);
const ids = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['reset-2010', 'bucharest-promise'];
const PAIRS: [DoctrineId, DoctrineId][] = [
  ['historical', 'historical'],
  ['cooperator', 'cooperator'],
  ['reciprocator', 'reciprocator'],
  ['generous', 'generous'],
  ['cooperator', 'hardliner'],
  ['hardliner', 'cooperator'],
  ['hardliner', 'hardliner'],
  ['cooperator', 'historical'],
  ['random', 'random'],
];
for (const id of ids) {
  const sc = load(id);
  console.log(`\n${id} (${runs} games a pairing)`);
  for (const [nato, russia] of PAIRS) {
    const when = new Map<string, number>();
    let association = 0;
    let crisis = 0;
    let consulted = 0;
    let stability = 0;
    for (let i = 0; i < runs; i++) {
      let broke = '';
      const run = simulateGame(sc, {
        seed: seedOf(`ukraine/${nato}/${russia}`, i),
        doctrines: { nato, russia },
        onTurn: (g) => {
          if (!broke && g.world.flashpoints.ukraine !== 'dormant') broke = sc.labels[g.world.turn] ?? 'end';
        },
      });
      const k = run.game.world.kyiv;
      if (k.choice === 'association') association += 1;
      if (k.consulted) consulted += 1;
      stability += k.stability;
      if (broke) {
        crisis += 1;
        when.set(broke, (when.get(broke) ?? 0) + 1);
      }
    }
    const dates = [...when.entries()]
      .sort()
      .map(([l, n]) => `${l}:${n}`)
      .join(' ');
    const pc = (n: number): string => `${((100 * n) / runs).toFixed(0)}%`;
    console.log(
      `${nato.padEnd(12)} × ${russia.padEnd(12)} association ${pc(association).padStart(4)}  talks ${pc(consulted).padStart(4)}  crisis ${pc(crisis).padStart(4)}  stability ${(stability / runs).toFixed(0).padStart(3)}  breaks ${dates}`,
    );
  }
}
