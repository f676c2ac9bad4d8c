// The syntax locator must agree with JSON.parse on what is JSON, or its messages would point at the wrong place.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDuplicateKeys, findSyntaxError, lineColumn } from '../../src/scenario/json-syntax.js';
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

describe('findDuplicateKeys', () => {
  test('finds none in any JSON a serializer writes (no object of it can hold a key twice)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 2), (value, indent) => {
        expect(findDuplicateKeys(JSON.stringify(value, null, indent))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('finds a key given twice, with the path of its object and both lines, however the key is spelled', () => {
    const text = '{\n "a": [1, {"x": 1,\n "y": "}", "x": 2}],\n "b\\u0063": {"c": {}}, "bc": 0\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['a', 1], key: 'x', firstLine: 2, line: 3 },
      { path: [], key: 'bc', firstLine: 4, line: 4 },
    ]);
  });

  test('keys in different objects, or equal to string values, are not duplicates', () => {
    expect(findDuplicateKeys('{"a": {"k": "k"}, "b": {"k": ["k", {"k": 1}]}, "k": true}')).toEqual([]);
  });

  test('a duplicate key found by the scanner is exactly one JSON.parse drops', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (obj, n) => {
        const keys = Object.keys(obj);
        const key = keys[n % keys.length]!;
        const text = `${JSON.stringify(obj).slice(0, -1)},${JSON.stringify(key)}:null}`;
        const found = findDuplicateKeys(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ path: [], key });
        expect((JSON.parse(text) as Record<string, unknown>)[key]).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
