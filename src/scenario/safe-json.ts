// Reads untrusted JSON text defensively: size before parsing, then depth, lengths, dangerous and duplicate keys.
import { findDuplicateKeys, findSyntaxError } from './json-syntax.js';
import { MAX_ERRORS, quote, type PathSegment } from './errors.js';

export const LIMITS = {
  /** 1 MiB: the full campaign is a few tens of KiB; more is a mistake or an attack. */
  bytes: 1024 * 1024,
  depth: 32,
  arrayLength: 1000,
  stringLength: 10_000,
} as const;

/** Keys that reach into object prototypes if code ever copies the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface RawProblem {
  path: PathSegment[];
  message: string;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; problems: RawProblem[] };

/** UTF-8 size of a string without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** Size check, BOM strip, JSON.parse and the structural walk, in that order. */
export function parseUntrusted(text: string): ParseResult {
  const size = utf8Length(text);
  if (size > LIMITS.bytes) {
    return fail([], `the file is ${size} bytes (${kib(size)}); the limit is ${LIMITS.bytes} bytes (1 MiB)`);
  }
  // Windows editors save a byte-order mark that JSON.parse does not accept.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const where = findSyntaxError(body);
    if (where) return fail([], `not valid JSON at line ${where.line}, column ${where.column}: ${where.problem}`);
    return fail([], `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const problems = walk(value);
  if (problems.length > 0) return { ok: false, problems };
  // JSON.parse keeps the last of two equal keys without a word: a teacher's edit would silently be lost.
  const duplicates = findDuplicateKeys(body, MAX_ERRORS).map((d): RawProblem => ({
    path: d.path,
    message: `the field ${quote(d.key)} is given twice (lines ${d.firstLine} and ${d.line}); only one may stay`,
  }));
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value };
}

const fail = (path: PathSegment[], message: string): ParseResult => ({ ok: false, problems: [{ path, message }] });

/** Refuses what the schema should never have to see; recursion is bounded by the depth limit. */
function walk(root: unknown): RawProblem[] {
  const problems: RawProblem[] = [];
  const visit = (v: unknown, path: PathSegment[], depth: number): void => {
    // Enough to report; a hostile file could otherwise produce tens of thousands.
    if (problems.length > MAX_ERRORS) return;
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringLength) {
        problems.push({ path, message: `is a text of ${v.length} characters; the limit is ${LIMITS.stringLength}` });
      }
      return;
    }
    // JSON.parse reads 1e309 as Infinity, which the schema would see (through JSON) as null: say what it is.
    if (typeof v === 'number' && !Number.isFinite(v)) {
      problems.push({ path, message: 'is a number out of range (beyond about 1.8e308, the largest a JSON number can be read as)' });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (depth > LIMITS.depth) {
      problems.push({ path, message: `is nested more than ${LIMITS.depth} levels deep` });
      return;
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.arrayLength) {
        problems.push({ path, message: `is a list of ${v.length} entries; the limit is ${LIMITS.arrayLength}` });
        return;
      }
      v.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    // Object.keys sees the own "__proto__" property that JSON.parse creates.
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path, message: `the field name ${JSON.stringify(key)} is not allowed (it is reserved)` });
        continue;
      }
      if (key.length > LIMITS.stringLength) {
        problems.push({ path, message: `has a field name of ${key.length} characters; the limit is ${LIMITS.stringLength}` });
        continue;
      }
      visit((v as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  visit(root, [], 1);
  return problems;
}
