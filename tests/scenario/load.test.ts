// The loader against the malformed corpus, hostile inputs and random garbage: exact messages, never a throw.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatError,
  formatWarning,
  LIMITS,
  loadScenario,
  MAX_ERRORS,
  missingStableIds,
  scenarioJsonSchema,
  type ScenarioError,
} from '../../src/scenario/index.js';

const BAD = fileURLToPath(new URL('../scenarios-bad/', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
const read = (name: string): string => readFileSync(BAD + name, 'utf8');
const expected = JSON.parse(read('expected.json')) as Record<string, string[]>;
const minimalText = read('_valid-minimal.json');
const minimal = JSON.parse(minimalText) as Record<string, unknown>;

/** Errors as in expected.json: formatted, without the file prefix. */
const shown = (errors: ScenarioError[]): string[] => errors.map((e) => formatError({ ...e, file: '' }).slice(2));
/** Warnings as in expected.json: "$.path: warning: message". */
const shownWarnings = (warnings: ScenarioError[] = []): string[] => warnings.map((e) => formatWarning({ ...e, file: '' }).slice(2));
/** The corpus files that load with warnings only (every line of their expectation is a warning). */
const isWarningFile = (messages: string[]): boolean => messages.length > 0 && messages.every((m) => /^\$\S*: warning: /.test(m));

function errorsOf(text: string, file = 'test.json'): ScenarioError[] {
  const r = loadScenario(text, file);
  if (r.ok) throw new Error(`${file} loaded but should not have`);
  return r.errors;
}

describe('the malformed corpus', () => {
  const corpus = readdirSync(BAD).filter((f) => f.endsWith('.json') && f !== 'expected.json' && !f.startsWith('_'));

  test('has at least 45 files, each with its expected errors and vice versa', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(expected).sort()).toEqual([...corpus].sort());
  });

  test('the minimal scenario every bad file derives from is valid, without a warning', () => {
    const r = loadScenario(minimalText, '_valid-minimal.json');
    expect(r.ok ? shownWarnings(r.warnings) : shown(r.errors)).toEqual([]);
  });

  const refused = Object.entries(expected).filter(([, messages]) => !isWarningFile(messages));
  const warned = Object.entries(expected).filter(([, messages]) => isWarningFile(messages));

  test.each(refused)('%s is refused with exactly the expected errors', (file, messages) => {
    const errors = errorsOf(read(file), file);
    expect(shown(errors)).toEqual(messages);
    for (const e of errors) expect(e.file).toBe(file);
  });

  test.each(warned)('%s loads, with exactly the expected warnings', (file, messages) => {
    const r = loadScenario(read(file), file);
    if (!r.ok) throw new Error(`${file} was refused: ${shown(r.errors).join('; ')}`);
    expect(shownWarnings(r.warnings)).toEqual(messages);
    for (const e of r.warnings ?? []) expect(e.file).toBe(file);
  });

  test('holds refused files and warned files, and no error line is a warning or the other way round', () => {
    expect(refused.length).toBeGreaterThanOrEqual(96);
    expect(warned.length).toBeGreaterThanOrEqual(10);
    for (const [, messages] of refused) for (const m of messages) expect(m).not.toMatch(/^\$\S*: warning: /);
  });
});

describe('limits before and after parsing', () => {
  test('a file over 1 MiB is refused before parsing, saying its size and the limit', () => {
    const text = `"${'a'.repeat(LIMITS.bytes - 1)}"`;
    expect(shown(errorsOf(text))).toEqual(['$: the file is 1048577 bytes (1024.0 KiB); the limit is 1048576 bytes (1 MiB)']);
  });

  test('size is counted in UTF-8 bytes, not characters', () => {
    const text = `"${'é'.repeat(600_000)}"`;
    expect(text.length).toBeLessThan(LIMITS.bytes);
    expect(shown(errorsOf(text))).toEqual(['$: the file is 1200002 bytes (1171.9 KiB); the limit is 1048576 bytes (1 MiB)']);
  });

  test('a byte-order mark before a valid scenario is ignored', () => {
    expect(loadScenario(`\ufeff${minimalText}`, 'bom.json').ok).toBe(true);
  });

  test('extreme nesting is refused without exhausting the stack', () => {
    const n = 200_000;
    expect(shown(errorsOf('['.repeat(n) + ']'.repeat(n)))).toEqual([`$${'[0]'.repeat(32)}: is nested more than 32 levels deep`]);
    expect(shown(errorsOf('['.repeat(n)))).toEqual([`$: not valid JSON at line 1, column ${n + 1}: the file ends before the closing "]"`]);
  });

  test(`no more than ${MAX_ERRORS} errors are reported, the last saying how many were left out`, () => {
    const s = structuredClone(minimal) as { actions: Record<string, unknown>[] };
    for (let i = 0; i < 60; i++) s.actions[0]![`extra${i}`] = i;
    const errors = shown(errorsOf(JSON.stringify(s)));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors[0]).toBe(
      '$.actions[0]: unknown field "extra0" (the fields are "id", "side", "stance", "name", "explanation", "signals", "cost", "area", "lr", "spillover", "ambiguity", "misread", "benign", "effects", "requires", "source", "why")',
    );
    expect(errors[MAX_ERRORS - 1]).toBe('$: 11 more errors not shown (fix the ones above first)');
  });

  test('a file that is not text is refused, not thrown on', () => {
    expect(shown(errorsOf(42 as unknown as string))).toEqual(['$: the scenario must be given as text']);
  });
});

describe('formatting', () => {
  test('formatError gives FILE: PATH: MESSAGE on one line, even with line breaks in keys and file names', () => {
    const s = structuredClone(minimal);
    s['a\nb'] = 1;
    const [error] = errorsOf(JSON.stringify(s), 'my\nfile.json');
    expect(formatError(error!)).toBe(
      'my\\u000afile.json: $: unknown field "a\\nb" (the fields are "format", "id", "title", "summary", "briefing", "sources", "calendar", "initial", "model", "types", "payoffs", "actions", "projects", "flashpoints", "events", "outcomes", "historical", "actors", "map", "advisers")',
    );
  });

  test('odd keys are bracketed in paths and long ones shortened', () => {
    const long = 'a'.repeat(LIMITS.stringLength + 1);
    const text = JSON.stringify({ 'my key': long, [`${'k'.repeat(100)}`]: [long] });
    expect(shown(errorsOf(text))).toEqual([
      '$["my key"]: is a text of 10001 characters; the limit is 10000',
      `$["${'k'.repeat(37)}…"][0]: is a text of 10001 characters; the limit is 10000`,
    ]);
  });

  test('a long unknown field name is shortened in the message', () => {
    const s = structuredClone(minimal) as Record<string, Record<string, unknown>>;
    s['initial']!['k'.repeat(100)] = 1;
    expect(shown(errorsOf(JSON.stringify(s)))).toEqual([
      `$.initial: unknown field "${'k'.repeat(57)}…" (the fields are "trust", "capital", "security", "cohesion", "neighbours", "channels", "cooperation", "why")`,
    ]);
  });

  test('a missing constant field says what it must be', () => {
    const s = structuredClone(minimal);
    delete s['format'];
    expect(shown(errorsOf(JSON.stringify(s)))).toEqual(['$.format: is missing (exactly 2)']);
  });
});

describe('never throws', () => {
  const garbageIsRefused = (text: string): void => {
    const r = loadScenario(text, 'g.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThanOrEqual(1);
    expect(r.errors.length).toBeLessThanOrEqual(MAX_ERRORS);
    for (const e of r.errors) {
      expect(e.path.startsWith('$')).toBe(true);
      expect(formatError(e)).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(e.message).not.toContain('internal error');
    }
  };

  test('2,000 random strings are refused with at least one error', () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 4 }));
    fc.assert(fc.property(text, garbageIsRefused), { numRuns: 2000 });
  });

  test('500 random JSON values are refused with at least one error', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.anything({ maxDepth: 4, withObjectString: true }));
    const asText = (v: unknown): string => JSON.stringify(v) ?? String(v);
    fc.assert(
      fc.property(value, (v) => garbageIsRefused(asText(v))),
      { numRuns: 500 },
    );
  });

  test('replacing any one value of a valid scenario never throws and always explains itself', () => {
    const paths: (string | number)[][] = [];
    const collect = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
    };
    collect(minimal, []);
    const mutated = fc.tuple(fc.constantFrom(...paths.slice(1)), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(mutated, ([path, replacement]) => {
        const s = structuredClone(minimal);
        let parent = s as Record<string | number, unknown>;
        for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = replacement;
        const r = loadScenario(JSON.stringify(s), 'm.json');
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThanOrEqual(1);
          for (const e of r.errors) expect(e.message).not.toContain('internal error');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stable identifiers', () => {
  test('missingStableIds lists the DESIGN.md ids a scenario lacks, not those it has', () => {
    const r = loadScenario(minimalText, 'm.json');
    if (!r.ok) throw new Error('minimal scenario must load');
    const missing = missingStableIds(r.value);
    expect(missing).not.toContain('coop.standex');
    expect(missing).not.toContain('md.countermeasures');
    expect(missing).toContain('nato.energy-collective-defence');
    expect(missing).toHaveLength(50 - 3);
  });
});

describe('JSON Schema for editors', () => {
  test('scenarios/scenario.schema.json is the one generated from the zod schema (regenerate it if this fails)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(scenarioJsonSchema());
  });

  test('has a title and forbids unknown fields at the top level', () => {
    const schema = scenarioJsonSchema();
    expect(schema['title']).toBe('Trust Deficit scenario');
    expect(schema['additionalProperties']).toBe(false);
  });
});
