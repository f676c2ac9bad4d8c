// Error values of the scenario loader: a JSON path and a sentence a teacher can act on.
import type { ScenarioData } from './schema.js';

export interface ScenarioError {
  file: string;
  /** A JSON path such as `$.actions[3].lr[0]`; `$` is the whole file. */
  path: string;
  message: string;
}

/**
 * Generic so that other loaders (replays, saves) can return the same shape. A loaded scenario may carry warnings:
 * things no game can reach (it loads; `scenarios validate` lists them and exits 3).
 */
export type LoadResult<T = ScenarioData> = { ok: true; value: T; warnings?: ScenarioError[] } | { ok: false; errors: ScenarioError[] };

/** More errors than this bury the first one, which is usually the cause of the rest. */
export const MAX_ERRORS = 50;

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Keys come from the file: a hostile one must not make a path unreadable. */
const MAX_KEY_SHOWN = 40;

/** `['actions', 3, 'lr', 0]` → `$.actions[3].lr[0]`; odd keys in brackets, long ones shortened. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && PLAIN_KEY.test(seg) && seg.length <= MAX_KEY_SHOWN) out += `.${seg}`;
    else out += `[${quote(String(seg), MAX_KEY_SHOWN)}]`;
  }
  return out;
}

/** A value as JSON text, cut to `max` characters, for messages. */
export function quote(s: string, max = 60): string {
  const q = JSON.stringify(s);
  return q.length <= max ? q : `${q.slice(0, max - 2)}…"`;
}

/** Line breaks in a message would let a file forge extra lines of output. */
const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `FILE: $.path: message`, always on one line. */
export function formatError(e: ScenarioError): string {
  return oneLine(`${e.file}: ${e.path}: ${e.message}`);
}

/** `FILE: $.path: warning: message`, on one line. */
export function formatWarning(e: ScenarioError): string {
  return oneLine(`${e.file}: ${e.path}: warning: ${e.message}`);
}

/** Keeps at most MAX_ERRORS, the last saying how many more there are. */
export function capErrors(errors: ScenarioError[]): ScenarioError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const kept = errors.slice(0, MAX_ERRORS - 1);
  const more = errors.length - kept.length;
  const file = errors[0]?.file ?? '';
  kept.push({ file, path: '$', message: `${more} more errors not shown (fix the ones above first)` });
  return kept;
}
