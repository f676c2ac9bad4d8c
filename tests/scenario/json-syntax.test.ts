// The syntax locator must agree with JSON.parse on what is JSON, or its messages would point at the wrong place.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findSyntaxError, lineColumn } from '../../src/scenario/json-syntax.js';
import { closest, editDistance } from '../../src/scenario/suggest.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findSyntaxError', () => {
  test('finds no error in any valid JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expect(findSyntaxError(text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test('finds an error exactly when JSON.parse fails, on random and near-JSON text', () => {
    const nearJson = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', "'", '/', ':', '0', '-', '\n', '\\', ' '))
      .map(([t, at, ch]) => t.slice(0, at % (t.length + 1)) + ch + t.slice(at % (t.length + 1)));
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), nearJson);
    fc.assert(
      fc.property(text, (t) => {
        expect(findSyntaxError(t) === undefined).toBe(parses(t));
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ['{"a": 1,}', 'line 1, column 9: a comma before "}" (remove the last comma)'],
    ['[1, 2,]', 'line 1, column 7: a comma before "]" (remove the last comma)'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3: expected "," or "}" but found a double quote (is a comma missing before it?)'],
    ["{'a': 1}", 'line 1, column 2: expected a field name in double quotes but found "\'" (JSON needs double quotes, not single quotes)'],
    ['{"a" 1}', 'line 1, column 6: expected ":" after the field name but found "1"'],
    ['{"a": 01}', 'line 1, column 8: a number is written wrongly'],
    ['{"a": "\\q"}', 'line 1, column 8: invalid escape "\\\\q" in a text'],
    ['{"a": "x', 'line 1, column 7: a text that is never closed (missing ")'],
    ['{"a": True}', 'line 1, column 7: expected a value but found "T"'],
    ['{} {}', 'line 1, column 4: unexpected "{" after the end of the data'],
    ['  ', 'line 1, column 3: the file is empty'],
  ])('%j → %s', (text, where) => {
    const e = findSyntaxError(text);
    expect(e && `line ${e.line}, column ${e.column}: ${e.problem}`).toBe(where);
  });

  test('lineColumn counts lines from 1 and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('suggestions', () => {
  test('edit distance', () => {
    expect(editDistance('costs', 'cost')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a'.repeat(50), 'b', 3)).toBe(4);
  });

  test.each([
    ['costs', ['cost', 'side', 'lr'], 'cost'],
    ['Stance', ['stance', 'side'], 'stance'],
    ['deadlok', ['talks', 'deadlock'], 'deadlock'],
    ['colour', ['cost', 'side', 'lr'], undefined],
    ['s002', ['s000', 's001'], undefined],
  ])('closest(%j) is %j', (word, candidates, best) => {
    expect(closest(word, candidates)).toBe(best);
  });
});
