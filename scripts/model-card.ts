// Regenerates the measured sections of docs/MODEL.md: the numbers of the full campaign and the validity results.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mutantChecks } from '../src/analysis/validity.js';
import { playPairing, summarize } from '../src/analysis/stats.js';
import { cooperationThreshold, DOCTRINES, exploitThreshold, loadAndCompile, type CompiledScenario } from '../src/engine/index.js';
import { formatError } from '../src/scenario/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.TD_MODEL_CARD_RUNS ?? 300);

function load(id: string): CompiledScenario {
  const file = `${root}scenarios/${id}.json`;
  const loaded = loadAndCompile(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return loaded.value;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const pay = (x: { R: number; T: number; P: number; S: number }): string => `${x.R}, ${x.T}, ${x.P}, ${x.S}`;

function numbersSection(sc: CompiledScenario): string {
  const m = sc.data.model;
  const t = sc.data.initial.trust;
  const ty = sc.data.types;
  const p = sc.data.payoffs;
  const lines = [
    `Scenario \`${sc.id}\`: ${sc.labels.length} turns; initial trust (practical / order) NATO in Russia ${t.nato.practical / 100} / ${t.nato.order / 100} %, Russia in NATO ${t.russia.practical / 100} / ${t.russia.order / 100} %; ` +
      `bounds ${m.trustBounds[0] / 100}–${m.trustBounds[1] / 100} %; one observation moves the odds by at most ×${m.maxFactor}, one turn's evidence in an area by ×${m.maxFactorPerTurn}; ` +
      `misperception ${m.misperception / 100} % (floor ${m.misreadFloor / 100} % of it at the most favourable belief); provocation at ${m.provocation[0]}/${m.provocation[1]}; forgiveness ${m.forgiveness / 100} %; random events ${m.randomEventChance / 100} % a turn. ${cell(m.why)}`,
    '',
    `Types: each side is a partner per area with the prior (practical / order) Russia ${ty.prior.russia.practical / 100} / ${ty.prior.russia.order / 100} %, NATO ${ty.prior.nato.practical / 100} / ${ty.prior.nato.order / 100} %; a type is redrawn from it with ${ty.hazard / 100} % a half-year. ${cell(ty.why)}`,
    '',
    '| payoffs (R, T, P, S) | practical | order | threshold (practical / order) |',
    '| --- | --- | --- | --- |',
    `| partner (assurance: cooperate above the threshold) | ${pay(p.partner.practical)} | ${pay(p.partner.order)} | ${cooperationThreshold(p.partner.practical) / 100} % / ${cooperationThreshold(p.partner.order) / 100} % |`,
    `| adversary (prisoner's dilemma: exploit above the threshold) | ${pay(p.adversary.practical)} | ${pay(p.adversary.order)} | ${exploitThreshold(p.adversary.practical) / 100} % / ${exploitThreshold(p.adversary.order) / 100} % |`,
    '',
    cell(p.why),
    '',
    '| action | side | stance | area | cost | ratio | spillover | ambiguity | hostile reading | benign reading | why |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...sc.data.actions.map(
      (a) =>
        `| \`${a.id}\` | ${a.side} | ${a.stance} | ${a.area} | ${a.cost} | ${a.lr[0]}/${a.lr[1]} | ${a.spillover ? `${a.spillover[0]}/${a.spillover[1]}` : '–'} | ${a.ambiguity} | ${a.misread ? `${a.misread.lr[0]}/${a.misread.lr[1]}` : '–'} | ${a.benign ? `${a.benign.lr[0]}/${a.benign.lr[1]}` : '–'} | ${cell(a.why)} |`,
    ),
  ];
  return lines.join('\n');
}

function validitySection(sc: CompiledScenario): string {
  const results = mutantChecks(sc.data, { runs });
  const measured = (m: Record<string, number | string>): string =>
    Object.entries(m)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ');
  const lines = [
    `Measured with \`npm run model-card\` on \`${sc.id}\`, ${runs} seeded games per measurement. Each check is also run on the mutant that removes its mechanism (\`npm run validity:mutants\`): a check that held on its mutant could not fail.`,
    '',
    '| check | claim | on the model | measured | mutant | on the mutant |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| \`${r.id}\` | ${cell(r.real.claim)} | ${r.real.passed ? 'holds' : '**fails**'} | ${measured(r.real.measured)} | \`${r.mutant}\`: ${cell(r.what)} | ${r.mutated.passed ? '**holds**' : 'fails'} (${measured(r.mutated.measured)}) |`,
    ),
    '',
    "Mean final trust (NATO / Russia, 0–100), the most frequent outcome and the mean scores, by pairing, at the scenario's misperception rate:",
    '',
    `| NATO \\ Russia | ${DOCTRINES.join(' | ')} |`,
    `| --- | ${DOCTRINES.map(() => '---').join(' | ')} |`,
  ];
  for (const nato of DOCTRINES) {
    const cells = DOCTRINES.map((russia) => {
      const s = summarize(playPairing(sc, { nato, russia, runs: Math.min(runs, 200), baseSeed: 'model-card' }));
      const top = Object.entries(s.outcomes).sort((a, b) => b[1] - a[1])[0]![0];
      return `${s.trust.nato.toFixed(0)} / ${s.trust.russia.toFixed(0)} ${top} (score ${s.score.nato.toFixed(0)} / ${s.score.russia.toFixed(0)})`;
    });
    lines.push(`| ${nato} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/MODEL.md has no ${start} … ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

const sc = load('reset-2010');
const path = `${root}docs/MODEL.md`;
let card = readFileSync(path, 'utf8');
card = replaceBetween(card, 'numbers', numbersSection(sc));
card = replaceBetween(card, 'validity', validitySection(sc));
writeFileSync(path, card);
console.log(`docs/MODEL.md regenerated (${runs} games per measurement)`);
