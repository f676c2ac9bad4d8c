// The spreadsheet export (issue 12): one row per half-year, trust in percent, UTF-8 with a byte order mark, and a
// semicolon variant with decimal commas for European spreadsheets — read back by an independent CSV parser (csv-parse).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportTurnTable, percentOf, TEAM_COLUMNS, TURN_COLUMNS, UTF8_BOM, type ListSeparator } from '../../src/analysis/export.js';
import {
  classifyOutcome,
  compileScenario,
  recordReplay,
  runGame,
  verifyReplay,
  type CompiledScenario,
  type GameContext,
} from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return compileScenario(loaded.value);
}

function verifiedGame(sc: CompiledScenario, seed: string): GameContext {
  const run = runGame(sc, { seed, doctrines: { nato: 'cooperator', russia: 'hardliner' } });
  if (!run.ok) throw new Error('the game did not run');
  const verified = verifyReplay(sc, recordReplay(sc, run.game));
  if (!verified.ok) throw new Error(verified.problem);
  return verified.final;
}

/** Parsed as a spreadsheet would: the BOM taken as the encoding mark, the separator given, every record as strings. */
function read(text: string, delimiter: ListSeparator): string[][] {
  const rows: string[][] = parse(text, { bom: true, delimiter, record_delimiter: '\r\n', relax_column_count: false });
  return rows;
}

/** A percent cell back to basis points, whatever its decimal mark. */
const bp = (cell: string): number => Math.round(Number(cell.replace(',', '.')) * 100);

describe('percent of basis points', () => {
  it.each([
    [5125, ',', '51.25'],
    [5120, ',', '51.2'],
    [5100, ',', '51'],
    [5125, ';', '51,25'],
    [0, ';', '0'],
    [10000, ',', '100'],
    [-250, ',', '-2.5'],
  ] as const)('%i bp with %s → %s', (value, separator, text) => {
    expect(percentOf(value, separator)).toBe(text);
  });
});

describe.each(['tutorial', 'reset-2010'])('the spreadsheet of a %s game', (id) => {
  const sc = scenario(id);
  const game = verifiedGame(sc, `sheet-${id}`);

  it.each([',', ';'] as const)('separator %s: BOM, one row per half-year, trust in percent, the outcome if ended', (separator) => {
    const text = exportTurnTable(sc, game, separator);
    expect(text.startsWith(UTF8_BOM), 'UTF-8 with a byte order mark').toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = read(text, separator);
    expect(rows[0]).toEqual([...TURN_COLUMNS]);
    expect(rows).toHaveLength(game.history.length + 1);
    const col = (name: (typeof TURN_COLUMNS)[number]): number => TURN_COLUMNS.indexOf(name);
    game.history.forEach((record, i) => {
      const row = rows[i + 1]!;
      expect(row).toHaveLength(TURN_COLUMNS.length);
      expect(row[col('turn')]).toBe(String(i + 1));
      expect(row[col('label')]).toBe(record.label);
      const end = record.end!;
      expect(bp(row[col('nato_trust_pct')]!)).toBe(end.trust.nato);
      expect(bp(row[col('russia_trust_pct')]!)).toBe(end.trust.russia);
      expect(bp(row[col('nato_trust_order_pct')]!)).toBe(end.trustBy.nato.order);
      expect(bp(row[col('russia_trust_practical_pct')]!)).toBe(end.trustBy.russia.practical);
      for (const name of ['nato_trust_pct', 'russia_trust_pct'] as const) {
        const cell = row[col(name)]!;
        expect(cell, 'a number in percent, with the decimal mark of its locale').toMatch(
          separator === ';' ? /^\d{1,3}(,\d{1,2})?$/ : /^\d{1,3}(\.\d{1,2})?$/,
        );
      }
      expect(Number(row[col('nato_score')])).toBe(end.score.nato);
      expect(row[col('outcome_if_ended')]).toBe(classifyOutcome(sc, end));
      expect(row[col('nato_actions')]!.split(' | ').filter(Boolean)).toEqual(record.actions.nato.map((a) => sc.actions.get(a)!.name));
    });
    expect(rows.at(-1)![col('outcome_if_ended')], 'the last row is the outcome of the game').toBe(game.outcome);
  });

  it.each([',', ';'] as const)(
    'separator %s: a hot-seat game names its teams on every row (markup and separators kept as text)',
    (separator) => {
      const teams = { nato: 'Les Faucons; 4ᵉ B', russia: '=Team "Ж"' };
      const rows = read(exportTurnTable(sc, game, separator, teams), separator);
      expect(rows[0]).toEqual([...TURN_COLUMNS, ...TEAM_COLUMNS]);
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(TURN_COLUMNS.length + TEAM_COLUMNS.length);
        // csvText defuses a leading "=" (a formula in a spreadsheet): the name is read back as text.
        expect(row.slice(-2)).toEqual([teams.nato, `'${teams.russia}`]);
      }
    },
  );
});
