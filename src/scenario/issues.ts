// Turns zod issues into sentences a teacher can act on, with the JSON path of the value at fault.
import type { z } from 'zod';
import { defOf, describe, fieldsOf, found, leadFields, lengthBounds, pickOption, schemaAt, unwrap, type SchemaNode } from './describe.js';
import { quote, type PathSegment } from './errors.js';
import type { RawProblem } from './safe-json.js';
import { Requirement } from './schema.js';
import { didYouMean } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** The forms a requirement may take, shown when an entry matches none of them. */
const REQUIREMENT_FORMS =
  '{"flashpoint": "md", "in": ["talks"]}, {"site": "romania", "in": ["committed"]}, {"channels": "open"}, ' +
  '{"cohesionAtLeast": 50}, {"notBefore": "2014-H1"}, {"notAfter": "2014-H1"}, {"project": "coop.standex", "in": ["running"]}';

const entries = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);

const segments = (path: readonly PropertyKey[]): PathSegment[] => path.map((p) => (typeof p === 'number' ? p : String(p)));

/** All problems for the issues zod reported when `data` (found at `base`) was checked against `root`. */
export function describeIssues(root: SchemaNode, data: unknown, issues: readonly Issue[], base: PathSegment[] = []): RawProblem[] {
  return issues.flatMap((issue) => describeIssue(root, data, issue, base));
}

function describeIssue(root: SchemaNode, data: unknown, issue: Issue, base: PathSegment[]): RawProblem[] {
  const rel = segments(issue.path);
  const path = [...base, ...rel];
  const schema = schemaAt(root, rel, data);
  const one = (message: string): RawProblem[] => [{ path, message }];
  const expected = schema ? describe(schema) : undefined;
  const mustBe = (): string =>
    expected ? `must be ${expected} (found ${found(issue.input)})` : `${issue.message} (found ${found(issue.input)})`;

  // JSON has no undefined: an undefined input is a field that is not there.
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return one(expected ? `is missing (${expected})` : 'is missing');
  }
  switch (issue.code) {
    case 'invalid_type':
      return one(mustBe());
    case 'too_small':
    case 'too_big':
      return one(sizeMessage(issue, schema, mustBe));
    case 'invalid_format':
      return one(expected ? mustBe() : `${issue.message} (found ${found(issue.input)})`);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (values.length === 1) return one(`must be exactly ${values[0]} (found ${found(issue.input)})`);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : '';
      return one(`must be one of ${values.join(', ')} (found ${found(issue.input)}${hint ? `; ${hint}` : ''})`);
    }
    case 'unrecognized_keys': {
      const allowed = schema ? fieldsOf(schema) : [];
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed);
        const tail = hint
          ? ` (${hint})`
          : allowed.length > 0
            ? ` (the fields are ${allowed.map((k) => JSON.stringify(k)).join(', ')})`
            : '';
        return { path, message: `unknown field ${quote(key)}${tail}` };
      });
    }
    case 'invalid_union':
      return unionProblems(issue, schema, path);
    default:
      return one(issue.message);
  }
}

function sizeMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  schema: SchemaNode | undefined,
  mustBe: () => string,
): string {
  const input = issue.input;
  if (issue.origin === 'string' && typeof input === 'string') {
    if (issue.code === 'too_small')
      return input.length === 0 ? 'must not be empty' : `is too short: ${input.length} characters, at least ${String(issue.minimum)}`;
    return `is too long: ${input.length} characters, at most ${String(issue.maximum)}`;
  }
  if (issue.origin === 'array' && Array.isArray(input) && schema && defOf(unwrap(schema)).type === 'array') {
    const { min, max } = lengthBounds(unwrap(schema));
    if (issue.code === 'too_small') {
      const need = entries(min ?? 1);
      return input.length === 0
        ? `must not be an empty list (it needs at least ${need})`
        : `has ${entries(input.length)}; it needs at least ${need}`;
    }
    return `has ${entries(input.length)}; at most ${max ?? String(issue.maximum)} are allowed`;
  }
  return mustBe();
}

/** A discriminated union (a map marker's `shows`) whose field names no form: the forms it may name, and the nearest. */
function discriminatorProblem(issue: z.core.$ZodIssueInvalidUnion, path: PathSegment[]): RawProblem[] | null {
  const { discriminator, options } = issue as { discriminator?: unknown; options?: unknown };
  if (typeof discriminator !== 'string' || !Array.isArray(options)) return null;
  const input = issue.input;
  const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : undefined;
  const names = options.map((o) => String(o));
  const hint = typeof value === 'string' ? didYouMean(value, names) : '';
  const list = names.map((o) => JSON.stringify(o)).join(', ');
  return [{ path, message: `must be one of ${list} (found ${found(value)}${hint ? `; ${hint}` : ''})` }];
}

/** A union of objects: find the form the author meant by its leading field, and report against that form. */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, schema: SchemaNode | undefined, path: PathSegment[]): RawProblem[] {
  const input = issue.input;
  const kinds = discriminatorProblem(issue, path);
  if (kinds) return kinds;
  const union = schema && unwrap(schema);
  const forms = union === Requirement ? REQUIREMENT_FORMS : undefined;
  const notAnyForm = (hint = ''): RawProblem[] => [
    { path, message: `must be one of these forms${forms ? `: ${forms}` : ''} (found ${found(input)}${hint ? `; ${hint}` : ''})` },
  ];
  if (!union || input === null || typeof input !== 'object' || Array.isArray(input)) return notAnyForm();
  const chosen = pickOption(union, input);
  const option = chosen === undefined ? undefined : defOf(union).options?.[chosen];
  if (chosen !== undefined && option) return describeIssues(option, input, issue.errors[chosen] ?? [], path);
  const leads = leadFields(union).filter((l): l is string => l !== undefined);
  const present = leads.filter((l) => Object.hasOwn(input, l));
  if (present.length > 1) {
    const names = present.map((l) => JSON.stringify(l)).join(' and ');
    return [{ path, message: `has ${names} together: write each condition as its own entry` }];
  }
  const firstKey = Object.keys(input)[0];
  return notAnyForm(firstKey === undefined ? '' : didYouMean(firstKey, leads));
}
