// What the title's "Continue" says of the autosaved game (issue 12): the scenario, who plays (one side against a
// doctrine, or two named teams on this device), and where the game stands — a half-year of the total, the report of
// one, the hand-over once the first team has chosen, or the debrief of a finished game (never "turn 6 of 5"). Pure.
import type { SavedGame } from './session.js';
import { t } from './strings.js';

/** What the catalogue knows of the save's scenario (null when it is not in this game). */
export interface SummaryScenario {
  title: string;
  /** Half-years in the scenario. */
  total: number;
}

export function saveSummary(saved: SavedGame, sc: SummaryScenario | null): string {
  const scenario = sc?.title ?? saved.replay.scenario;
  const played = saved.replay.turns.length;
  const who =
    saved.mode === 'hotseat' && saved.teams
      ? t('title.save.teams', { nato: saved.teams.nato, russia: saved.teams.russia })
      : t('title.save.single', {
          side: t(saved.side === 'nato' ? 'newGame.side.nato' : 'newGame.side.russia'),
          // The doctrine's display name, never its id.
          doctrine: t(`doctrine.${saved.opponent}`),
        });
  const of = (n: number): string => (sc ? t('title.save.of', { n, total: sc.total }) : String(n));
  let where: string;
  switch (saved.at.phase) {
    case 'setup':
    case 'briefing':
      where = t('title.save.briefing');
      break;
    case 'report':
      where = t('title.save.report', { turn: of(played) });
      break;
    case 'debrief':
      where = saved.at.endedEarly ? t('title.save.endedEarly', { turn: of(played) }) : t('title.save.finished', { n: played });
      break;
    default:
      where =
        saved.mode === 'hotseat' && saved.at.chosen?.nato
          ? t('title.save.chosen', { turn: of(played + 1), team: saved.teams?.nato ?? '' })
          : t('title.save.turn', { turn: of(played + 1) });
  }
  return t('title.saveSummary', { scenario, who, where });
}
