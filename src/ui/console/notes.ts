// The teacher's notes of a game, per turn label, from the turn records and the turn in progress (pure).
import type { CompiledScenario, GameContext } from '../../engine/index.js';
import type { TurnNotes } from './protocol.js';

interface WithNotes {
  annotations?: readonly string[] | undefined;
}

export function gameNotes(sc: Pick<CompiledScenario, 'labels'>, ctx: Pick<GameContext, 'history' | 'current' | 'world'>): TurnNotes[] {
  const out: TurnNotes[] = [];
  for (const record of ctx.history) {
    const notes = (record as WithNotes).annotations ?? [];
    if (notes.length) out.push({ label: record.label, notes: [...notes] });
  }
  const current = (ctx.current as WithNotes | undefined)?.annotations ?? [];
  if (current.length) {
    const label = sc.labels[ctx.world.turn] ?? '';
    const last = out.at(-1);
    if (last && last.label === label) last.notes.push(...current);
    else out.push({ label, notes: [...current] });
  }
  return out;
}

/** The notes as lines for the debrief: "2011-H1: the note". */
export const noteLines = (notes: readonly TurnNotes[]): string[] =>
  notes.flatMap((turn) => turn.notes.map((note) => `${turn.label}: ${note}`));
