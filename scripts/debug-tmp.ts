import { readFileSync } from 'node:fs';
import { compileScenario, simulateGame, type DoctrineId } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/index.js';
const [id, n, r, tn, tr, seed] = process.argv.slice(2);
const loaded = loadScenario(readFileSync(`scenarios/${id}.json`, 'utf8'), id!);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const sc = compileScenario(loaded.value);
const ty = (x: string) => ({ practical: x[0] === 'p' ? 'partner' : 'adversary', order: x[1] === 'p' ? 'partner' : 'adversary' }) as const;
const res = simulateGame(sc, { noise: process.env.NOISE ? Number(process.env.NOISE) : undefined, seed: seed ?? 'd', doctrines: { nato: n as DoctrineId, russia: r as DoctrineId }, types: tn ? { nato: ty(tn), russia: ty(tr!) } : undefined,
  onTurn: (g) => { const t = g.history.at(-1)!; const w = g.world; console.log(t.label, 'N', JSON.stringify(t.actions.nato), 'R', JSON.stringify(t.actions.russia), '| trustBy N', w.trustBy.nato.practical, w.trustBy.nato.order, 'R', w.trustBy.russia.practical, w.trustBy.russia.order, '| types', w.types.nato.order[0]+w.types.nato.practical[0], w.types.russia.order[0]+w.types.russia.practical[0], '| score', w.score.nato, w.score.russia, 'md', w.flashpoints.md, 'ch', w.channels); } });
console.log(res.outcome);
