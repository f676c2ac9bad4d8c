// Reads the zod schema itself to say, in plain words, what a field must hold.
import type { z } from 'zod';
import { Ratio } from './schema.js';

/** The parts of zod 4's internal definitions we read; zod exports no stable public view of them. */
interface CheckDef {
  check: string;
  value?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
  error?: (...args: unknown[]) => unknown;
}
interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  items?: SchemaNode[];
  innerType?: SchemaNode;
  options?: SchemaNode[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}
export type SchemaNode = z.core.$ZodType;

export const defOf = (s: SchemaNode): SchemaDef => s._zod.def as unknown as SchemaDef;

/** Optional wrappers say nothing about what the value must be. */
export function unwrap(s: SchemaNode): SchemaNode {
  let cur = s;
  for (let d = defOf(cur); d.type === 'optional' && d.innerType; d = defOf(cur)) cur = d.innerType;
  return cur;
}

/** The first field of each object form of a union: what tells the forms apart. */
export const leadFields = (union: SchemaNode): (string | undefined)[] => (defOf(union).options ?? []).map((o) => fieldsOf(o)[0]);

/** The form of a union the data means: the only one whose leading field the data has. */
export function pickOption(union: SchemaNode, data: unknown): number | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const hits = leadFields(union).flatMap((lead, i) => (lead !== undefined && Object.hasOwn(data, lead) ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The schema at `path` below `root` (walking `data` alongside to choose union forms), or undefined. */
export function schemaAt(root: SchemaNode, path: readonly PropertyKey[], data?: unknown): SchemaNode | undefined {
  let cur: SchemaNode | undefined = unwrap(root);
  let value = data;
  for (const seg of path) {
    if (!cur) return undefined;
    let d = defOf(cur);
    if (d.type === 'union') {
      const i = pickOption(cur, value);
      cur = i === undefined ? undefined : d.options?.[i];
      if (!cur) return undefined;
      d = defOf(cur);
    }
    if (d.type === 'object' && typeof seg === 'string') cur = d.shape?.[seg];
    else if (d.type === 'array' && typeof seg === 'number') cur = d.element;
    else if (d.type === 'tuple' && typeof seg === 'number') cur = d.items?.[seg];
    else return undefined;
    cur = cur && unwrap(cur);
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return cur;
}

interface Bounds {
  int: boolean;
  min?: number;
  max?: number;
  pattern?: string;
}

function bounds(s: SchemaNode): Bounds {
  const b: Bounds = { int: false };
  for (const c of defOf(s).checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int32')) b.int = true;
    else if (d.check === 'greater_than' && typeof d.value === 'number') b.min = d.value;
    else if (d.check === 'less_than' && typeof d.value === 'number') b.max = d.value;
    else if (d.check === 'min_length' && typeof d.minimum === 'number') b.min = d.minimum;
    else if (d.check === 'max_length' && typeof d.maximum === 'number') b.max = d.maximum;
    else if (d.check === 'string_format' && d.format === 'regex') {
      // The schema's own message ("must be an identifier…") is the best description of a pattern.
      const msg = d.error?.();
      b.pattern = typeof msg === 'string' && msg.startsWith('must be ') ? msg.slice(8) : `a text matching ${String(d.pattern)}`;
    }
  }
  return b;
}

/** Length limits of a string or list schema. */
export const lengthBounds = (s: SchemaNode): { min?: number; max?: number } => {
  const { min, max } = bounds(s);
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
};

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

const listOf = (names: readonly string[]): string => names.map((n) => JSON.stringify(n)).join(', ');

/** The allowed field names of an object schema. */
export const fieldsOf = (s: SchemaNode): string[] => Object.keys(defOf(unwrap(s)).shape ?? {});

/** A noun phrase for what the schema accepts: "a whole number from 0 to 10". */
export function describe(schema: SchemaNode): string {
  const s = unwrap(schema);
  const d = defOf(s);
  switch (d.type) {
    case 'number': {
      const b = bounds(s);
      if (b.int && b.min === 0 && b.max === 10_000) return 'a whole number of basis points, 0–10000';
      return `${b.int ? 'a whole number' : 'a number'}${range(b.min, b.max)}`;
    }
    case 'string': {
      const b = bounds(s);
      if (b.pattern) return b.pattern;
      if (b.max !== undefined) return `a text of at most ${b.max} characters`;
      return 'a text';
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${listOf(Object.values(d.entries ?? {}).map(String))}`;
    case 'literal':
      return `exactly ${(d.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'tuple': {
      if (s === Ratio) return 'a likelihood ratio [numerator, denominator] of two whole numbers from 1 to 100, like [3, 2]';
      const items = (d.items ?? []).map(describe);
      const same = items.every((x) => x === items[0]);
      return same && items[0] !== undefined
        ? `a list of exactly ${items.length} entries, each ${items[0]}`
        : `a list of exactly ${items.length} entries: ${items.join('; ')}`;
    }
    case 'array': {
      const b = bounds(s);
      const el = d.element ? unwrap(d.element) : undefined;
      const count =
        b.min !== undefined && b.max !== undefined
          ? ` of ${b.min} to ${b.max} entries`
          : b.max !== undefined
            ? ` of at most ${b.max} entries`
            : '';
      const simple = el && ['string', 'number', 'enum', 'boolean'].includes(defOf(el).type);
      return `a list${count}${simple && el ? `, each ${describe(el)}` : ''}`;
    }
    case 'object': {
      const required = Object.entries(d.shape ?? {})
        .filter(([, v]) => defOf(v).type !== 'optional')
        .map(([k]) => k);
      return required.length > 0 ? `an object with the fields ${listOf(required)}` : 'an object';
    }
    case 'union':
      return 'one of the accepted forms';
    default:
      return 'a value of the right kind';
  }
}

/** A value from the file as it should appear in a message: short, on one line. */
export function found(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') {
    const q = JSON.stringify(v);
    return q.length <= 62 ? q : `a text of ${v.length} characters`;
  }
  const text = compact(v, 60);
  if (text !== undefined) return text;
  return Array.isArray(v) ? `a list of ${v.length} entries` : 'an object';
}

/** JSON with a space after commas and colons, or undefined once longer than `budget`. */
function compact(v: unknown, budget: number): string | undefined {
  if (v === null || typeof v !== 'object') {
    const t = JSON.stringify(v) ?? String(v);
    return t.length <= budget ? t : undefined;
  }
  const parts: string[] = [];
  let used = 2;
  const entries: [string | undefined, unknown][] = Array.isArray(v)
    ? v.map((x): [undefined, unknown] => [undefined, x])
    : Object.entries(v as Record<string, unknown>);
  for (const [k, x] of entries) {
    const head = k === undefined ? '' : `${JSON.stringify(k)}: `;
    const t = compact(x, budget - used - head.length);
    if (t === undefined) return undefined;
    parts.push(head + t);
    used += head.length + t.length + 2;
    if (used > budget) return undefined;
  }
  return Array.isArray(v) ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}
