// Shows every validity check holding on the real model and failing on the mutant that removes its mechanism.
// Usage: npm run validity:mutants [-- --runs N] ; exits 1 if a check fails on the real model or holds on its mutant.
import { readFileSync } from 'node:fs';
import { mutantChecks } from '../src/analysis/validity.js';
import { loadScenario } from '../src/scenario/index.js';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 100;
const file = new URL('../scenarios/reset-2010.json', import.meta.url);
const loaded = loadScenario(readFileSync(file, 'utf8'), 'reset-2010.json');
if (!loaded.ok) {
  console.error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  process.exit(1);
}
const results = mutantChecks(loaded.value, { runs });
let bad = 0;
console.log(`reset-2010, ${runs} games per measurement\n`);
console.log('| check | real model | mutant | on the mutant |');
console.log('| --- | --- | --- | --- |');
for (const r of results) {
  const ok = r.real.passed && !r.mutated.passed;
  if (!ok) bad += 1;
  console.log(
    `| \`${r.id}\` | ${r.real.passed ? 'holds' : 'FAILS'} | \`${r.mutant}\` (${r.what}) | ${r.mutated.passed ? 'HOLDS (the check cannot fail)' : 'fails'} |`,
  );
}
console.log(bad === 0 ? '\nevery check holds on the model and fails on its mutant' : `\n${bad} check(s) did not behave`);
process.exit(bad === 0 ? 0 : 1);
