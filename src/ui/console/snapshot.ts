// The console's snapshot of the game in the main window (the single source of truth).
import type { GameSession } from '../session.js';
import { gameNotes } from './notes.js';
import type { ConsoleEvent, ConsoleSnapshot } from './protocol.js';
import type { TeacherState } from './state.js';
import { teaching } from './teaching.js';

export function eventsOf(session: GameSession): ConsoleEvent[] {
  const { scheduled, random } = session.sc.data.events;
  return [
    ...scheduled.map((e) => ({ id: e.id, name: e.name, text: e.text, kind: 'scheduled' as const })),
    ...random.map((e) => ({ id: e.id, name: e.name, text: e.text, kind: 'random' as const })),
  ];
}

export function snapshotOf(session: GameSession | null, teacher: TeacherState, screen: string | null): ConsoleSnapshot {
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
  };
}
