// What the console asks of the game session (the engine's classroom support), feature-detected so that a session
// without it still works: the console then says injections and notes are not available.
import type { GameSession } from '../session.js';

export interface Teaching {
  inject(eventId: string): string | null;
  withdraw(eventId: string): string | null;
  annotate(text: string): string | null;
  readonly pendingInjections: readonly string[];
}

function canTeach(session: object): session is Teaching {
  const s = session as Partial<Record<keyof Teaching, unknown>>;
  return typeof s.inject === 'function' && typeof s.withdraw === 'function' && typeof s.annotate === 'function';
}

export function teaching(session: GameSession): Teaching | null {
  return canTeach(session) ? session : null;
}
