// Finds where and why a text is not JSON, in words, independent of the JavaScript engine's wording.

export interface SyntaxProblem {
  line: number;
  column: number;
  problem: string;
}

type Expect = 'value' | 'key' | 'colon' | 'comma-or-close' | 'end';

/** A character as it should appear in a message; a quote inside quotes would be unreadable. */
const shown = (ch: string): string => (ch === '"' ? 'a double quote' : JSON.stringify(ch));

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in `text` (RFC 8259), or undefined if it is valid JSON. Iterative: nesting depth cannot overflow it. */
export function findSyntaxError(text: string): SyntaxProblem | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  // Just after "{" or "[": the only place where a closing bracket may directly follow.
  let fresh = false;
  let i = 0;
  const at = (pos: number, problem: string): SyntaxProblem => ({ ...lineColumn(text, pos), problem });

  while (true) {
    while (i < text.length && WS.has(text[i] as string)) i++;
    if (i >= text.length) {
      if (expect === 'end') return undefined;
      return at(i, stack.length > 0 ? `the file ends before the closing ${closerOf(stack)}` : 'the file is empty');
    }
    const ch = text[i] as string;
    const top = stack[stack.length - 1];

    if (expect === 'end') return at(i, `unexpected ${shown(ch)} after the end of the data`);

    if (expect === 'colon') {
      if (ch !== ':') return at(i, `expected ":" after the field name but found ${shown(ch)}`);
      i++;
      expect = 'value';
      continue;
    }

    if (expect === 'comma-or-close') {
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        afterComma = true;
        fresh = false;
        continue;
      }
      if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        i++;
        stack.pop();
        expect = stack.length === 0 ? 'end' : 'comma-or-close';
        continue;
      }
      const missingComma = /["{[0-9tfn-]/.test(ch) ? ' (is a comma missing before it?)' : hint(ch);
      return at(i, `expected "," or ${closerOf(stack)} but found ${shown(ch)}${missingComma}`);
    }

    if (expect === 'key') {
      if (ch === '}' && fresh) {
        i++;
        stack.pop();
        fresh = false;
        expect = stack.length === 0 ? 'end' : 'comma-or-close';
        continue;
      }
      if (ch === '}' && afterComma) return at(i, 'a comma before "}" (remove the last comma)');
      if (ch !== '"') return at(i, `expected a field name in double quotes but found ${shown(ch)}${hint(ch)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return at(end.pos, end.problem);
      i = end;
      expect = 'colon';
      afterComma = false;
      fresh = false;
      continue;
    }

    // expect === 'value'
    if (ch === ']' && top === '[' && afterComma) return at(i, 'a comma before "]" (remove the last comma)');
    if (ch === ']' && top === '[' && fresh) {
      i++;
      stack.pop();
      fresh = false;
      expect = stack.length === 0 ? 'end' : 'comma-or-close';
      continue;
    }
    afterComma = false;
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      fresh = true;
      expect = ch === '{' ? 'key' : 'value';
      continue;
    }
    fresh = false;
    if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return at(end.pos, end.problem);
      i = end;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return at(i, 'a number is written wrongly');
      i += m[0].length;
      const next = text[i];
      if (next !== undefined && /[0-9.eE+\-a-zA-Z]/.test(next)) return at(i, 'a number is written wrongly');
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return at(i, `expected a value but found ${shown(ch)}${hint(ch)}`);
      i += word.length;
    }
    expect = stack.length === 0 ? 'end' : 'comma-or-close';
  }
}

/** Past the closing quote of the string that starts at `start`, or the problem inside it. */
function scanString(text: string, start: number): number | { pos: number; problem: string } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { pos: i, problem: 'a "\\u" escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.has(e)) return { pos: i, problem: `invalid escape ${shown(`\\${e ?? ''}`)} in a text` };
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) return { pos: i, problem: 'a line break or control character inside a text (write \\n instead)' };
    i++;
  }
  return { pos: start, problem: 'a text that is never closed (missing ")' };
}

const closerOf = (stack: readonly string[]): string => (stack[stack.length - 1] === '{' ? '"}"' : '"]"');

/** The usual reasons a hand-written file is not JSON. */
function hint(ch: string): string {
  if (ch === "'") return ' (JSON needs double quotes, not single quotes)';
  if (ch === '/') return ' (JSON has no comments)';
  return '';
}

/** 1-based line and column of a position (columns in characters as the editor counts UTF-16 units). */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}

export interface DuplicateKey {
  /** The path of the object that holds the key twice. */
  path: (string | number)[];
  key: string;
  /** 1-based lines of the first and of the repeated occurrence. */
  firstLine: number;
  line: number;
}

interface Frame {
  kind: '{' | '[';
  /** The path segment of this container in its parent (undefined for the root). */
  segment: string | number | undefined;
  /** Objects: each key seen, with its line; the key whose value is being read. */
  keys?: Map<string, number>;
  key?: string;
  /** Arrays: the index of the next value. */
  index?: number;
}

/**
 * Keys given twice in one object, in file order (JSON.parse silently keeps the last). The text must be valid JSON (run
 * after JSON.parse succeeded); iterative, so nesting cannot overflow it. At most `max` are reported.
 */
export function findDuplicateKeys(text: string, max = Infinity): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  const path = (): (string | number)[] => stack.flatMap((f) => (f.segment === undefined ? [] : [f.segment]));
  /** The path segment of the value about to start in the current container. */
  const nextSegment = (): string | number | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    if (top.kind === '{') return top.key;
    return top.index ?? 0;
  };
  const valueDone = (): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === '[') top.index = (top.index ?? 0) + 1;
  };
  for (let i = 0; i < text.length && found.length < max; i++) {
    const ch = text[i] as string;
    if (ch === '\n') line++;
    else if (ch === '{' || ch === '[') {
      stack.push({ kind: ch, segment: nextSegment(), ...(ch === '{' ? { keys: new Map<string, number>() } : { index: 0 }) });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      valueDone();
      expectKey = false;
    } else if (ch === ',') {
      expectKey = stack[stack.length - 1]?.kind === '{';
    } else if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(raw) as string;
        const first = top.keys.get(key);
        if (first !== undefined) found.push({ path: path(), key, firstLine: first, line });
        else top.keys.set(key, line);
        top.key = key;
        expectKey = false;
      } else valueDone();
    } else if (ch === '-' || (ch >= '0' && ch <= '9') || ch === 't' || ch === 'f' || ch === 'n') {
      // A number or a literal: skip to its end; it is one value.
      let j = i + 1;
      while (j < text.length && /[0-9a-zA-Z.+-]/.test(text[j] as string)) j++;
      i = j - 1;
      valueDone();
    }
  }
  return found;
}
