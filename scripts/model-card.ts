// Regenerates the measured sections of docs/MODEL.md: the numbers of the full campaign and the validity results.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allChecks } from '../src/analysis/validity.js';
import { playPairing, summarize } from '../src/analysis/stats.js';
import { compileScenario, DOCTRINES, type CompiledScenario } from '../src/engine/index.js';
import { formatError, loadScenario } from '../src/scenario/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.TD_MODEL_CARD_RUNS ?? 1000);

function load(id: string): CompiledScenario {
  const file = `${root}scenarios/${id}.json`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return compileScenario(loaded.value);
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function numbersSection(sc: CompiledScenario): string {
  const m = sc.data.model;
  const lines = [
    `Scenario \`${sc.id}\`: ${sc.labels.length} turns; initial trust NATO ${sc.data.initial.trust.nato.practical / 100} % practical, ${sc.data.initial.trust.nato.order / 100} % order, Russia ${sc.data.initial.trust.russia.practical / 100} % / ${sc.data.initial.trust.russia.order / 100} %; ` +
      `bounds ${m.trustBounds[0] / 100}–${m.trustBounds[1] / 100} %; one observation moves the odds by at most ×${m.maxFactor}; ` +
      `misperception ${m.misperception / 100} %; random events ${m.randomEventChance / 100} % a turn. ${cell(m.why)}`,
    '',
    '| action | side | stance | cost | ratio | ambiguity | why |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...sc.data.actions.map((a) => `| \`${a.id}\` | ${a.side} | ${a.stance} | ${a.cost} | ${a.lr[0]}/${a.lr[1]} | ${a.ambiguity} | ${cell(a.why)} |`),
  ];
  return lines.join('\n');
}

function validitySection(sc: CompiledScenario): string {
  const checks = allChecks(sc, { runs }, DOCTRINES);
  const lines = [
    `Measured with \`npm run model-card\` on \`${sc.id}\`, ${runs} seeded games per measurement (seeds \`validity/0\` … \`validity/${runs - 1}\`).`,
    '',
    '| check | claim | result | measured |',
    '| --- | --- | --- | --- |',
    ...checks.map((c) => `| \`${c.id}\` | ${cell(c.claim)} | ${c.passed ? 'holds' : '**fails**'} | ${Object.entries(c.measured).map(([k, v]) => `${k} ${v}`).join('; ')} |`),
    '',
    'Mean final trust (NATO / Russia, 0–100) and the most frequent outcome, by pairing, at the scenario\'s misperception rate:',
    '',
    `| NATO \\ Russia | ${DOCTRINES.join(' | ')} |`,
    `| --- | ${DOCTRINES.map(() => '---').join(' | ')} |`,
  ];
  for (const nato of DOCTRINES) {
    const cells = DOCTRINES.map((russia) => {
      const s = summarize(playPairing(sc, { nato, russia, runs: Math.min(runs, 200), baseSeed: 'model-card' }));
      const top = Object.entries(s.outcomes).sort((a, b) => b[1] - a[1])[0]![0];
      return `${s.trust.nato.toFixed(0)} / ${s.trust.russia.toFixed(0)} ${top}`;
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
