// `scenarios list` and `scenarios validate FILE…`.
import { relative } from 'node:path';
import { calendarTurns } from '../../engine/index.js';
import { LIMITS, formatError, formatWarning, loadScenario } from '../../scenario/index.js';
import { flag, parseCommand, positionals } from '../args.js';
import { UsageError } from '../errors.js';
import { FileError, type Io } from '../io.js';
import { listScenarios } from '../scenarios.js';

function list(argv: string[], io: Io): number {
  const parsed = parseCommand('scenarios', argv, { json: { type: 'boolean' } });
  positionals('scenarios', parsed, [], 0, 0);
  // Files are shown relative to the repository root (the folder above scenarios/), whatever the working directory.
  const root = `${io.scenariosDir}/..`;
  const rows = listScenarios(io).map((s) => ({ ...s, shown: relative(root, s.file) }));
  const valid = rows.flatMap((r) =>
    r.data
      ? [{ id: r.data.id, title: r.data.title, turns: calendarTurns(r.data.calendar.start, r.data.calendar.end).length, file: r.shown }]
      : [],
  );
  for (const r of rows)
    if (r.errors) io.err(`${r.shown}: not a valid scenario (${r.errors.length} error(s); run "scenarios validate ${r.shown}")`);
  if (flag(parsed, 'json')) {
    io.out(JSON.stringify(valid, null, 2));
    return 0;
  }
  const header = { id: 'id', title: 'title', turns: 'turns', file: 'file' };
  const cells = [header, ...valid.map((v) => ({ ...v, turns: String(v.turns) }))];
  const w = (k: keyof typeof header): number => Math.max(...cells.map((c) => String(c[k]).length));
  for (const c of cells)
    io.out([String(c.id).padEnd(w('id')), String(c.title).padEnd(w('title')), String(c.turns).padStart(w('turns')), c.file].join('  '));
  if (valid.length === 0) io.out('(no scenarios found)');
  return 0;
}

function validate(argv: string[], io: Io): number {
  const parsed = parseCommand('scenarios', argv, {});
  const files = positionals('scenarios', parsed, ['FILE...'], 1, Infinity);
  let failed = false;
  let warned = false;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file, LIMITS.bytes);
    } catch (e) {
      failed = true;
      io.out(e instanceof FileError ? e.message : `${file}: cannot read: ${String(e)}`);
      continue;
    }
    const result = loadScenario(text, file);
    if (result.ok && result.warnings?.length) {
      warned = true;
      for (const w of result.warnings) io.out(formatWarning(w));
    } else if (result.ok) io.out(`${file}: ok`);
    else {
      failed = true;
      for (const e of result.errors) io.out(formatError(e));
    }
  }
  // Errors win; a file that loads but has something no game can reach exits 3, so a script can tell the two apart.
  return failed ? 1 : warned ? 3 : 0;
}

export function scenariosCommand(argv: string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub === 'list') return list(rest, io);
  if (sub === 'validate') return validate(rest, io);
  throw new UsageError(
    sub === undefined ? 'missing subcommand: list or validate' : `unknown subcommand "${sub}": list or validate`,
    'scenarios',
  );
}
