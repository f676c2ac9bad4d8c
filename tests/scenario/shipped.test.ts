// Every scenario shipped in scenarios/ must load, and the full campaign must carry every stable identifier.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatError, loadScenario, missingStableIds } from '../../src/scenario/index.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort();
const load = (file: string) => loadScenario(readFileSync(DIR + file, 'utf8'), `scenarios/${file}`);

describe('shipped scenarios', () => {
  test('scenarios/ holds scenario files (an empty folder fails, it does not pass with nothing checked)', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  test.each(files)('%s loads without errors and its id is its file name', (file) => {
    const r = load(file);
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
    if (r.ok) expect(`${r.value.id}.json`).toBe(file);
  });

  test('the five scenarios of DESIGN.md section 4 are shipped, each with a historical record for both sides', () => {
    for (const id of ['reset-2010', 'missile-defence-clock', 'bucharest-promise', 'transnistria-mediation', 'tutorial']) {
      expect(files).toContain(`${id}.json`);
      const r = load(`${id}.json`);
      if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
      expect(r.value.historical.nato.length, id).toBeGreaterThan(0);
      expect(r.value.historical.russia.length, id).toBeGreaterThan(0);
    }
  });

  test('reset-2010 (the full campaign) defines every stable identifier of DESIGN.md §4', () => {
    expect(files).toContain('reset-2010.json');
    const r = load('reset-2010.json');
    if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
    expect(missingStableIds(r.value)).toEqual([]);
  });
});
