// The research export: the game as JSON and as CSV (RFC 4180), deterministic, with hostile content text kept intact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTION_COLUMNS,
  CHANGE_COLUMNS,
  csvField,
  exportCsv,
  exportFileName,
  exportJson,
  exportJsonText,
} from '../../src/analysis/export.js';
import {
  compileScenario,
  recordReplay,
  runGame,
  verifyReplay,
  type CompiledScenario,
  type GameContext,
  loadAndCompile,
} from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { changeText } from '../../src/analysis/render-log.js';

function compile(text: string, file: string): CompiledScenario {
  const loaded = loadAndCompile(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.errors).slice(0, 400)}`);
  return loaded.value;
}

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');
const tutorial = compile(tutorialText, 'tutorial.json');

const HOSTILE = 'Say "hi", <script>alert(1)</script>\nthen =1+1';

/**
 * The tutorial with hostile text in every action's name and a formula in the first one's. The validator refuses a line
 * break in a name, so the names are set after loading: the export must quote whatever text reaches it.
 */
function hostileScenario(): CompiledScenario {
  const loaded = loadScenario(tutorialText, 'hostile.json');
  if (!loaded.ok) throw new Error('the tutorial does not load');
  const data = structuredClone(loaded.value);
  data.actions.forEach((a, i) => {
    a.name = i === 0 ? '=HYPERLINK("http://x")' : `${a.name.slice(0, 20)} ${HOSTILE}`.slice(0, 80);
  });
  return compileScenario(data);
}

/** A verified game (re-simulated with the log on), as the debrief's export gets it. */
function verifiedGame(sc: CompiledScenario, seed: string, nato = 'cooperator', russia = 'reciprocator', noise?: number): GameContext {
  const run = runGame(sc, { seed, noise, doctrines: { nato: nato as 'cooperator', russia: russia as 'reciprocator' } });
  if (!run.ok) throw new Error('the game did not run');
  const verified = verifyReplay(sc, recordReplay(sc, run.game));
  if (!verified.ok) throw new Error(verified.problem);
  return verified.final;
}

/** A tiny RFC 4180 parser: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('the last record has no CRLF');
  return rows;
}

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(-120)).toBe('-120');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('exportCsv', () => {
  const game = verifiedGame(tutorial, 'export-1', 'cooperator', 'hardliner', 6000);
  const csv = exportCsv(tutorial, game);

  it('has one row per change, with the columns named in the header', () => {
    const rows = parseCsv(csv.changes);
    expect(rows[0]).toEqual([...CHANGE_COLUMNS]);
    const changes = game.history.reduce((n, r) => n + r.changes.length, 0);
    expect(changes).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(changes);
    for (const row of rows) expect(row).toHaveLength(CHANGE_COLUMNS.length);
  });

  it('round-trips every change: numbers, cause and text', () => {
    const rows = parseCsv(csv.changes).slice(1);
    const all = game.history.flatMap((r, i) => r.changes.map((c) => ({ turn: i + 1, label: r.label, c })));
    rows.forEach((row, k) => {
      const { turn, label, c } = all[k]!;
      const [t, l, meter, before, after, delta, kind, id, by, misread, text, source] = row;
      expect([Number(t), l, meter]).toEqual([turn, label, c.meter]);
      expect([Number(before), Number(after), Number(delta)]).toEqual([c.before, c.after, c.after - c.before]);
      expect([kind, id, by, misread]).toEqual([c.cause.kind, c.cause.id, c.cause.by ?? '', String(c.cause.misread === true)]);
      expect(text).toBe(changeText(tutorial, c));
      expect(source).toBe(c.source ?? '');
    });
  });

  it('has one row per action played, with how the other side perceived it', () => {
    const rows = parseCsv(csv.actions);
    expect(rows[0]).toEqual([...ACTION_COLUMNS]);
    const played = game.history.reduce((n, r) => n + r.actions.nato.length + r.actions.russia.length, 0);
    expect(rows.length - 1).toBe(played);
    for (const row of rows.slice(1)) {
      expect(['nato', 'russia']).toContain(row[2]);
      expect(['cooperative', 'neutral', 'competitive']).toContain(row[5]);
    }
    // With high noise some moves are misread: as hostile (perceived competitive) or, for a hostile move, as routine.
    const misread = rows.slice(1).filter((r) => r[8] === 'true');
    expect(misread.length).toBeGreaterThan(0);
    for (const r of misread) expect(r[6] === 'competitive' || (r[5] !== 'cooperative' && r[6] === 'neutral')).toBe(true);
  });

  it('is deterministic', () => {
    const again = exportCsv(tutorial, verifiedGame(tutorial, 'export-1', 'cooperator', 'hardliner', 6000));
    expect(again).toEqual(csv);
  });

  it('keeps hostile text intact inside quotes, and defuses spreadsheet formulas', () => {
    const sc = hostileScenario();
    const hostileGame = verifiedGame(sc, 'hostile', 'cooperator', 'cooperator');
    const out = exportCsv(sc, hostileGame);
    const changes = parseCsv(out.changes);
    const actions = parseCsv(out.actions);
    expect(changes.length - 1).toBe(hostileGame.history.reduce((n, r) => n + r.changes.length, 0));
    const texts = changes.slice(1).map((r) => r[10]!);
    expect(texts.some((x) => x.includes(HOSTILE.slice(0, 30)))).toBe(true);
    const names = actions.slice(1).map((r) => r[4]!);
    expect(names.some((n) => n.includes('<script>alert(1)</script>\nthen =1+1'))).toBe(true);
    // Every text cell that would start a formula starts with an apostrophe instead.
    for (const row of [...changes.slice(1), ...actions.slice(1)])
      for (const cell of row) expect(/^[=+@]/.test(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
    expect(names).toContain(`'=HYPERLINK("http://x")`);
    expect(out.actions).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(out.changes).toContain('Say ""hi"", <script>alert(1)</script>\nthen =1+1');
    expect(out.changes.split('\r\n').length).toBeGreaterThan(changes.length); // embedded LF inside quoted fields only
  });
});

describe('exportJson', () => {
  const game = verifiedGame(tutorial, 'export-2', 'cooperator', 'reciprocator');

  it('holds the header, every turn with its actions, perceptions, reasons, changes and end meters', () => {
    const out = exportJson(tutorial, game, { sides: { nato: 'player', russia: 'doctrine' }, doctrines: { russia: 'reciprocator' } });
    expect(out.scenario).toBe('tutorial');
    expect(out.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.seed).toBe('export-2');
    expect(out.noise).toBe(game.world.noise);
    expect(out.outcome).toBe(game.outcome);
    expect(out.doctrines).toEqual({ russia: 'reciprocator' });
    expect(out.turns).toHaveLength(game.history.length);
    out.turns.forEach((turn, i) => {
      const record = game.history[i]!;
      expect(turn.label).toBe(record.label);
      expect(turn.actions.nato.map((a) => a.id)).toEqual(record.actions.nato);
      expect(turn.actions.russia.map((a) => a.id)).toEqual(record.actions.russia);
      expect(turn.perceived.nato.map((p) => p.id)).toEqual(record.perceived.nato.map((p) => p.id));
      expect(turn.changes).toHaveLength(record.changes.length);
      expect(turn.reasons).toEqual(record.reasons);
      expect(turn.end?.trust).toEqual(record.end?.trust);
      expect(turn.hash).toBe(record.hash);
      for (const c of turn.changes) expect(c.delta).toBe(c.after - c.before);
      // Each change and note carries its fact as data, the one its text was rendered from.
      expect(turn.changes.map((c) => c.fact)).toEqual(record.changes.map((c) => c.fact));
      expect(turn.notes.map((n) => n.fact)).toEqual(record.notes.map((n) => n.fact));
    });
    expect(out.turns.flatMap((t) => t.changes).every((c) => typeof c.fact.kind === 'string')).toBe(true);
    expect(out.turns.at(-1)?.end?.trust).toEqual(game.world.trust);
  });

  it('is deterministic text that parses back to the same object', () => {
    const a = exportJsonText(tutorial, game);
    expect(exportJsonText(tutorial, verifiedGame(tutorial, 'export-2', 'cooperator', 'reciprocator'))).toBe(a);
    expect(JSON.parse(a)).toEqual(exportJson(tutorial, game));
  });

  it('keeps hostile text as data', () => {
    const sc = hostileScenario();
    const text = exportJsonText(sc, verifiedGame(sc, 'hostile', 'cooperator', 'cooperator'));
    const parsed = JSON.parse(text) as { turns: { actions: { nato: { name: string }[] } }[] };
    expect(parsed.turns.some((t) => t.actions.nato.some((a) => a.name.includes('<script>')))).toBe(true);
  });
});

describe('exportFileName', () => {
  it('keeps only safe characters of the scenario and seed', () => {
    expect(exportFileName('tutorial', 'class 3b', 'json')).toBe('trust-deficit-tutorial-class_3b.json');
    expect(exportFileName('reset-2010', '../../etc/passwd', 'changes.csv')).toBe('trust-deficit-reset-2010-etc_passwd.changes.csv');
    expect(exportFileName('x', '<img src=x onerror=1>', 'csv')).not.toMatch(/[<>"/\\ ]/);
    expect(exportFileName('x', '', 'csv')).toBe('trust-deficit-x-game.csv');
  });
});
