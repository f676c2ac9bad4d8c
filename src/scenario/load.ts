// The scenario loader: untrusted text in, a typed scenario or a list of located, readable errors out.
import { capErrors, formatPath, type LoadResult, type ScenarioError } from './errors.js';
import { describeIssues } from './issues.js';
import { parseUntrusted, type RawProblem } from './safe-json.js';
import { Scenario } from './schema.js';
import { checkSemantics, checkWarnings } from './semantic.js';

const FORMAT_1 =
  'format 1 is the scenario format of the first model; this game reads format 2 (Model v2: hidden types, two issue areas, payoffs). ' +
  'Move each trust to {"practical", "order"}, give each action its "area", and add "types" and "payoffs" (docs/MECHANICS.md)';

/** Parses and validates a scenario file's text. Never throws: every problem is an error value. */
export function loadScenario(text: string, file: string): LoadResult {
  const name = typeof file === 'string' ? file : String(file);
  const fail = (problems: readonly RawProblem[]): LoadResult => ({
    ok: false,
    errors: capErrors(problems.map((p): ScenarioError => ({ file: name, path: formatPath(p.path), message: p.message }))),
  });
  try {
    if (typeof text !== 'string') return fail([{ path: [], message: 'the scenario must be given as text' }]);
    const parsed = parseUntrusted(text);
    if (!parsed.ok) return fail(parsed.problems);
    const format = (parsed.value as { format?: unknown } | null)?.format;
    if (format === 1) return fail([{ path: ['format'], message: FORMAT_1 }]);
    const checked = Scenario.safeParse(parsed.value, { reportInput: true });
    if (!checked.success) return fail(describeIssues(Scenario, parsed.value, checked.error.issues));
    const semantic = checkSemantics(checked.data);
    if (semantic.length > 0) return fail(semantic);
    const warnings = checkWarnings(checked.data).map((p): ScenarioError => ({ file: name, path: formatPath(p.path), message: p.message }));
    return warnings.length > 0 ? { ok: true, value: checked.data, warnings: capErrors(warnings) } : { ok: true, value: checked.data };
  } catch (e) {
    // A bug here must not crash the caller on a teacher's file; tests assert this branch never runs.
    return fail([{ path: [], message: `internal error while reading the scenario (${e instanceof Error ? e.message : String(e)})` }]);
  }
}
