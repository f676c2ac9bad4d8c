// The readable form of a game: one row per turn (label, actions, trust, events), its notable notes below, then the outcome.
import { noteText } from '../analysis/render-log.js';
import type { CompiledScenario, GameContext, Note, PerSide } from '../engine/index.js';
import { outcomeMeaning, pct1 } from './outcomes.js';
import { turnStates } from './turn-states.js';

/** Notes worth a line in the table: state changes, trust deficits, misreadings, signals (events have their column). */
const NOTABLE: ReadonlySet<Note['kind']> = new Set(['transition', 'deficit', 'misread', 'signal']);

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
/** Action lists wrap at this width, so that a busy turn makes a taller row rather than a 250-column one. */
const WRAP = 40;

/** Ids joined with ", ", broken into lines of at most WRAP characters (an id longer than that gets its own line). */
function list(ids: readonly string[]): string[] {
  if (ids.length === 0) return ['(pass)'];
  const lines: string[] = [];
  let line = '';
  ids.forEach((id, i) => {
    const item = i < ids.length - 1 ? `${id},` : id;
    if (line && line.length + 1 + item.length > WRAP) {
      lines.push(line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  });
  lines.push(line);
  return lines;
}
const trustCell = (t: PerSide<number>): string => `${pct1(t.nato).toFixed(1)} / ${pct1(t.russia).toFixed(1)}`;

/** `players` says who chose the moves, e.g. "NATO: cooperator, Russia: grim" or "a script of 3 turns". */
export function formatTable(sc: CompiledScenario, game: GameContext, players?: string): string[] {
  const states = turnStates(sc, game);
  const rows = game.history.map((r, i) => ({
    cells: [[r.label], list(r.actions.nato), list(r.actions.russia), [trustCell(states[i]!.trust)], [r.events.join(', ')]],
    notes: r.notes.filter((n) => NOTABLE.has(n.kind)).map((n) => noteText(sc, n)),
  }));
  const header = ['Turn', 'NATO', 'Russia', 'Trust N / R', 'Events'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.flatMap((r) => r.cells[c]!.map((l) => l.length))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => pad(cell, widths[c]!))
      .join('  ')
      .trimEnd();
  const out = [
    `${sc.data.title} (${sc.id}), seed ${JSON.stringify(game.seed)}${players ? `, ${players}` : ''}, misperception ${(game.world.noise / 100).toFixed(2)} %`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
  ];
  for (const row of rows) {
    const height = Math.max(...row.cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(row.cells.map((c) => c[k] ?? '')));
    for (const note of row.notes) out.push(`${' '.repeat(widths[0]! + 2)}· ${note}`);
  }
  const w = game.world;
  out.push('');
  out.push(
    `Final: trust NATO→Russia ${pct1(w.trust.nato).toFixed(1)} %, Russia→NATO ${pct1(w.trust.russia).toFixed(1)} %; security ${w.security.nato}/${w.security.russia}; cohesion ${w.cohesion}; neighbours ${w.neighbours}; Council ${w.channels}`,
  );
  if (game.outcome) out.push(`Outcome: ${game.outcome} — ${outcomeMeaning(game.outcome)}`);
  else out.push(`Unfinished: ${game.history.length} of ${sc.labels.length} turns played`);
  return out;
}
