import { readFileSync } from 'node:fs';
import { compileScenario, DOCTRINES, OUTCOMES } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/index.js';
import { agency, beliefTournament, mergeBeliefTotals, emptyBeliefTotals, modeOf, summarizeBeliefs } from '../src/analysis/measures.js';
const id = process.argv[2] ?? 'reset-2010';
const runs = Number(process.argv[3] ?? 40);
const loaded = loadScenario(readFileSync(`/work/main/scenarios/${id}.json`, 'utf8'), id);
if (!loaded.ok) { console.log(loaded.errors); process.exit(1); }
const sc = compileScenario(loaded.value);
const t0 = Date.now();
const t = beliefTournament(sc, runs);
let all = emptyBeliefTotals();
const rows: string[] = [];
for (const n of DOCTRINES) { let row = n.padEnd(13); for (const r of DOCTRINES) { all = mergeBeliefTotals(all, t[n][r]); const s = summarizeBeliefs(t[n][r]); row += ` ${modeOf(s.outcomes).slice(0,6)}:${Math.round(100*s.outcomes[modeOf(s.outcomes)]/s.runs)} ${s.meanScore.nato.toFixed(0)}/${s.meanScore.russia.toFixed(0)}`; } rows.push(row); }
console.log(rows.join('\n'));
const s = summarizeBeliefs(all);
console.log('outcomes', OUTCOMES.map(o => `${o} ${(100*s.outcomes[o]/s.runs).toFixed(1)}%`).join(', '));
console.log('saturation', s.saturation, 'brier', s.brier, 'prior', s.brierPrior);
let bd = emptyBeliefTotals();
for (const n of ['reciprocator','generous','grim','pavlov'] as const) for (const r of ['reciprocator','generous','grim','pavlov'] as const) bd = mergeBeliefTotals(bd, t[n][r]);
const b = summarizeBeliefs(bd); console.log('belief-driven brier', b.brier, 'prior', b.brierPrior, 'sat', b.saturation);
console.log('agency', JSON.stringify(agency(t)));
const modes = new Set<string>(); for (const n of DOCTRINES) for (const r of DOCTRINES) modes.add(modeOf(t[n][r].outcomes)); console.log('modes', [...modes].join(','));
console.log('games/s', (64*runs/((Date.now()-t0)/1000)).toFixed(0));
// per-area calibration in belief-driven pairings
import { simulateGame as sim } from '../src/engine/index.js';
const acc = { practical: [0, 0, 0], order: [0, 0, 0] } as Record<string, number[]>;
for (const n of ['reciprocator','generous','grim','pavlov'] as const) for (const r of ['reciprocator','generous','grim','pavlov'] as const) for (let i = 0; i < runs; i++) {
  sim(sc, { seed: `validity/${i}`, doctrines: { nato: n, russia: r }, onTurn: (g) => { for (const o of ['nato','russia'] as const) { const x = o === 'nato' ? 'russia' : 'nato'; for (const a of ['practical','order'] as const) { const tr = g.world.types[x][a] === 'partner' ? 1 : 0; acc[a]![0]! += (g.world.trustBy[o][a]/1e4 - tr) ** 2; acc[a]![1]! += (g.world.prior[x][a]/1e4 - tr) ** 2; acc[a]![2]! += 1; } } } });
}
for (const a of ['practical','order']) console.log(a, (acc[a]![0]!/acc[a]![2]!).toFixed(3), (acc[a]![1]!/acc[a]![2]!).toFixed(3));
