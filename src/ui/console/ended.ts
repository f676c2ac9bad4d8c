// A game the teacher ended early (issue 12): its outcome "if it ended now" (the engine's classification of the world
// after the last half-year played) and the line that says so on the debrief and in the replay viewer.
import { classifyOutcome, type CompiledScenario, type GameContext, type OutcomeId } from '../../engine/index.js';
import { el } from '../dom.js';
import { t } from '../strings.js';

/** The game's outcome; for a game ended early, the outcome if it ended after its last half-year played. */
export function outcomeNow(
  sc: CompiledScenario,
  game: Pick<GameContext, 'outcome' | 'world' | 'history'>,
  endedEarly: boolean,
): OutcomeId | null {
  if (game.outcome) return game.outcome;
  return endedEarly && game.history.length > 0 ? classifyOutcome(sc, game.world) : null;
}

/** "Ended early by the teacher after 2011-H1: 2 of 5 half-years played…" */
export function endedEarlyText(sc: CompiledScenario, played: number, lastLabel: string): string {
  return t('debrief.ended.early', { label: lastLabel, n: played, total: sc.labels.length });
}

/** The debrief's label of a game ended early (an element with role note), or null for a game played to its end. */
export function endedEarlyNote(sc: CompiledScenario, game: Pick<GameContext, 'history'>, endedEarly: boolean): HTMLElement | null {
  if (!endedEarly) return null;
  return el('p', {
    className: 'td-ended-early',
    attrs: { role: 'note', 'data-hook': 'ended-early' },
    text: endedEarlyText(sc, game.history.length, game.history.at(-1)?.label ?? ''),
  });
}
