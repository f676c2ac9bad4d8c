// A text preview of the engine in the browser, until the Phaser game arrives: pick a scenario, doctrines and seed, read the game.
import { compileScenario, DOCTRINES, runGame, type CompiledScenario, type DoctrineId, type GameContext } from '../engine/index.js';
import { formatError, loadScenario } from '../scenario/index.js';

const scenarioTexts = import.meta.glob<string>('../../scenarios/*.json', { query: '?raw', import: 'default', eager: true });

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function loadAll(): { scenarios: CompiledScenario[]; errors: string[] } {
  const scenarios: CompiledScenario[] = [];
  const errors: string[] = [];
  for (const [path, text] of Object.entries(scenarioTexts)) {
    if (path.endsWith('.schema.json')) continue;
    const file = path.split('/').pop()!;
    const loaded = loadScenario(text, file);
    if (loaded.ok) scenarios.push(compileScenario(loaded.value));
    else errors.push(...loaded.errors.map(formatError));
  }
  return { scenarios, errors };
}

function select(label: string, options: readonly string[], chosen: string): { wrap: HTMLLabelElement; input: HTMLSelectElement } {
  const wrap = element('label', `${label} `);
  const input = element('select');
  for (const option of options) input.append(new Option(option, option, option === chosen, option === chosen));
  wrap.append(input);
  return { wrap, input };
}

const pct = (bp: number): string => (bp / 100).toFixed(1);

function renderGame(target: HTMLElement, sc: CompiledScenario, game: GameContext): void {
  const table = element('table');
  const head = element('tr');
  for (const h of ['Turn', 'NATO', 'Russia', 'Events', 'Hash']) head.append(element('th', h));
  table.append(head);
  for (const turn of game.history) {
    const row = element('tr');
    for (const cell of [turn.label, turn.actions.nato.join(', ') || '(pass)', turn.actions.russia.join(', ') || '(pass)', turn.events.join(', '), turn.hash]) {
      row.append(element('td', cell));
    }
    table.append(row);
  }
  const w = game.world;
  const summary = element(
    'p',
    `${sc.data.title}: outcome ${game.outcome ?? '(unfinished)'}; NATO's trust in Russia ${pct(w.trust.nato)}%, Russia's trust in NATO ${pct(w.trust.russia)}%; Council ${w.channels}.`,
  );
  summary.id = 'outcome';
  target.replaceChildren(summary, table);
}

export function startPreview(root: HTMLElement): void {
  const { scenarios, errors } = loadAll();
  const status = element('p', errors.length ? errors.join('\n') : 'Pick a scenario, two doctrines and a seed.');
  status.id = 'status';
  const scenario = select('Scenario', scenarios.map((s) => s.id), 'reset-2010');
  const nato = select('NATO', DOCTRINES, 'cooperator');
  const russia = select('Russia', DOCTRINES, 'hardliner');
  const seedWrap = element('label', 'Seed ');
  const seed = element('input');
  seed.value = 'classroom-1';
  seedWrap.append(seed);
  const play = element('button', 'Play the game');
  const result = element('section');
  play.addEventListener('click', () => {
    const sc = scenarios.find((s) => s.id === scenario.input.value);
    if (!sc) return;
    const run = runGame(sc, { seed: seed.value, doctrines: { nato: nato.input.value as DoctrineId, russia: russia.input.value as DoctrineId } });
    if (run.ok) renderGame(result, sc, run.game);
    else status.textContent = `Turn ${run.label}: ${run.refusals.map((r) => `${r.side} ${r.action}: ${r.reason}`).join('; ')}`;
  });
  root.replaceChildren(element('h1', 'Trust Deficit'), element('p', 'Engine preview: the browser game is being built.'), status, scenario.wrap, nato.wrap, russia.wrap, seedWrap, play, result);
}
