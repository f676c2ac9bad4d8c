// The console's snapshot of the game in the main window (the single source of truth).
import type { GameSession } from '../session.js';
import { gameNotes } from './notes.js';
import type { Side } from '../../engine/index.js';
import { actionName, pct } from '../panels/format.js';
import type { ConsoleEvent, ConsoleSnapshot, PrivateSide, PrivateView } from './protocol.js';
import type { TeacherState } from './state.js';
import { teaching } from './teaching.js';

export function eventsOf(session: GameSession): ConsoleEvent[] {
  const { scheduled, random } = session.sc.data.events;
  return [
    ...scheduled.map((e) => ({ id: e.id, name: e.name, text: e.text, kind: 'scheduled' as const })),
    ...random.map((e) => ({ id: e.id, name: e.name, text: e.text, kind: 'random' as const })),
  ];
}

/** Both sides' hidden state for the teacher's own window: trusts, true types, last and sealed choices. */
export function privateOf(session: GameSession): PrivateView {
  const { sc, context: ctx } = session;
  const w = ctx.world;
  const last = ctx.history.at(-1);
  const names = (ids: readonly string[]): string[] => ids.map((id) => actionName(sc, id));
  const side = (s: Side): PrivateSide => ({
    trust: percentOf(w.trust[s]),
    practical: percentOf(w.trustBy[s].practical),
    order: percentOf(w.trustBy[s].order),
    types: { practical: w.types[s].practical, order: w.types[s].order },
    last: last ? names(last.actions[s]) : null,
    sealed: session.hotseat && session.phase === 'choosing' && ctx.choices[s] !== null ? names(ctx.choices[s]) : null,
  });
  return { lastLabel: last?.label ?? null, nato: side('nato'), russia: side('russia') };
}

/** Basis points to whole percent, as the game shows them. */
const percentOf = (bp: number): number => Number(pct(bp));

/**
 * The console's snapshot. `hidden`: with both sides' hidden state, for the teacher's own console window only (the
 * overlay in the game's window is on the shared screen, where the fog of trust applies).
 */
export function snapshotOf(session: GameSession | null, teacher: TeacherState, screen: string | null, hidden = false): ConsoleSnapshot {
  if (!session)
    return {
      scenario: null,
      title: null,
      turnLabel: null,
      phase: 'none',
      teams: null,
      fog: false,
      revealed: teacher.revealed,
      paused: teacher.paused,
      pending: [],
      events: [],
      notes: [],
      canInject: false,
      canAnnotate: false,
      canEnd: false,
      endedEarly: false,
      private: null,
    };
  const ctx = session.context;
  const phase = session.phase;
  const api = teaching(session);
  const turnLabel =
    phase === 'report' || phase === 'debrief' ? (ctx.history.at(-1)?.label ?? null) : (session.sc.labels[ctx.world.turn] ?? null);
  const detail =
    phase === 'choosing' && session.hotseat ? (screen === 'handover' ? 'handover' : `choosing-${session.toChoose ?? 'nato'}`) : phase;
  return {
    scenario: session.sc.id,
    title: session.sc.data.title,
    turnLabel,
    phase: detail,
    teams: session.hotseat ? { ...session.teams } : null,
    fog: session.fog,
    revealed: teacher.revealed,
    paused: teacher.paused,
    pending: [...(api?.pendingInjections ?? [])],
    events: eventsOf(session),
    notes: gameNotes(session.sc, ctx),
    canInject: api !== null && phase !== 'debrief',
    canAnnotate: api !== null && ctx.history.length + (phase === 'debrief' ? 0 : 1) > 0,
    canEnd: phase !== 'debrief' && phase !== 'setup' && phase !== 'briefing' && ctx.history.length > 0,
    endedEarly: session.endedEarly,
    private: hidden ? privateOf(session) : null,
  };
}
