// What the title's Continue says of a save: who plays and where the game stands, never past the scenario's last half-year.
import { describe, expect, it } from 'vitest';
import { saveSummary } from '../../src/ui/save-summary.js';
import type { SavedGame } from '../../src/ui/session.js';

const turns = (n: number): SavedGame['replay']['turns'] => Array.from({ length: n }, () => ({ nato: [], russia: [], hash: '0' }));

function save(played: number, at: SavedGame['at'], hotseat = false): SavedGame {
  return {
    kind: 'trust-deficit-save',
    version: 2,
    replay: { scenario: 'tutorial', turns: turns(played) } as unknown as SavedGame['replay'],
    side: 'nato',
    opponent: 'reciprocator',
    ...(hotseat ? { mode: 'hotseat' as const, teams: { nato: 'Blue table', russia: 'Team Russia' } } : {}),
    at,
  };
}

const tutorial = { title: 'Tutorial', total: 5 };

describe('the summary of a save on the title', () => {
  it.each([
    [
      'single player, a turn',
      save(2, { phase: 'choosing' }),
      'Tutorial, playing NATO against the doctrine Reciprocator (tit for tat); half-year 3 of 5',
    ],
    [
      'single player, the briefing',
      save(0, { phase: 'briefing' }),
      'Tutorial, playing NATO against the doctrine Reciprocator (tit for tat); at the briefing',
    ],
    [
      'a report',
      save(3, { phase: 'report' }),
      'Tutorial, playing NATO against the doctrine Reciprocator (tit for tat); the report of half-year 3 of 5',
    ],
    ['hot-seat, a turn', save(1, { phase: 'choosing' }, true), 'Tutorial, Blue table and Team Russia on this device; half-year 2 of 5'],
    [
      'hot-seat, NATO has chosen',
      save(0, { phase: 'choosing', chosen: { nato: ['a'] } }, true),
      'Tutorial, Blue table and Team Russia on this device; half-year 1 of 5: Blue table has chosen, the hand-over next',
    ],
    [
      'a finished game',
      save(5, { phase: 'debrief' }, true),
      'Tutorial, Blue table and Team Russia on this device; finished after 5 half-years: the debrief',
    ],
  ])('%s', (_, saved, text) => {
    expect(saveSummary(saved, tutorial)).toBe(text);
  });

  it('names the scenario by its id, without a total, when the scenario is not in this game', () => {
    expect(saveSummary(save(2, { phase: 'choosing' }), null)).toBe(
      'tutorial, playing NATO against the doctrine Reciprocator (tit for tat); half-year 3',
    );
  });

  it.each([
    ['grim', 'Grim trigger'],
    ['pavlov', 'Pavlov (win-stay, lose-shift)'],
    ['historical', 'Historical record'],
  ] as const)('names the %s doctrine by its display name, never its id', (id, name) => {
    const text = saveSummary({ ...save(1, { phase: 'choosing' }), opponent: id }, tutorial);
    expect(text).toContain(`against the doctrine ${name};`);
    expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
  });
});
